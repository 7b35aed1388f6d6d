#include "MoveVertexMode.h"

#include "MapWidget.h"
#include "PanSelectMode.h"

#include <QMouseEvent>

void MoveVertexMode::mouseMove(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton)) return;
    if ((e->position() - pressPos_).manhattanLength() > 3) dragging_ = true;
    if (!dragging_) return;
    // Move the vertex on screen only; it is saved (undoably) on release.
    map_.moveVertexOnScreen(id_, vertex_, map_.lonLatAt(e->position()));
}

void MoveVertexMode::mouseRelease(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton) return;
    MapWidget& map = map_;
    const qint64 id = id_;
    const int vertex = vertex_;
    const QPointF from = from_;
    const bool dragged = dragging_;
    map.resetMode(); // this mode is gone once the handler returns
    if (dragged)
        emit map.annotationMoved(id, vertex, from, map.lonLatAt(e->position()));
    else
        PanSelectMode::click(map, e->position());
}
