#include "render/HaloText.h"

#include <QPainter>

namespace HaloText {

void draw(QPainter& painter, QPointF baseline, const QString& text, QColor colour, double haloWidth)
{
    const double d = haloWidth, e = haloWidth * 0.7071;
    const QPointF offsets[] = {{d, 0}, {-d, 0}, {0, d},  {0, -d},
                               {e, e}, {-e, e}, {e, -e}, {-e, -e}};
    painter.setPen(QColor(255, 255, 255, 235));
    for (const QPointF& o : offsets)
        painter.drawText(baseline + o, text);
    painter.setPen(colour);
    painter.drawText(baseline, text);
}

} // namespace HaloText
