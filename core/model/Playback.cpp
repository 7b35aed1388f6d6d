#include "model/Playback.h"

#include "time/Calendar.h"

#include <cmath>

qint64 Playback::addUnits(qint64 t, Unit u, qint64 n)
{
    switch (u) {
    case Unit::Day:
        return t + n * 86400;
    case Unit::Week:
        return t + n * 7 * 86400;
    case Unit::Month:
        return civil::addMonths(t, n);
    }
    return t;
}

void Playback::setWindow(const TimeWindow& w)
{
    anchor_ = window_ = w;
    index_ = 0;
}

void Playback::setUnit(Unit u)
{
    unit_ = u;
    anchor_ = window_; // re-anchor so the next steps count in the new unit from here
    index_ = 0;
}

TimeWindow Playback::windowAt(qint64 k) const
{
    return {addUnits(anchor_.from, unit_, k), addUnits(anchor_.to, unit_, k)};
}

bool Playback::step(int n)
{
    if (n == 0) return false;
    const bool bounded = boundsFrom_ < boundsTo_;
    const TimeWindow next = windowAt(index_ + n);
    if (!bounded) {
        index_ += n;
        window_ = next;
        return true;
    }
    const bool pastEnd = n > 0 && window_.to >= boundsTo_;
    const bool pastStart = n < 0 && window_.from <= boundsFrom_;
    if (pastEnd || pastStart) {
        if (!loop_) {
            playing_ = false;
            return false;
        }
        // Wrap: keep the window's length and start it at the other end of the data.
        const qint64 length = window_.to - window_.from;
        anchor_ = pastEnd ? TimeWindow{boundsFrom_, boundsFrom_ + length}
                          : TimeWindow{boundsTo_ - length, boundsTo_};
        index_ = 0;
        window_ = anchor_;
        return true;
    }
    index_ += n;
    window_ = next;
    return true;
}

int Playback::advance(double seconds)
{
    if (!playing_ || seconds <= 0) return 0;
    carry_ += seconds * stepsPerSecond_;
    const int due = int(std::floor(carry_));
    carry_ -= due;
    int taken = 0;
    for (; taken < due && playing_; ++taken)
        if (!step(1)) break;
    return taken;
}
