#pragma once

#include "time/TimeWindow.h"

#include <QString>
#include <optional>
#include <vector>

// The time windows of an animation: from the range's start in steps of N days, weeks or
// calendar months (UTC) until the range's end. In window mode each frame shows one step; in
// cumulative mode everything from the range's start to the step's end.
struct AnimationSteps {
    enum class Unit { Day, Week, Month };
    int count = 1;
    Unit unit = Unit::Day;

    // "1d", "2w", "3m" …; nullopt for anything else.
    static std::optional<AnimationSteps> parse(const QString& text);
    qint64 advance(qint64 t) const;
    // At most `limit` windows; the last ends at range.to.
    std::vector<TimeWindow> windows(const TimeWindow& range, bool cumulative,
                                    int limit = 100000) const;
};
