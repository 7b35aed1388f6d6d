#pragma once

#include <QObject>
#include <QPoint>
#include <vector>

class MapWidget;
class ViewState;
class QMenu;
struct OpenProject;

// Makes every event on the map reachable: a click on a stack of symbols or a small cluster
// opens an EventPickList of its events (moving through it shows each in Details and the list);
// a larger cluster's context menu offers "List these N events", which selects them all.
class EventPicker : public QObject {
    Q_OBJECT
  public:
    EventPicker(MapWidget* map, ViewState* view, const OpenProject& project, QObject* parent);
    // Shows the list of `rows` at a global position (MapWidget::pickRequested).
    void showPickList(const std::vector<int>& rows, QPoint globalPos);
    // Adds "List these N events" to a map context menu when a cluster or stack is there.
    void addMenuItems(QMenu& menu, QPoint globalPos);

  private:
    MapWidget* map_;
    ViewState* view_;
    const OpenProject& project_;
};
