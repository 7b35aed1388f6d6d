#pragma once

#include <QGeoCoordinate>
#include <QPointF>

// EPSG:3857 in normalised world units: x and y in [0,1], (0,0) at 180°W / 85.0511°N.
// Multiply by 256·2^zoom for pixels at a zoom level (the XYZ tile convention).
namespace WebMercator {
constexpr double kMaxLatitude = 85.05112877980659;
constexpr double kEarthRadiusMetres = 6378137.0;

QPointF project(double lat, double lon); // latitude is clamped to ±kMaxLatitude
QPointF project(const QGeoCoordinate& c);
QGeoCoordinate unproject(const QPointF& world);
// Ground metres covered by one pixel at `lat` and `zoom` with 256-pixel tiles.
double metresPerPixel(double lat, double zoom);
} // namespace WebMercator
