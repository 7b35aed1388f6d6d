#pragma once

#include "time/TimeWindow.h"

#include <cstdint>

// Steps the time window through the data by a calendar unit. Pure logic: the widget's timer
// calls advance() with the elapsed time, tests call step() directly.
//
// Steps are counted from an anchor window, so month steps never drift: from 31 Jan, +1 month is
// 29 Feb (2016) or 28 Feb, and +2 months is 31 Mar again.
class Playback {
  public:
    enum class Unit : std::uint8_t { Day, Week, Month };

    void setWindow(const TimeWindow& w); // becomes the new anchor
    TimeWindow window() const { return window_; }
    void setBounds(qint64 from, qint64 to) { boundsFrom_ = from, boundsTo_ = to; } // data extent
    void setUnit(Unit u);
    Unit unit() const { return unit_; }
    void setLoop(bool loop) { loop_ = loop; }
    bool loops() const { return loop_; }
    void setStepsPerSecond(double s) { stepsPerSecond_ = s > 0 ? s : 1; }
    double stepsPerSecond() const { return stepsPerSecond_; }

    void play() { playing_ = true; }
    void pause() { playing_ = false; }
    bool isPlaying() const { return playing_; }

    // Moves the window by n units (negative = back). Forward past the end of the data wraps to
    // its start when looping, else stops there (and pauses); likewise backward. Returns whether
    // the window moved.
    bool step(int n);
    // While playing: the steps due after `seconds` of wall time (fractions carry over) are
    // taken. Returns the number taken.
    int advance(double seconds);

    static qint64 addUnits(qint64 t, Unit u, qint64 n);
    // The window k units from the anchor (k may be negative); does not move.
    TimeWindow windowAt(qint64 k) const;

  private:
    TimeWindow anchor_;
    TimeWindow window_;
    qint64 index_ = 0;
    qint64 boundsFrom_ = 0, boundsTo_ = 0;
    Unit unit_ = Unit::Day;
    bool loop_ = false;
    bool playing_ = false;
    double stepsPerSecond_ = 4;
    double carry_ = 0;
};
