#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace WebMercator {

QPointF project(double lat, double lon)
{
    const double phi = std::clamp(lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    return {(lon + 180.0) / 360.0,
            (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / std::numbers::pi) / 2.0};
}

QPointF project(const QGeoCoordinate& c)
{
    return project(c.latitude(), c.longitude());
}

QGeoCoordinate unproject(const QPointF& world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * world.y());
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return QGeoCoordinate(lat, lon);
}

double metresPerPixel(double lat, double zoom)
{
    const double circumference = 2 * std::numbers::pi * kEarthRadiusMetres;
    return circumference * std::cos(lat * std::numbers::pi / 180.0) / (256.0 * std::exp2(zoom));
}

} // namespace WebMercator
