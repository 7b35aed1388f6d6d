#pragma once

#include "model/EventFilter.h"
#include "model/Playback.h"
#include "time/TimeWindow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// The time the views show: the window, how events match it (mode, inside only) and playback
// (unit, speed, loop, play/pause/step). One per window; the timeline panel, its keys and the
// animation export drive it, and everything that depends on the window observes it:
//   TimeController time;
//   connect(&time, &TimeController::windowChanged, map, &MapWidget::setAnnotationWindow);
//   time.setBounds(first, last);   // the data's extent
//   time.togglePlay();             // steps by the unit on a 60 Hz timer
// No widgets: the stepping is Playback's (counted from an anchor, so 31 Jan → 29 Feb →
// 31 Mar), and frame n of an animation is windowForFrame(n) — the window playback shows after n
// steps, so an exported animation shows what was played.
class TimeController : public QObject {
    Q_OBJECT
  public:
    using Unit = Playback::Unit;
    using Mode = EventFilter::Mode;

    explicit TimeController(QObject* parent = nullptr);

    TimeWindow window() const { return playback_.window(); }
    // A window set from outside (a drag, typed dates, a restored project) becomes the anchor
    // of the next steps. Emits windowChanged when it differs; the same window is a no-op.
    void setWindow(const TimeWindow& w);
    Mode mode() const { return mode_; }
    void setMode(Mode m);
    bool inside() const { return inside_; } // Window mode: spans inside, not only overlapping
    void setInside(bool inside);

    // The data's extent [from, to): where playback stops or wraps. from >= to: unbounded.
    void setBounds(qint64 from, qint64 to);
    qint64 boundsFrom() const { return boundsFrom_; }
    qint64 boundsTo() const { return boundsTo_; }

    Unit unit() const { return playback_.unit(); }
    void setUnit(Unit u);
    double stepsPerSecond() const { return playback_.stepsPerSecond(); }
    void setStepsPerSecond(double s);
    bool loops() const { return playback_.loops(); }
    void setLoop(bool loop);

    bool isPlaying() const { return playback_.isPlaying(); }
    // Play at (or past) the end of the data starts again from its start, the window's length
    // kept, as a media player does.
    void play();
    void pause();
    void togglePlay();
    // Moves the window by n units (negative: back); false when it cannot move (the end of the
    // data without loop).
    bool step(int n);
    // The window n steps of the unit from the anchor (the last window set from outside): frame
    // n of an animation of the current window. Does not move the window.
    TimeWindow windowForFrame(qint64 n) const;
    // What the timer does every frame while playing: the steps due after `seconds` of wall time
    // are taken. Public for tests, which drive time themselves.
    int advance(double seconds);

  signals:
    void windowChanged(const TimeWindow& window);
    void modeChanged(); // mode or inside only
    void playingChanged(bool playing);
    void playbackSettingsChanged(); // unit, speed or loop

  private:
    void moved(const TimeWindow& before);
    void stopped();
    void tick();

    Playback playback_;
    Mode mode_ = Mode::Window;
    bool inside_ = false;
    qint64 boundsFrom_ = 0, boundsTo_ = 0;
    QTimer timer_;
    QElapsedTimer clock_;
};
