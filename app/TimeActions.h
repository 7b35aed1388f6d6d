#pragma once

#include <QObject>

class QAction;
class TimeController;

// Play/pause and step as actions, for menus and shortcuts that work wherever the focus is
// (the timeline panel's own keys, Space and Left/Right, work when it has the focus). The
// play action's text and icon follow the controller.
class TimeActions : public QObject {
    Q_OBJECT
  public:
    TimeActions(TimeController* time, QObject* parent);
    QAction* playPause() const { return playPause_; }
    QAction* stepBack() const { return stepBack_; }
    QAction* stepForward() const { return stepForward_; }

  private:
    void showPlaying(bool playing);
    QAction* playPause_;
    QAction* stepBack_;
    QAction* stepForward_;
};
