#pragma once

#include "TimelineWidget.h"

#include <QWidget>

class TimeController;
class TimeWindowBar;
class ViewState;

// The timeline dock's content: the canvas and the window bar, a view of the ViewState and its
// TimeController. It draws their window, mask, filters and selection, and turns drags, typed
// dates, the bar's buttons and its keys into calls on them:
//   TimelinePanel panel(&viewState);
//   viewState.setProject(&columns, categories, search); // the panel fills in by signal
// Keys (when the panel has focus): Space plays/pauses, Left/Right step by the unit.
class TimelinePanel : public QWidget {
    Q_OBJECT
  public:
    explicit TimelinePanel(ViewState* view, QWidget* parent = nullptr);

    TimelineWidget* timeline() const { return timeline_; }
    TimeWindowBar* bar() const { return bar_; }
    TimeController* time() const;
    // The axis on the time window with its length of context on each side: after a project
    // opens, an import is framed or a date is typed.
    void showWindowInContext();

  protected:
    void keyPressEvent(QKeyEvent* e) override;

  private:
    void showProject();
    void applyPlaybackSettings();
    void showWindow(const TimeWindow& w);

    ViewState* view_;
    TimelineWidget* timeline_;
    TimeWindowBar* bar_;
};
