#pragma once

#include "model/Event.h"

// The events.approximate column holds flags since schema 5: bit 0 approximate, bit 1 the
// start is open, bit 2 the end is open. One column, already in the covering index that
// loadColumns reads (EventColumns::approximate holds the same bits), so the timeline can draw
// open spans without another read.
namespace EventFlags {
constexpr int kApproximate = 1;
constexpr int kOpenStart = 2;
constexpr int kOpenEnd = 4;

inline int pack(const Event& e)
{
    return (e.approximate ? kApproximate : 0) | (e.openStart ? kOpenStart : 0) |
           (e.openEnd ? kOpenEnd : 0);
}

inline void unpack(int flags, Event& e)
{
    e.approximate = (flags & kApproximate) != 0;
    e.openStart = (flags & kOpenStart) != 0;
    e.openEnd = (flags & kOpenEnd) != 0;
}
} // namespace EventFlags
