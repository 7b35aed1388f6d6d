#pragma once

#include <QtGlobal>
#include <cstdint>

// Calendar units of the time axis, playback and animation steps. All arithmetic is in UTC on
// the proleptic Gregorian calendar, so month ends and leap days fall where they do.
enum class TimeUnit : std::uint8_t { Minute, Hour, Day, Week, Month, Year };

namespace civil {
struct Date {
    qint64 year;
    int month; // 1–12
    int day;   // 1–31
};
qint64 daysFromCivil(qint64 year, int month, int day); // days since 1970-01-01
Date civilFromDays(qint64 days);
qint64 floorDiv(qint64 a, qint64 b);
int daysInMonth(qint64 year, int month);
qint64 addMonths(qint64 t, qint64 months); // keeps time of day; clamps the day of month
} // namespace civil
