#pragma once

#include "MapMode.h"

#include <QPointF>

// The map's usual mode: drag pans; click selects the event under the cursor (or zooms into a
// cluster, or selects an annotation), click on nothing clears the selection; double-click
// activates an event or edits an annotation, else zooms in. Ctrl-press starts a rubber band;
// a press on an annotation's vertex or pin starts moving it.
class PanSelectMode : public MapMode {
  public:
    using MapMode::MapMode;
    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    void mouseDoubleClick(QMouseEvent* e) override;

    // A click that did not drag: an annotation, a cluster, an event, or nothing.
    static void click(MapWidget& map, QPointF pos);

  private:
    QPointF pressPos_, lastPos_;
    bool pressed_ = false;
    bool dragging_ = false;
};
