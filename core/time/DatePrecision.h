#pragma once

#include <QString>
#include <cstdint>
#include <optional>

// How much of a date is known. "June 2014" is Month precision: it spans the whole month and is
// never shown as 2014-06-01. Values are stored in the project file; do not renumber.
enum class DatePrecision : std::uint8_t {
    Year = 1,
    Month = 2,
    Day = 3,
    Hour = 4,
    Minute = 5,
    Second = 6,
};

QString toString(DatePrecision p); // "year", "month", ...
std::optional<DatePrecision> datePrecisionFromString(const QString& s);
