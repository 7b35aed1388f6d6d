#pragma once

#include "time/DatePrecision.h"

#include <QString>
#include <optional>

// A point in time known to a precision. `seconds` is UTC seconds since the Unix epoch of the
// start of the known unit (for Month precision, midnight on the 1st).
struct FuzzyDate {
    qint64 seconds = 0;
    DatePrecision precision = DatePrecision::Day;

    // Accepts YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] (also with a space).
    static std::optional<FuzzyDate> parse(const QString& text);
    static FuzzyDate fromParts(int year, int month = 0, int day = 0); // 0 = unknown part

    qint64 begin() const;    // start of the unit, inclusive
    qint64 end() const;      // end of the unit, exclusive ("June 2014" → 1 July 2014 00:00)
    QString toIso() const;   // truncated to precision: "2014", "2014-06", "2014-06-10", ...
    QString display() const; // "2014", "June 2014", "10 June 2014", "10 June 2014 14:05"

    bool operator==(const FuzzyDate&) const = default;
};

// Floors/ceils UTC seconds to the unit boundary of a precision.
qint64 floorTo(qint64 seconds, DatePrecision p);
qint64 ceilTo(qint64 seconds, DatePrecision p); // end of the unit that contains `seconds`
