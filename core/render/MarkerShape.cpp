#include "render/MarkerShape.h"

#include <QPainter>
#include <QPolygonF>

namespace MarkerShape {

QPainterPath path(Category::Marker marker, QPointF c, double r)
{
    QPainterPath p;
    switch (marker) {
    case Category::Marker::Circle:
        p.addEllipse(c, r, r);
        break;
    case Category::Marker::Square: {
        const double h = r * 0.886; // the area of the disc: (2h)^2 = pi r^2
        p.addRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
        break;
    }
    case Category::Marker::Triangle: {
        const double R = r * 1.347; // circumradius of an equilateral triangle of area pi r^2
        p.addPolygon(QPolygonF{QPointF(c.x(), c.y() - R),
                               QPointF(c.x() + R * 0.866, c.y() + R * 0.5),
                               QPointF(c.x() - R * 0.866, c.y() + R * 0.5)});
        p.closeSubpath();
        break;
    }
    case Category::Marker::Diamond: {
        const double d = r * 1.253; // half-diagonal of a square of area pi r^2
        p.addPolygon(QPolygonF{QPointF(c.x(), c.y() - d), QPointF(c.x() + d, c.y()),
                               QPointF(c.x(), c.y() + d), QPointF(c.x() - d, c.y())});
        p.closeSubpath();
        break;
    }
    }
    return p;
}

void draw(QPainter& painter, Category::Marker marker, QPointF centre, double radius)
{
    if (marker == Category::Marker::Circle)
        painter.drawEllipse(centre, radius, radius);
    else
        painter.drawPath(path(marker, centre, radius));
}

} // namespace MarkerShape
