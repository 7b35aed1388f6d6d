#include "render/MapPainter.h"

#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapLayer.h"
#include "render/MapViewport.h"
#include "render/ScaleBar.h"

#include <QPainter>
#include <cmath>

namespace MapPainter {

namespace {

void drawScaleBar(QPainter& p, const MapViewport& view)
{
    const double r = view.pixelRatio();
    const ScaleBar bar = ScaleBar::fitting(view, 120 * r);
    const double px = bar.pixels;
    const QString& text = bar.label;
    const QPointF origin(12 * r, view.size().height() - 14 * r);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont f = p.font();
    f.setPointSizeF(8 * r);
    p.setFont(f);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(QRectF(origin.x() - 4 * r, origin.y() - 18 * r, px + 8 * r, 24 * r));
    p.setPen(QPen(QColor(40, 40, 40), 1.5 * r));
    p.drawLine(origin, origin + QPointF(px, 0));
    p.drawLine(origin, origin - QPointF(0, 5 * r));
    p.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5 * r));
    p.drawText(QRectF(origin.x(), origin.y() - 18 * r, px, 14 * r), Qt::AlignCenter, text);
    p.restore();
}

void drawAttribution(QPainter& p, const MapViewport& view, const std::vector<MapLayer*>& layers)
{
    QStringList parts;
    for (MapLayer* layer : layers)
        if (!layer->attribution().isEmpty()) parts << layer->attribution();
    if (parts.isEmpty()) return;
    const double r = view.pixelRatio();
    const QString text = parts.join(QStringLiteral(" · "));
    p.save();
    QFont f = p.font();
    f.setPointSizeF(7 * r);
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    const QRectF box(view.size().width() - fm.horizontalAdvance(text) - 10 * r,
                     view.size().height() - fm.height() - 4 * r,
                     fm.horizontalAdvance(text) + 10 * r, fm.height() + 4 * r);
    p.fillRect(box, QColor(255, 255, 255, 190));
    p.setPen(QColor(60, 60, 60));
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void drawLegend(QPainter& p, const MapViewport& view, const std::vector<Category>& legend)
{
    const double r = view.pixelRatio();
    QFont f = p.font();
    f.setPointSizeF(8 * r);
    p.save();
    p.setFont(f);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(f, p.device());
    double width = 0;
    for (const auto& c : legend)
        width = std::max(width, fm.horizontalAdvance(c.name));
    const double line = fm.height() + 4 * r;
    const QRectF box(10 * r, 10 * r, width + 34 * r, line * double(legend.size()) + 10 * r);
    p.setPen(QPen(QColor(0, 0, 0, 40), r));
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRoundedRect(box, 4 * r, 4 * r);
    double y = box.top() + 5 * r;
    for (const auto& c : legend) {
        p.setPen(QPen(Qt::white, r));
        p.setBrush(c.colour);
        p.drawEllipse(QPointF(box.left() + 12 * r, y + line / 2), 5 * r, 5 * r);
        p.setPen(QColor(40, 40, 40));
        p.drawText(QRectF(box.left() + 24 * r, y, width + 8 * r, line), Qt::AlignVCenter, c.name);
        y += line;
    }
    p.restore();
}

} // namespace

void paint(QPainter& painter, const MapViewport& view, const std::vector<MapLayer*>& layers,
           const MapDecorations& decorations)
{
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), view.size()));
    for (MapLayer* layer : layers)
        layer->paint(painter, view);
    LabelPlacer placer(view.size());
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        (*it)->paintLabels(painter, view, placer);
    if (decorations.scaleBar) drawScaleBar(painter, view);
    if (decorations.attribution) drawAttribution(painter, view, layers);
    if (!decorations.legend.empty()) drawLegend(painter, view, decorations.legend);
    painter.restore();
}

} // namespace MapPainter
