#include "io/CsvRecords.h"

#include "io/ImportError.h"

bool CsvRecords::next(std::vector<QByteArray>& fields)
{
    while (reader_.next(fields)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty()) continue;
        if (progress_ && (++records_ & 0x3ff) == 0 && !progress_(reader_.bytesRead()))
            throw ImportError(QStringLiteral("import cancelled"));
        line_ = reader_.recordLine();
        if (columns_ > 0 && qsizetype(fields.size()) != columns_) {
            reject(
                QStringLiteral("%1 columns, the header has %2").arg(fields.size()).arg(columns_));
            continue;
        }
        return true;
    }
    return false;
}
