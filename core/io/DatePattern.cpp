#include "io/DatePattern.h"

#include <QDateTime>
#include <QTimeZone>

DatePattern::DatePattern(const QString& pattern) : pattern_(pattern.trimmed())
{
    bool year = false, quoted = false;
    int rank = int(DatePrecision::Year);
    for (QChar c : pattern_) {
        if (c == QLatin1Char('\'')) quoted = !quoted;
        if (quoted) continue;
        switch (c.unicode()) {
        case 'y':
            year = true;
            break;
        case 'M':
            rank = std::max(rank, int(DatePrecision::Month));
            break;
        case 'd':
            rank = std::max(rank, int(DatePrecision::Day));
            break;
        case 'h':
        case 'H':
            rank = std::max(rank, int(DatePrecision::Hour));
            break;
        case 'm':
            rank = std::max(rank, int(DatePrecision::Minute));
            break;
        case 's':
            rank = std::max(rank, int(DatePrecision::Second));
            break;
        default:
            break;
        }
    }
    precision_ = DatePrecision(rank);
    hasTime_ = rank >= int(DatePrecision::Hour);
    valid_ = year && !quoted;
}

std::optional<FuzzyDate> DatePattern::parse(const QString& raw, QString* reason) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        *reason = QStringLiteral("no date");
        return std::nullopt;
    }
    QDate date;
    QTime time(0, 0);
    if (hasTime_) {
        const QDateTime dt = QDateTime::fromString(text, pattern_);
        date = dt.date();
        time = dt.time();
    } else {
        date = QDate::fromString(text, pattern_);
    }
    if (!date.isValid() || !time.isValid()) {
        *reason =
            QStringLiteral("date '%1' does not match the format %2").arg(text.left(40), pattern_);
        return std::nullopt;
    }
    // Wall-clock fields as written, read as UTC: a pattern carries no time zone.
    const qint64 seconds = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    return FuzzyDate{floorTo(seconds, precision_), precision_};
}
