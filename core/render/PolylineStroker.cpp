#include "render/PolylineStroker.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

namespace PolylineStroker {

void stroke(QPainter& painter, const QPainterPath& path, const QTransform& toDevice)
{
    constexpr int kPiece = 32;
    painter.save();
    painter.resetTransform();
    QPolygonF piece;
    piece.reserve(kPiece);
    auto flush = [&] {
        if (piece.size() > 1) painter.drawPolyline(piece);
        piece.clear();
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) flush();
        piece << toDevice.map(QPointF(e.x, e.y)); // basemap outlines have no curves
        if (piece.size() == kPiece) {
            const QPointF last = piece.back();
            flush();
            piece << last; // the next piece starts where this one ends
        }
    }
    flush();
    painter.restore();
}

} // namespace PolylineStroker
