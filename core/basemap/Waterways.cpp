#include "basemap/Waterways.h"

#include "basemap/BasemapReader.h"
#include "render/MapViewport.h"

#include <QPainter>
#include <algorithm>
#include <mutex>

namespace {

std::shared_ptr<const std::vector<Waterways::Band>> loadBands()
{
    auto bands = std::make_shared<std::vector<Waterways::Band>>();
    BasemapReader in(QStringLiteral(":/tigris/basemap/water.bin"), "TGWA", 1);
    const quint32 bandCount = in.count(12);
    for (quint32 b = 0; b < bandCount && in.ok(); ++b) {
        Waterways::Band band;
        band.minZoom = in.real();
        const quint32 lakes = in.count(4);
        for (quint32 i = 0; i < lakes && in.ok(); ++i) {
            Waterways::Shape lake;
            lake.path.addPolygon(in.projectedPoints());
            lake.path.closeSubpath();
            lake.bounds = lake.path.boundingRect();
            band.lakes.push_back(std::move(lake));
        }
        const quint32 rivers = in.count(4);
        for (quint32 i = 0; i < rivers && in.ok(); ++i) {
            Waterways::River river;
            river.line = in.projectedPoints();
            // Widened a little: a straight north-south or east-west line has an empty box.
            river.bounds = river.line.boundingRect().adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
            band.rivers.push_back(std::move(river));
        }
        bands->push_back(std::move(band));
    }
    if (!in.ok()) bands->clear();
    return bands;
}

std::shared_ptr<const std::vector<Waterways::Band>> sharedBands()
{
    static std::once_flag once;
    static std::shared_ptr<const std::vector<Waterways::Band>> bands;
    std::call_once(once, [] { bands = loadBands(); });
    return bands;
}

} // namespace

Waterways::Waterways() : bands_(sharedBands()) {}

const Waterways::Band& Waterways::bandFor(double zoom) const
{
    static const Band empty;
    const Band* best = bands_->empty() ? &empty : &bands_->front();
    for (const Band& b : *bands_)
        if (zoom >= b.minZoom) best = &b;
    return *best;
}

double Waterways::riverWidth(double zoom)
{
    // At most 1 px up to zoom 8: Qt strokes such hairlines on its fast cosmetic path, which
    // matters at country zoom with every river in view.
    if (zoom <= 8) return std::clamp(0.4 + 0.1 * (zoom - 2), 0.4, 1.0);
    return std::min(1.0 + 0.375 * (zoom - 8), 2.5);
}

void Waterways::paint(QPainter& painter, const MapViewport& view, const QColor& lakeFill) const
{
    const Band& band = bandFor(view.zoom());
    const QRectF visible = view.visibleWorldRect();
    const double s = view.worldSizePx();
    const QPointF origin = view.toScreen(QPointF(0, 0));
    painter.save();
    painter.setTransform(QTransform(s, 0, 0, s, origin.x(), origin.y()), true);
    QPen pen(river, riverWidth(view.zoom()) * view.pixelRatio());
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    QPen shore(river, 0.6 * view.pixelRatio());
    shore.setCosmetic(true);
    painter.setPen(shore);
    painter.setBrush(lakeFill);
    // Lakes under 3 px and rivers under 16 px across are left out: at world zoom they are
    // specks and half the cost of the water.
    const double minLake = 3 * view.pixelRatio() / s, minRiver = 16 * view.pixelRatio() / s;
    auto big = [](const QRectF& b, double min) { return b.width() + b.height() >= min; };
    for (const Shape& lake : band.lakes)
        if (lake.bounds.intersects(visible) && big(lake.bounds, minLake))
            painter.drawPath(lake.path);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const River& r : band.rivers)
        if (r.bounds.intersects(visible) && big(r.bounds, minRiver)) painter.drawPolyline(r.line);
    painter.restore();
}
