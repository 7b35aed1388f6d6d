#include "geo/TileMath.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace TileMath {

int tilesPerSide(int z)
{
    return 1 << std::clamp(z, 0, kMaxZoom);
}

QPoint tileAt(QPointF world, int z)
{
    const int n = tilesPerSide(z);
    return QPoint(std::clamp(int(std::floor(world.x() * n)), 0, n - 1),
                  std::clamp(int(std::floor(world.y() * n)), 0, n - 1));
}

QPoint tileAt(double lat, double lon, int z)
{
    return tileAt(WebMercator::project(lat, lon), z);
}

QRectF tileWorldRect(int z, int x, int y)
{
    const double size = 1.0 / tilesPerSide(z);
    return QRectF(x * size, y * size, size, size);
}

GeoBox tileGeoBox(int z, int x, int y)
{
    const QRectF r = tileWorldRect(z, x, y);
    const QGeoCoordinate nw = WebMercator::unproject(r.topLeft());
    const QGeoCoordinate se = WebMercator::unproject(r.bottomRight());
    return GeoBox{nw.longitude(), se.latitude(), se.longitude(), nw.latitude()};
}

TileRange tilesCovering(const QRectF& world, int z)
{
    TileRange range;
    range.z = std::clamp(z, 0, kMaxZoom);
    const QRectF r = world.normalized().intersected(QRectF(0, 0, 1, 1));
    if (r.isEmpty()) return range;
    const int n = tilesPerSide(range.z);
    range.x0 = std::clamp(int(std::floor(r.left() * n)), 0, n - 1);
    range.y0 = std::clamp(int(std::floor(r.top() * n)), 0, n - 1);
    range.x1 = std::clamp(int(std::ceil(r.right() * n)) - 1, range.x0, n - 1);
    range.y1 = std::clamp(int(std::ceil(r.bottom() * n)) - 1, range.y0, n - 1);
    return range;
}

int tileZoomFor(double viewZoom, double pixelRatio, int maxZoom)
{
    const double z = viewZoom + std::log2(std::max(pixelRatio, 1e-3));
    return std::clamp(int(std::floor(z + 1e-9)), 0, std::min(maxZoom, kMaxZoom));
}

QString quadkey(int z, int x, int y)
{
    QString key;
    key.reserve(z);
    for (int i = z; i > 0; --i) {
        const int mask = 1 << (i - 1);
        key.append(QChar(u'0' + ((x & mask) ? 1 : 0) + ((y & mask) ? 2 : 0)));
    }
    return key;
}

} // namespace TileMath
