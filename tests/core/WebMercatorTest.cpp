#include "geo/WebMercator.h"

#include "TestCatch.h"

#include <cmath>
#include <numbers>

namespace {
// The slippy-map formulas written out independently of WebMercator.cpp: pixel coordinates of
// a position at an integer zoom with 256-pixel tiles.
double pixelX(double lon, int zoom)
{
    return (lon + 180.0) / 360.0 * 256.0 * std::pow(2.0, zoom);
}
double pixelY(double lat, int zoom)
{
    const double rad = lat * std::numbers::pi / 180.0;
    return (1.0 - std::asinh(std::tan(rad)) / std::numbers::pi) / 2.0 * 256.0 * std::pow(2.0, zoom);
}
} // namespace

TEST_CASE("Web Mercator: projection round trips", "[map][projection]")
{
    for (double lat : {-85.0, -80.0, -33.9, 0.0, 33.315, 36.34, 60.0, 84.9})
        for (double lon : {-180.0, -179.0, -77.0, 0.0, 43.13, 44.366, 179.0, 180.0}) {
            const QGeoCoordinate c = WebMercator::unproject(WebMercator::project(lat, lon));
            INFO(lat << ", " << lon);
            CHECK(c.latitude() == Approx(lat).margin(1e-9));
            CHECK(c.longitude() == Approx(lon).margin(1e-9));
        }
    // Beyond the square world, latitudes clamp to its edge.
    CHECK(WebMercator::project(89.9, 0).y() == Approx(0.0).margin(1e-12));
    CHECK(WebMercator::project(-89.9, 0).y() == Approx(1.0).margin(1e-12));
    CHECK(WebMercator::project(0, 0) == QPointF(0.5, 0.5));
}

TEST_CASE("Web Mercator: Mosul and Baghdad at zoom 10", "[map][projection]")
{
    const struct {
        const char* name;
        double lat, lon;
        int tileX, tileY; // the XYZ tile at z=10, worked out by hand from the formula
    } places[] = {{"Mosul", 36.34, 43.13, 634, 400}, {"Baghdad", 33.315, 44.366, 638, 411}};
    for (const auto& p : places) {
        INFO(p.name);
        const QPointF px = WebMercator::project(p.lat, p.lon) * (256.0 * 1024.0);
        CHECK(px.x() == Approx(pixelX(p.lon, 10)).epsilon(1e-12));
        CHECK(px.y() == Approx(pixelY(p.lat, 10)).epsilon(1e-12));
        CHECK(int(px.x() / 256) == p.tileX);
        CHECK(int(px.y() / 256) == p.tileY);
        const QGeoCoordinate back = WebMercator::unproject(px / (256.0 * 1024.0));
        CHECK(back.latitude() == Approx(p.lat).margin(1e-9));
        CHECK(back.longitude() == Approx(p.lon).margin(1e-9));
    }
    // Literal values (computed with Python's math module): Baghdad's pixel at zoom 10.
    const QPointF baghdad = WebMercator::project(33.315, 44.366) * (256.0 * 1024.0);
    CHECK(baghdad.x() == Approx(163378.3353).margin(1e-3));
    CHECK(baghdad.y() == Approx(105317.5322).margin(1e-3));
}

TEST_CASE("Web Mercator: ground resolution", "[map][projection]")
{
    // 156543.03 m per pixel at the equator at zoom 0 (the EPSG:3857 constant).
    CHECK(WebMercator::metresPerPixel(0, 0) == Approx(156543.03392804097).epsilon(1e-12));
    CHECK(WebMercator::metresPerPixel(0, 10) == Approx(156543.03392804097 / 1024).epsilon(1e-12));
    // Shrinks with cos(latitude): at Mosul about 80.5 % of the equator's.
    CHECK(WebMercator::metresPerPixel(36.34, 12) / WebMercator::metresPerPixel(0, 12) ==
          Approx(std::cos(36.34 * std::numbers::pi / 180)).epsilon(1e-12));
}
