#include "gis/OgrAttributes.h"

void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed)
{
    static const QString prefix = QStringLiteral("attribute:");
    for (std::size_t i = 0; i < fields.size() && i < std::size_t(names.size()); ++i) {
        if (i < consumed.size() && consumed[i]) continue;
        const QString value = QString::fromUtf8(fields[i]).trimmed();
        if (value.isEmpty()) continue;
        QString name = names[qsizetype(i)];
        if (name == QLatin1String("geometry latitude") ||
            name == QLatin1String("geometry longitude"))
            continue;
        if (name.startsWith(prefix)) name = name.mid(prefix.size());
        e.attributes.append({name, value});
    }
}
