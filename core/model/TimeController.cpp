#include "model/TimeController.h"

TimeController::TimeController(QObject* parent) : QObject(parent)
{
    timer_.setInterval(1000 / 60);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &TimeController::tick);
}

void TimeController::setWindow(const TimeWindow& w)
{
    // The same window again (a view echoing a step back) keeps the anchor, so month steps
    // still count from where they started.
    if (w == window()) return;
    const TimeWindow before = window();
    playback_.setWindow(w);
    moved(before);
}

void TimeController::setMode(Mode m)
{
    if (m == mode_) return;
    mode_ = m;
    emit modeChanged();
}

void TimeController::setInside(bool inside)
{
    if (inside == inside_) return;
    inside_ = inside;
    emit modeChanged();
}

void TimeController::setBounds(qint64 from, qint64 to)
{
    boundsFrom_ = from;
    boundsTo_ = to;
    playback_.setBounds(from, to);
}

void TimeController::setUnit(Unit u)
{
    if (u == playback_.unit()) return;
    playback_.setUnit(u);
    emit playbackSettingsChanged();
}

void TimeController::setStepsPerSecond(double s)
{
    if (s == playback_.stepsPerSecond()) return;
    playback_.setStepsPerSecond(s);
    emit playbackSettingsChanged();
}

void TimeController::setLoop(bool loop)
{
    if (loop == playback_.loops()) return;
    playback_.setLoop(loop);
    emit playbackSettingsChanged();
}

void TimeController::play()
{
    if (isPlaying()) return;
    const TimeWindow w = window();
    if (boundsFrom_ < boundsTo_ && w.to >= boundsTo_) {
        // At the end: start again from the beginning rather than stop at once.
        setWindow({boundsFrom_, boundsFrom_ + (w.to - w.from)});
    } else {
        playback_.setWindow(w); // steps count from here
    }
    playback_.play();
    clock_.start();
    timer_.start();
    emit playingChanged(true);
}

void TimeController::pause()
{
    if (!isPlaying()) return;
    playback_.pause();
    stopped();
}

void TimeController::stopped()
{
    timer_.stop();
    emit playingChanged(false);
}

void TimeController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

bool TimeController::step(int n)
{
    const TimeWindow before = window();
    const bool wasPlaying = isPlaying();
    const bool movedOn = playback_.step(n);
    moved(before);
    if (wasPlaying && !isPlaying()) stopped(); // the end of the data, no loop
    return movedOn;
}

TimeWindow TimeController::windowForFrame(qint64 n) const
{
    return playback_.windowAt(n);
}

int TimeController::advance(double seconds)
{
    const TimeWindow before = window();
    const bool wasPlaying = isPlaying();
    const int taken = playback_.advance(seconds);
    moved(before);
    if (wasPlaying && !isPlaying()) stopped();
    return taken;
}

void TimeController::moved(const TimeWindow& before)
{
    if (window() != before) emit windowChanged(window());
}

void TimeController::tick()
{
    advance(double(clock_.restart()) / 1000.0);
}
