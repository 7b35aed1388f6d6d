#pragma once

#include <QString>
#include <QtGlobal>
#include <cstdint>

// A calendar step of the time axis: "1 month", "15 minutes", "10 years". All arithmetic is in
// UTC on the proleptic Gregorian calendar, so month ends and leap days fall where they do.
enum class TimeUnit : std::uint8_t { Minute, Hour, Day, Week, Month, Year };

struct TimeAxisStep {
    TimeUnit unit = TimeUnit::Day;
    int count = 1;

    qint64 nominalSeconds() const; // a month counts 30.44 days, a year 365.25
    // The step boundary at or before `t` (weeks start on Monday; multiples are aligned to the
    // epoch of their unit: 15 minutes on the quarter hour, 10 years on the decade).
    qint64 floor(qint64 t) const;
    // `t` moved by n steps. Month and year steps keep the day of month, clamped to the month's
    // length (31 Jan + 1 month = 28 or 29 Feb).
    qint64 add(qint64 t, qint64 n) const;

    bool operator==(const TimeAxisStep&) const = default;
};

// Calendar helpers shared by the timeline (UTC, proleptic Gregorian).
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

// How a tick is labelled. English month names whatever the locale, as in FuzzyDate::display.
enum class TickFormat : std::uint8_t {
    HourMinute,   // "14:00"
    Day,          // "10"
    DayMonth,     // "10 Jun"
    Month,        // "Jun"
    MonthYear,    // "Jun 2014"
    DayMonthYear, // "10 Jun 2014"
    Year,         // "2014"
};
QString formatTick(qint64 t, TickFormat format);
