#include "render/MapPainter.h"

#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapLayer.h"
#include "render/MapViewport.h"
#include "render/MarkerShape.h"
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

// The widest the scale bar's box can be (its bar is at most 120 px).
QRectF scaleBarBox(const MapViewport& view)
{
    const double r = view.pixelRatio();
    return QRectF(8 * r, view.size().height() - 32 * r, 128 * r, 24 * r);
}

QString attributionText(const std::vector<MapLayer*>& layers)
{
    QStringList parts;
    for (MapLayer* layer : layers)
        if (!layer->attribution().isEmpty()) parts << layer->attribution();
    return parts.join(QStringLiteral(" · "));
}

QFont attributionFont(const QPainter& p, const MapViewport& view)
{
    QFont f = p.font();
    f.setPointSizeF(7 * view.pixelRatio());
    return f;
}

QRectF attributionBox(const QPainter& p, const MapViewport& view, const QString& text)
{
    const double r = view.pixelRatio();
    const QFontMetricsF fm(attributionFont(p, view), p.device());
    return QRectF(view.size().width() - fm.horizontalAdvance(text) - 10 * r,
                  view.size().height() - fm.height() - 4 * r, fm.horizontalAdvance(text) + 10 * r,
                  fm.height() + 4 * r);
}

void drawAttribution(QPainter& p, const MapViewport& view, const std::vector<MapLayer*>& layers)
{
    const QString text = attributionText(layers);
    if (text.isEmpty()) return;
    const QRectF box = attributionBox(p, view, text);
    p.save();
    p.setFont(attributionFont(p, view));
    p.fillRect(box, QColor(255, 255, 255, 190));
    p.setPen(QColor(60, 60, 60));
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

QFont legendFont(const QPainter& p, const MapViewport& view)
{
    QFont f = p.font();
    f.setPointSizeF(8 * view.pixelRatio());
    return f;
}

QRectF legendBox(const QPainter& p, const MapViewport& view, const std::vector<Category>& legend)
{
    const double r = view.pixelRatio();
    const QFontMetricsF fm(legendFont(p, view), p.device());
    double width = 0;
    for (const auto& c : legend)
        width = std::max(width, fm.horizontalAdvance(c.displayName()));
    const double line = fm.height() + 4 * r;
    return QRectF(10 * r, 10 * r, width + 34 * r, line * double(legend.size()) + 10 * r);
}

void drawLegend(QPainter& p, const MapViewport& view, const std::vector<Category>& legend)
{
    const double r = view.pixelRatio();
    const QFont f = legendFont(p, view);
    const QRectF box = legendBox(p, view, legend);
    p.save();
    p.setFont(f);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(f, p.device());
    const double width = box.width() - 34 * r;
    const double line = fm.height() + 4 * r;
    p.setPen(QPen(QColor(0, 0, 0, 40), r));
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRoundedRect(box, 4 * r, 4 * r);
    double y = box.top() + 5 * r;
    for (const auto& c : legend) {
        p.setPen(QPen(Qt::white, r));
        p.setBrush(c.colour);
        MarkerShape::draw(p, c.marker(), QPointF(box.left() + 12 * r, y + line / 2), 5 * r);
        p.setPen(QColor(40, 40, 40));
        p.drawText(QRectF(box.left() + 24 * r, y, width + 8 * r, line), Qt::AlignVCenter,
                   c.displayName());
        y += line;
    }
    p.restore();
}

} // namespace

void paint(QPainter& painter, const MapViewport& view, const std::vector<MapLayer*>& layers,
           const MapDecorations& decorations)
{
    painter.save();
    // The map is no text flow: in a right-to-left UI, labels, the scale ("200 km") and numbers
    // keep their own order, where the widget's direction would reorder them ("km 200").
    painter.setLayoutDirection(Qt::LeftToRight);
    painter.setClipRect(QRectF(QPointF(0, 0), view.size()));
    for (MapLayer* layer : layers)
        layer->paint(painter, view);
    LabelPlacer placer(view.size());
    // Labels keep clear of the legend, the scale bar and the attribution, drawn over them.
    if (!decorations.legend.empty()) placer.reserve(legendBox(painter, view, decorations.legend));
    if (decorations.scaleBar) placer.reserve(scaleBarBox(view));
    if (decorations.attribution && !attributionText(layers).isEmpty())
        placer.reserve(attributionBox(painter, view, attributionText(layers)));
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        (*it)->paintLabels(painter, view, placer);
    if (decorations.scaleBar) drawScaleBar(painter, view);
    if (decorations.attribution) drawAttribution(painter, view, layers);
    if (!decorations.legend.empty()) drawLegend(painter, view, decorations.legend);
    painter.restore();
}

} // namespace MapPainter
