#pragma once

#include "time/Calendar.h"
#include "time/TimeWindow.h"

#include <QString>
#include <optional>
#include <vector>

// The time windows of an animation: from the range's start in steps of N days, weeks, calendar
// months or years (UTC) until the range's end. In window mode each frame shows one step; in
// cumulative mode everything from the range's start to the step's end. Frame k is the window
// playback shows after k steps from the first frame's window (Calendar::step), so an exported
// animation shows what was played: from 31 Jan by months, 28/29 Feb, 31 Mar, 30 Apr …
struct AnimationSteps {
    using Unit = TimeUnit; // Day, Week, Month or Year
    int count = 1;
    Unit unit = Unit::Day;

    // "1d", "2w", "3m", "1y" …; nullopt for anything else.
    static std::optional<AnimationSteps> parse(const QString& text);
    // At most `limit` windows; the last ends at range.to.
    std::vector<TimeWindow> windows(const TimeWindow& range, bool cumulative,
                                    int limit = 100000) const;
};
