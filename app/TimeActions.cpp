#include "TimeActions.h"

#include "model/TimeController.h"

#include <QAction>

TimeActions::TimeActions(TimeController* time, QObject* parent)
    : QObject(parent), playPause_(new QAction(this)),
      stepBack_(new QAction(tr("Step &back"), this)),
      stepForward_(new QAction(tr("Step &forward"), this))
{
    playPause_->setObjectName(QStringLiteral("playPause"));
    playPause_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                              QKeySequence(Qt::Key_MediaTogglePlayPause),
                              QKeySequence(Qt::Key_MediaPlay)});
    stepBack_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), QKeySequence(Qt::Key_MediaPrevious)});
    stepForward_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_BracketRight), QKeySequence(Qt::Key_MediaNext)});
    stepBack_->setToolTip(tr("Move the time window back by the step unit"));
    stepForward_->setToolTip(tr("Move the time window forward by the step unit"));
    connect(playPause_, &QAction::triggered, time, &TimeController::togglePlay);
    connect(stepBack_, &QAction::triggered, time, [time] { time->step(-1); });
    connect(stepForward_, &QAction::triggered, time, [time] { time->step(1); });
    connect(time, &TimeController::playingChanged, this, &TimeActions::showPlaying);
    showPlaying(time->isPlaying());
}

void TimeActions::showPlaying(bool playing)
{
    playPause_->setText(playing ? tr("&Pause") : tr("&Play"));
}
