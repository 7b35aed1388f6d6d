#include "SketchMode.h"

#include "MapWidget.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

SketchMode::SketchMode(MapWidget& map, Annotation::Kind kind, int minimumVertices)
    : MapMode(map), minimum_(minimumVertices)
{
    sketch_.kind = kind;
    sketch_.colour = QColor(0x1f, 0x77, 0xb4);
}

QString SketchMode::keysHint()
{
    return QCoreApplication::translate("SketchMode",
                                       "Click to add points, Enter or double-click to finish, "
                                       "Esc to cancel, Backspace removes the last point");
}

void SketchMode::enter()
{
    map_.setCursor(Qt::CrossCursor);
    map_.setFocus();
    emit map_.modeHint(keysHint());
}

void SketchMode::leave()
{
    map_.unsetCursor();
    emit map_.modeHint(QString());
}

void SketchMode::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton) return;
    pressPos_ = lastPos_ = e->position();
    pressed_ = true;
    dragging_ = false;
}

void SketchMode::mouseMove(QMouseEvent* e)
{
    if (pressed_ && (e->buttons() & Qt::LeftButton)) {
        if ((e->position() - pressPos_).manhattanLength() > 3) dragging_ = true;
        if (dragging_) map_.panByPixels(e->position() - lastPos_);
        lastPos_ = e->position();
    }
    map_.update(); // the rubber segment follows the cursor
}

void SketchMode::mouseRelease(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton || !pressed_) return;
    pressed_ = false;
    if (!dragging_) {
        sketch_.vertices.append(map_.lonLatAt(e->position()));
        map_.update();
    }
    dragging_ = false;
}

void SketchMode::mouseDoubleClick(QMouseEvent*)
{
    finish();
}

bool SketchMode::keyPress(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        map_.resetMode();
        return true;
    case Qt::Key_Backspace:
        if (!sketch_.vertices.isEmpty()) sketch_.vertices.removeLast();
        map_.update();
        return true;
    default:
        return false;
    }
}

void SketchMode::finish()
{
    MapWidget& map = map_;
    const Annotation sketch = sketch_;
    const bool enough = sketch.vertices.size() >= minimum_;
    map.resetMode(); // this mode is gone once the handler returns
    if (enough) emit map.sketchFinished(sketch.kind, sketch.vertices);
}

void SketchMode::paintOverlay(QPainter& painter) const
{
    if (sketch_.vertices.isEmpty()) return;
    // The shape being drawn, with the rubber segment to the cursor.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(sketch_.colour, 2, Qt::DashLine));
    QPolygonF poly;
    for (const QPointF& v : sketch_.vertices)
        poly << map_.viewport().geoToScreen(v.y(), v.x());
    poly << map_.mapFromGlobal(QCursor::pos());
    if (sketch_.kind == Annotation::Kind::Polygon) {
        // An area is previewed as the closed shape it will be, lightly filled.
        QColor fill = sketch_.colour;
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawPolygon(poly);
    } else {
        painter.drawPolyline(poly);
    }
}
