#include "io/CsvRecords.h"

#include "io/ImportError.h"

bool CsvRecords::notData(const std::vector<QByteArray>& fields)
{
    const bool first = std::exchange(first_, false);
    if (fields.size() == 1 && fields[0].trimmed().isEmpty()) return true; // an empty line
    bool blank = true, hashtags = true;
    for (const QByteArray& f : fields) {
        const QByteArray t = f.trimmed();
        if (t.isEmpty()) continue;
        blank = false;
        if (!t.startsWith('#')) hashtags = false;
    }
    if (blank) {
        ++blank_;
        return true;
    }
    if (!header_.empty() && fields.size() == header_.size()) {
        bool same = true;
        for (std::size_t i = 0; i < fields.size() && same; ++i)
            same = fields[i].trimmed() == header_[i].trimmed();
        if (same) {
            ++repeatedHeaders_;
            return true;
        }
    }
    if (first && hashtags && !header_.empty()) {
        hxlLine_ = reader_.recordLine();
        return true;
    }
    return false;
}

void CsvRecords::finish()
{
    if (std::exchange(finished_, true)) return;
    if (hxlLine_ > 0)
        report_.warnings << QStringLiteral("line %1 is an HXL hashtag row (#date, #geo+lat …), "
                                           "not data: skipped")
                                .arg(hxlLine_);
    if (repeatedHeaders_ > 0)
        report_.warnings
            << QStringLiteral("%1 repeated header row(s) skipped").arg(repeatedHeaders_);
    if (nullIsland_ > 0)
        report_.warnings << QStringLiteral("%1 row(s) at 0,0 (\"Null Island\", a missing position "
                                           "written as zeros) imported without a position")
                                .arg(nullIsland_);
    if (withoutPosition_ > 0)
        report_.warnings << QStringLiteral("%1 row(s) without %2 imported without a position "
                                           "(timeline and list only)")
                                .arg(withoutPosition_)
                                .arg(missingPosition_);
    if (blank_ > 0) report_.warnings << QStringLiteral("%1 blank row(s) skipped").arg(blank_);
}

bool CsvRecords::next(std::vector<QByteArray>& fields)
{
    while (reader_.next(fields)) {
        if (progress_ && (++records_ & 0x3ff) == 0 && !progress_(reader_.bytesRead()))
            throw ImportError(QStringLiteral("import cancelled"));
        line_ = reader_.recordLine();
        if (notData(fields)) continue;
        if (columns_ > 0 && qsizetype(fields.size()) != columns_) {
            reject(
                QStringLiteral("%1 columns, the header has %2").arg(fields.size()).arg(columns_));
            continue;
        }
        return true;
    }
    return false;
}
