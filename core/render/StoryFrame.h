#pragma once

#include "geo/GeoBox.h"
#include "model/EventColumns.h"
#include "time/TimeWindow.h"

#include <optional>

// Where a project's story is, for a first view: the area of its events (dataExtent: outliers
// left out) and the busiest recent stretch of time, so that a project never opened before
// (and the bundled sample: the June 2014 offensive) opens on what it is about rather than on
// the whole range. Used when a project is first opened and after an import (on the imported
// rows: EventColumns::appendRow builds that subset).
struct StoryFrame {
    std::optional<GeoBox> area;       // nullopt: no event has a position
    std::optional<TimeWindow> window; // nullopt: no events; whole UTC days otherwise
    static StoryFrame of(const EventColumns& columns);

    // The window is the densest among stretches of these lengths (days), where density is
    // events / sqrt(length): a short burst beats a long quiet period only when it holds a
    // good share of the events. Later stretches win ties and get a mild bonus (recent).
    static constexpr int kLengths[] = {7, 14, 31, 92, 365, 1826};
    // The area is that of the window's events when this many have a position.
    static constexpr std::size_t kMinFramed = 5;
};
