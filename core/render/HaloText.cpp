#include "render/HaloText.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

namespace HaloText {

void draw(QPainter& painter, QPointF baseline, const QString& text, QColor colour, double haloWidth)
{
    const double d = haloWidth, e = haloWidth * 0.7071;
    const QPointF offsets[] = {{d, 0}, {-d, 0}, {0, d},  {0, -d},
                               {e, e}, {-e, e}, {e, -e}, {-e, -e}};
    // Shaped once and drawn nine times: drawText would shape the text at every call, and
    // shaping, not drawing, was most of a label's cost (a scrub step redraws every label).
    QTextLayout layout(text, painter.font(), painter.device());
    QTextOption option;
    option.setTextDirection(painter.layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid()) return;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    const QPointF origin = baseline - QPointF(0, line.ascent());
    painter.setPen(QColor(255, 255, 255, 235));
    for (const QPointF& o : offsets)
        for (const QGlyphRun& run : runs)
            painter.drawGlyphRun(origin + o, run);
    painter.setPen(colour);
    for (const QGlyphRun& run : runs)
        painter.drawGlyphRun(origin, run);
}

} // namespace HaloText
