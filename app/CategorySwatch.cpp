#include "CategorySwatch.h"

#include "render/MarkerShape.h"

#include <QPainter>
#include <QPixmap>

QIcon categorySwatch(const QColor& colour, int size)
{
    QPixmap swatch(size, size);
    swatch.fill(Qt::transparent);
    QPainter p(&swatch);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::white);
    MarkerShape::draw(p, Category::markerFor(colour), QPointF(size / 2.0, size / 2.0),
                      size / 2.0 - 2);
    return QIcon(swatch);
}
