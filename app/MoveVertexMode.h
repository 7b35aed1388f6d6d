#pragma once

#include "MapMode.h"

#include <QPointF>
#include <QtGlobal>

// Dragging a pin or a vertex of a line or area: it moves on screen only while dragged, and
// on release the map emits annotationMoved (the owner saves it, undoably). A press and release
// without a drag is a click, as in pan and select.
class MoveVertexMode : public MapMode {
  public:
    MoveVertexMode(MapWidget& map, qint64 id, int vertex, QPointF fromLonLat, QPointF pressPos)
        : MapMode(map), id_(id), vertex_(vertex), from_(fromLonLat), pressPos_(pressPos)
    {
    }
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;

  private:
    qint64 id_;
    int vertex_;
    QPointF from_; // lon, lat before the drag
    QPointF pressPos_;
    bool dragging_ = false;
};
