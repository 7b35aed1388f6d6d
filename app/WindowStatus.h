#pragma once

#include <QObject>

class MapWidget;
class QLabel;
class QStatusBar;
class ViewState;
struct ProjectInfo;

// The status bar's permanent parts: the position and zoom under the cursor, the keys of the
// map's mode while drawing, how many events the window shows, and a passing note of how many
// are selected.
class WindowStatus : public QObject {
    Q_OBJECT
  public:
    WindowStatus(QStatusBar* bar, MapWidget* map, ViewState* view);
    void showProject(const ProjectInfo& info); // "N events · M places" until the window moves

  private:
    QStatusBar* bar_;
    QLabel* cursor_;
    QLabel* hint_; // the map mode's keys while drawing
    QLabel* count_;
};
