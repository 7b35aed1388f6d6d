#include "render/MapViewport.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

MapViewport::MapViewport(QSizeF sizePx, QPointF centreWorld, double zoom, double pixelRatio)
    : size_(sizePx), pixelRatio_(pixelRatio)
{
    setZoom(zoom);
    setCentre(centreWorld);
}

MapViewport MapViewport::fitting(const GeoBox& box, QSizeF sizePx, double marginPx,
                                 double pixelRatio)
{
    const QPointF a = WebMercator::project(box.north, box.west);
    const QPointF b = WebMercator::project(box.south, box.east);
    const double w = std::max(b.x() - a.x(), 1e-9);
    const double h = std::max(b.y() - a.y(), 1e-9);
    const double availW = std::max(sizePx.width() - 2 * marginPx * pixelRatio, 16.0);
    const double availH = std::max(sizePx.height() - 2 * marginPx * pixelRatio, 16.0);
    // worldSizePx() is 256 · 2^zoom · pixelRatio: the ratio must not raise the zoom as well.
    const double zoom = std::log2(std::min(availW / w, availH / h) / (256.0 * pixelRatio));
    return MapViewport(sizePx, (a + b) / 2, std::min(zoom, 14.0), pixelRatio);
}

double MapViewport::worldSizePx() const
{
    return 256.0 * std::exp2(zoom_) * pixelRatio_;
}

QPointF MapViewport::toScreen(QPointF world) const
{
    const double s = worldSizePx();
    return {(world.x() - centre_.x()) * s + size_.width() / 2,
            (world.y() - centre_.y()) * s + size_.height() / 2};
}

QPointF MapViewport::toWorld(QPointF screen) const
{
    const double s = worldSizePx();
    return {(screen.x() - size_.width() / 2) / s + centre_.x(),
            (screen.y() - size_.height() / 2) / s + centre_.y()};
}

QPointF MapViewport::geoToScreen(double lat, double lon) const
{
    return toScreen(WebMercator::project(lat, lon));
}

QRectF MapViewport::visibleWorldRect() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(size_.width(), size_.height())));
}

GeoBox MapViewport::visibleGeoBox() const
{
    const QRectF r = visibleWorldRect().intersected(QRectF(0, 0, 1, 1));
    const QGeoCoordinate nw = WebMercator::unproject(r.topLeft());
    const QGeoCoordinate se = WebMercator::unproject(r.bottomRight());
    return GeoBox{nw.longitude(), se.latitude(), se.longitude(), nw.latitude()};
}

void MapViewport::setCentre(QPointF world)
{
    centre_ = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

void MapViewport::setZoom(double zoom)
{
    zoom_ = std::clamp(zoom, kMinZoom, kMaxZoom);
}

void MapViewport::zoomAbout(QPointF screenPoint, double zoomDelta)
{
    const QPointF anchor = toWorld(screenPoint);
    setZoom(zoom_ + zoomDelta);
    // Keep `anchor` under the cursor: solve toScreen(anchor) == screenPoint for the centre.
    const double s = worldSizePx();
    setCentre(QPointF(anchor.x() - (screenPoint.x() - size_.width() / 2) / s,
                      anchor.y() - (screenPoint.y() - size_.height() / 2) / s));
}

void MapViewport::panByPixels(QPointF screenDelta)
{
    setCentre(centre_ - screenDelta / worldSizePx());
}
