#pragma once

#include "time/TimeWindow.h"

#include <QtGlobal>
#include <cstdint>

// Calendar units of the time axis, playback and animation steps. All arithmetic is in UTC on
// the proleptic Gregorian calendar, so month ends and leap days fall where they do.
enum class TimeUnit : std::uint8_t { Minute, Hour, Day, Week, Month, Year };

// The one way Tigris steps time: playback, animation frames (and so frames.json), the
// animation dialog's frame count and the time axis all step through here.
namespace Calendar {
// `t` moved by n units (negative: back). Minutes to weeks are fixed lengths; month and year
// steps keep the time of day and the day of month, clamped to the month's length: 31 Jan +
// 1 month is 28 or 29 Feb. Step k from an anchor is add(anchor, unit, k), never k single steps,
// so that 31 Jan + 2 months is 31 Mar again.
qint64 add(qint64 t, TimeUnit unit, qint64 n);

// The window k units from `anchor`, counted from the anchor, so month steps never drift. A
// window a whole number of units long stays that many units long, its end counted from its
// start: [31 Jan, 29 Feb) steps to [29 Feb, 31 Mar), then [31 Mar, 30 Apr), as contiguous
// frames of one month do. Any other window has both ends moved by k units.
TimeWindow step(const TimeWindow& anchor, TimeUnit unit, qint64 k);
} // namespace Calendar

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
