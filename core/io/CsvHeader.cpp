#include "io/CsvHeader.h"

#include "io/CsvFormula.h"

CsvHeader::CsvHeader(const std::vector<QByteArray>& fields)
{
    for (const auto& f : fields)
        names_ << QString::fromUtf8(f).trimmed().toLower();
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
