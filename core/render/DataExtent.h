#pragma once

#include "geo/GeoBox.h"
#include "model/EventColumns.h"
#include "time/TimeWindow.h"

#include <optional>

// The area where the events are: the 5th–95th percentiles of their positions plus a fifth of
// that extent on every side, so that a far-away outlier (a speech in Washington) does not
// shrink the theatre of events to a few pixels. Events without a position (NaN) are left out;
// nullopt when no event has one.
std::optional<GeoBox> dataExtent(const EventColumns& columns);
// The same over the rows whose span overlaps `within` (no copy of them is made); nullopt when
// fewer than `minRows` of them have a position.
std::optional<GeoBox> dataExtent(const EventColumns& columns, const TimeWindow& within,
                                 std::size_t minRows = 1);
