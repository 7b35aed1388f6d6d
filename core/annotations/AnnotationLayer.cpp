#include "annotations/AnnotationLayer.h"

#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace {
QPolygonF screenPolygon(const Annotation& a, const MapViewport& view)
{
    QPolygonF poly;
    for (const QPointF& v : a.vertices)
        poly << view.geoToScreen(v.y(), v.x());
    return poly;
}

QPointF anchor(const Annotation& a, const MapViewport& view)
{
    const QPolygonF poly = screenPolygon(a, view);
    if (a.kind == Annotation::Kind::Polygon && poly.size() > 2) return poly.boundingRect().center();
    return poly.isEmpty() ? QPointF() : poly.first();
}
} // namespace

void AnnotationLayer::paint(QPainter& painter, const MapViewport& view)
{
    if (!annotations_) return;
    const double r = view.pixelRatio();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Annotation& a : *annotations_) {
        if (!shows(a) || a.vertices.isEmpty()) continue;
        const QPolygonF poly = screenPolygon(a, view);
        const bool selected = a.id == selected_;
        QColor fill = a.colour;
        fill.setAlphaF(0.22);
        switch (a.kind) {
        case Annotation::Kind::Polygon:
            painter.setPen(QPen(a.colour, (selected ? 3.0 : 2.0) * r));
            painter.setBrush(fill);
            painter.drawPolygon(poly);
            break;
        case Annotation::Kind::Polyline:
            painter.setPen(QPen(a.colour, (selected ? 4.0 : 3.0) * r, Qt::SolidLine, Qt::RoundCap,
                                Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(poly);
            break;
        case Annotation::Kind::Point: {
            const QPointF tip = poly.first();
            if (a.marker == QLatin1String("circle") || a.marker == QLatin1String("square")) {
                painter.setPen(QPen(selected ? Qt::black : Qt::white, 2 * r));
                painter.setBrush(a.colour);
                const QRectF box(tip - QPointF(7, 7) * r, QSizeF(14, 14) * r);
                if (a.marker == QLatin1String("circle"))
                    painter.drawEllipse(box);
                else
                    painter.drawRect(box);
                break;
            }
            // A pin: a teardrop whose tip is the annotated spot.
            QPainterPath pin;
            pin.moveTo(tip);
            pin.cubicTo(tip + QPointF(-9, -12) * r, tip + QPointF(-8, -24) * r,
                        tip + QPointF(0, -24) * r);
            pin.cubicTo(tip + QPointF(8, -24) * r, tip + QPointF(9, -12) * r, tip);
            painter.setPen(QPen(selected ? Qt::black : Qt::white, 1.5 * r));
            painter.setBrush(a.colour);
            painter.drawPath(pin);
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(tip + QPointF(0, -16) * r, 3 * r, 3 * r);
            break;
        }
        }
        if (selected && a.kind != Annotation::Kind::Point) {
            painter.setPen(QPen(Qt::black, r));
            painter.setBrush(Qt::white);
            for (const QPointF& p : poly)
                painter.drawRect(QRectF(p - QPointF(4, 4) * r, QSizeF(8, 8) * r));
        }
    }
    painter.restore();
}

void AnnotationLayer::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer)
{
    if (!annotations_) return;
    const double r = view.pixelRatio();
    QFont font = painter.font();
    font.setPointSizeF(8.5 * r);
    font.setBold(true);
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    for (const Annotation& a : *annotations_) {
        if (!shows(a) || a.vertices.isEmpty() || a.title.isEmpty()) continue;
        const QPointF p = anchor(a, view);
        if (a.kind == Annotation::Kind::Point)
            placer.reserve(QRectF(p.x() - 10 * r, p.y() - 26 * r, 20 * r, 26 * r));
        const double w = fm.horizontalAdvance(a.title);
        const QRectF rect(p.x() + (a.kind == Annotation::Kind::Point ? 13 * r : -w / 2),
                          p.y() - (a.kind == Annotation::Kind::Point ? 22 * r : fm.height() / 2), w,
                          fm.height());
        if (!placer.tryReserve(rect.adjusted(-2, -1, 2, 1))) continue;
        // A halo keeps the text readable over any basemap.
        QPainterPath text;
        text.addText(rect.left(), rect.top() + fm.ascent(), font, a.title);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3 * r));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(text);
        painter.setPen(Qt::NoPen);
        painter.setBrush(a.colour.darker(130));
        painter.drawPath(text);
    }
    painter.restore();
}

std::optional<AnnotationLayer::Hit> AnnotationLayer::hitTest(QPointF screen,
                                                             const MapViewport& view) const
{
    if (!annotations_) return std::nullopt;
    const double tolerance = 7 * view.pixelRatio();
    for (auto it = annotations_->rbegin(); it != annotations_->rend(); ++it) {
        const Annotation& a = *it;
        if (!shows(a) || a.vertices.isEmpty()) continue;
        const QPolygonF poly = screenPolygon(a, view);
        for (int i = 0; i < poly.size(); ++i)
            if (QLineF(poly[i], screen).length() <= tolerance)
                return Hit{a.id, a.kind == Annotation::Kind::Point ? 0 : i};
        if (a.kind == Annotation::Kind::Point &&
            QRectF(poly.first() - QPointF(10, 26), QSizeF(20, 26)).contains(screen))
            return Hit{a.id, 0};
        if (a.kind == Annotation::Kind::Polygon && poly.containsPoint(screen, Qt::OddEvenFill))
            return Hit{a.id, -1};
    }
    return std::nullopt;
}
