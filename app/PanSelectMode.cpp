#include "PanSelectMode.h"

#include "MapWidget.h"
#include "MoveVertexMode.h"
#include "RubberBandMode.h"

#include <QMouseEvent>

void PanSelectMode::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton) return;
    if (e->modifiers() & Qt::ControlModifier) {
        map_.setMode(std::make_unique<RubberBandMode>(map_, e->position()));
        return;
    }
    if (const auto a = map_.annotationAt(e->position()); a && a->vertex >= 0) {
        if (const Annotation* an = map_.annotation(a->id)) {
            map_.setMode(std::make_unique<MoveVertexMode>(
                map_, a->id, a->vertex, an->vertices.value(a->vertex), e->position()));
            return;
        }
    }
    pressPos_ = lastPos_ = e->position();
    pressed_ = true;
    dragging_ = false;
}

void PanSelectMode::mouseMove(QMouseEvent* e)
{
    if (!pressed_ || !(e->buttons() & Qt::LeftButton)) return;
    if ((e->position() - pressPos_).manhattanLength() > 3) dragging_ = true;
    if (dragging_) map_.panByPixels(e->position() - lastPos_);
    lastPos_ = e->position();
}

void PanSelectMode::mouseRelease(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton || !pressed_) return;
    pressed_ = false;
    if (!dragging_) click(map_, e->position());
    dragging_ = false;
}

void PanSelectMode::click(MapWidget& map, QPointF pos)
{
    if (const auto a = map.annotationAt(pos)) {
        map.setSelectedAnnotation(a->id);
        emit map.annotationClicked(a->id);
        return;
    }
    const auto hit = map.eventAt(pos);
    if (hit && hit->event < 0) {
        map.zoomIntoCluster(hit->worldBounds); // until its events separate
        return;
    }
    map.select(hit ? std::vector<int>{hit->event} : std::vector<int>{});
}

void PanSelectMode::mouseDoubleClick(QMouseEvent* e)
{
    if (const auto a = map_.annotationAt(e->position())) {
        emit map_.annotationActivated(a->id);
        return;
    }
    const auto hit = map_.eventAt(e->position());
    if (hit && hit->event >= 0) {
        emit map_.activated(hit->event);
        return;
    }
    map_.zoomAbout(e->position(), 1);
}
