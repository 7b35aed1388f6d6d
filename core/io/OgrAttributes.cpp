#include "io/OgrAttributes.h"

#include "io/CsvHeader.h"

void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed)
{
    for (std::size_t i = 0; i < fields.size() && i < std::size_t(names.size()); ++i) {
        if (i < consumed.size() && consumed[i]) continue;
        const QString value = QString::fromUtf8(fields[i]).trimmed();
        if (!value.isEmpty())
            e.attributes.append({CsvAttributeColumns::attributeName(names[int(i)]), value});
    }
}
