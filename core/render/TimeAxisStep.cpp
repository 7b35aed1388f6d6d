#include "render/TimeAxisStep.h"

#include <QCoreApplication>
#include <array>

qint64 TimeAxisStep::nominalSeconds() const
{
    switch (unit) {
    case TimeUnit::Minute:
        return 60LL * count;
    case TimeUnit::Hour:
        return 3600LL * count;
    case TimeUnit::Day:
        return 86400LL * count;
    case TimeUnit::Week:
        return 7 * 86400LL * count;
    case TimeUnit::Month:
        return 2629746LL * count;
    case TimeUnit::Year:
        return 31556952LL * count;
    }
    return 86400;
}

qint64 TimeAxisStep::floor(qint64 t) const
{
    using civil::floorDiv;
    switch (unit) {
    case TimeUnit::Minute:
    case TimeUnit::Hour:
    case TimeUnit::Day: {
        const qint64 s = nominalSeconds();
        return floorDiv(t, s) * s;
    }
    case TimeUnit::Week: {
        // 1970-01-01 was a Thursday: weeks are counted from Monday 1969-12-29 (day -3).
        const qint64 week = floorDiv(floorDiv(t, 86400) + 3, 7);
        return (floorDiv(week, count) * count * 7 - 3) * 86400;
    }
    case TimeUnit::Month: {
        const civil::Date d = civil::civilFromDays(floorDiv(t, 86400));
        const qint64 index = floorDiv(d.year * 12 + d.month - 1, count) * count;
        const qint64 year = floorDiv(index, 12);
        return civil::daysFromCivil(year, int(index - year * 12) + 1, 1) * 86400;
    }
    case TimeUnit::Year: {
        const civil::Date d = civil::civilFromDays(floorDiv(t, 86400));
        return civil::daysFromCivil(floorDiv(d.year, count) * count, 1, 1) * 86400;
    }
    }
    return t;
}

qint64 TimeAxisStep::add(qint64 t, qint64 n) const
{
    return Calendar::add(t, unit, n * count);
}

QString formatTick(qint64 t, TickFormat format)
{
    // Translated at each use, so that a translator installed later applies.
    static constexpr std::array<const char*, 12> kMonths{
        QT_TRANSLATE_NOOP("TimeAxis", "Jan"), QT_TRANSLATE_NOOP("TimeAxis", "Feb"),
        QT_TRANSLATE_NOOP("TimeAxis", "Mar"), QT_TRANSLATE_NOOP("TimeAxis", "Apr"),
        QT_TRANSLATE_NOOP("TimeAxis", "May"), QT_TRANSLATE_NOOP("TimeAxis", "Jun"),
        QT_TRANSLATE_NOOP("TimeAxis", "Jul"), QT_TRANSLATE_NOOP("TimeAxis", "Aug"),
        QT_TRANSLATE_NOOP("TimeAxis", "Sep"), QT_TRANSLATE_NOOP("TimeAxis", "Oct"),
        QT_TRANSLATE_NOOP("TimeAxis", "Nov"), QT_TRANSLATE_NOOP("TimeAxis", "Dec")};
    const qint64 days = civil::floorDiv(t, 86400);
    const qint64 secs = t - days * 86400;
    const civil::Date d = civil::civilFromDays(days);
    const QString month =
        QCoreApplication::translate("TimeAxis", kMonths[std::size_t(d.month - 1)]);
    switch (format) {
    case TickFormat::HourMinute:
        return QStringLiteral("%1:%2")
            .arg(secs / 3600, 2, 10, QLatin1Char('0'))
            .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'));
    case TickFormat::Day:
        return QString::number(d.day);
    case TickFormat::DayMonth:
        return QStringLiteral("%1 %2").arg(d.day).arg(month);
    case TickFormat::Month:
        return month;
    case TickFormat::MonthYear:
        return QStringLiteral("%1 %2").arg(month).arg(d.year);
    case TickFormat::DayMonthYear:
        return QStringLiteral("%1 %2 %3").arg(d.day).arg(month).arg(d.year);
    case TickFormat::Year:
        return QString::number(d.year);
    }
    return {};
}
