#pragma once

#include <QtGlobal>
#include <limits>

// A half-open interval [from, to) of UTC seconds.
//
// The overlap rule (documented in docs/time.md): an event's span is widened to its precision
// ([begin of start's unit, end of end's unit)), and the event overlaps a window when the two
// half-open intervals intersect. `contains` is the stricter "lies inside" rule.
struct TimeWindow {
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();

    bool overlaps(qint64 lo, qint64 hi) const { return lo < to && from < hi; }
    bool contains(qint64 lo, qint64 hi) const { return from <= lo && hi <= to; }
    bool isValid() const { return from < to; }
    bool operator==(const TimeWindow&) const = default;
};
