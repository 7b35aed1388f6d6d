#include "time/Calendar.h"

#include <algorithm>
#include <array>

namespace civil {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic Gregorian date.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civilFromDays(qint64 days)
{
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int daysInMonth(qint64 year, int month)
{
    static constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[std::size_t(month - 1)];
}

qint64 addMonths(qint64 t, qint64 months)
{
    const qint64 days = floorDiv(t, 86400);
    const qint64 timeOfDay = t - days * 86400;
    const Date d = civilFromDays(days);
    const qint64 index = d.year * 12 + (d.month - 1) + months;
    const qint64 year = floorDiv(index, 12);
    const int month = int(index - year * 12) + 1;
    const int day = std::min(d.day, daysInMonth(year, month));
    return daysFromCivil(year, month, day) * 86400 + timeOfDay;
}
} // namespace civil
