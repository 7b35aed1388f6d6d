#pragma once

#include "time/Calendar.h"

#include <QString>
#include <QtGlobal>
#include <cstdint>

// A calendar step of the time axis: "1 month", "15 minutes", "10 years" (see time/Calendar.h).
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
