#include "io/CsvHeader.h"

#include "io/CsvFormula.h"

CsvHeader::CsvHeader(const std::vector<QByteArray>& fields)
{
    for (const auto& f : fields) {
        originals_ << QString::fromUtf8(f).trimmed();
        names_ << originals_.last().toLower();
    }
}

int CsvHeader::find(std::initializer_list<const char*> aliases) const
{
    for (const char* alias : aliases) {
        const int i = names_.indexOf(QLatin1String(alias));
        if (i >= 0) return i;
    }
    return -1;
}

QString csvField(const std::vector<QByteArray>& fields, int i)
{
    if (i < 0 || i >= int(fields.size())) return {};
    // Cells a writer guarded against formula injection come back as they were.
    return CsvFormula::unguarded(QString::fromUtf8(fields[std::size_t(i)]).trimmed());
}

CsvAttributeColumns::CsvAttributeColumns(const QStringList& names, const QList<int>& used)
{
    for (int i = 0; i < names.size(); ++i)
        if (!used.contains(i))
            columns_.append({i, names[i].isEmpty() ? QStringLiteral("column %1").arg(i + 1)
                                                   : attributeName(names[i])});
}

void CsvAttributeColumns::fill(const std::vector<QByteArray>& fields, EventAttributes& out) const
{
    for (const auto& [column, name] : columns_)
        if (column < int(fields.size()) && !fields[std::size_t(column)].isEmpty())
            if (QString value = csvField(fields, column); !value.isEmpty())
                out.append({name, std::move(value)});
}

QString CsvAttributeColumns::attributeName(const QString& sourceName)
{
    return sourceName.startsWith(QLatin1String(kPrefix), Qt::CaseInsensitive)
               ? sourceName.mid(int(qstrlen(kPrefix)))
               : sourceName;
}
