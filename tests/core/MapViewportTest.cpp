#include "render/MapViewport.h"

#include "TestCatch.h"
#include "geo/WebMercator.h"

TEST_CASE("MapViewport: screen and world convert both ways", "[map][viewport]")
{
    const MapViewport v(QSizeF(800, 600), WebMercator::project(33.3, 44.4), 7.3, 2.0);
    CHECK(v.worldSizePx() == Approx(256 * std::exp2(7.3) * 2.0));
    // The centre of the world rectangle is at the middle of the screen.
    const QPointF mid = v.toScreen(v.centre());
    CHECK(mid.x() == Approx(400));
    CHECK(mid.y() == Approx(300));
    for (QPointF s : {QPointF(0, 0), QPointF(799, 1), QPointF(123.5, 456.25)}) {
        const QPointF back = v.toScreen(v.toWorld(s));
        CHECK(back.x() == Approx(s.x()).margin(1e-6));
        CHECK(back.y() == Approx(s.y()).margin(1e-6));
    }
    const QRectF r = v.visibleWorldRect();
    CHECK(r.width() == Approx(800 / v.worldSizePx()));
    CHECK(r.height() == Approx(600 / v.worldSizePx()));
}

TEST_CASE("MapViewport: zooming about a point keeps that point under the cursor", "[map][viewport]")
{
    MapViewport v(QSizeF(800, 600), WebMercator::project(33.3, 44.4), 6);
    for (double delta : {1.7, -0.4, 3.0, -2.25}) {
        const QPointF cursor(123, 456);
        const QPointF before = v.toWorld(cursor);
        const double zoom = v.zoom();
        v.zoomAbout(cursor, delta);
        CHECK(v.zoom() == Approx(zoom + delta));
        const QPointF after = v.toWorld(cursor);
        CHECK(after.x() == Approx(before.x()).epsilon(1e-12));
        CHECK(after.y() == Approx(before.y()).epsilon(1e-12));
    }
    // Zoom is clamped to the supported range.
    v.zoomAbout(QPointF(400, 300), 100);
    CHECK(v.zoom() == MapViewport::kMaxZoom);
    v.zoomAbout(QPointF(400, 300), -100);
    CHECK(v.zoom() == MapViewport::kMinZoom);
}

TEST_CASE("MapViewport: panning moves the map with the pointer", "[map][viewport]")
{
    MapViewport v(QSizeF(800, 600), WebMercator::project(36.34, 43.13), 9);
    const QPointF mosul = WebMercator::project(36.34, 43.13);
    v.panByPixels(QPointF(50, -20));
    const QPointF s = v.toScreen(mosul);
    CHECK(s.x() == Approx(450));
    CHECK(s.y() == Approx(280));
}

TEST_CASE("MapViewport: fitting shows the whole box and fills one side", "[map][viewport]")
{
    const GeoBox iraq{38.8, 29.0, 48.6, 37.4};
    for (QSizeF size : {QSizeF(800, 600), QSizeF(300, 900), QSizeF(1920, 1080)}) {
        const MapViewport fit = MapViewport::fitting(iraq, size, 24);
        const QPointF nw = fit.geoToScreen(iraq.north, iraq.west);
        const QPointF se = fit.geoToScreen(iraq.south, iraq.east);
        INFO(size.width() << "x" << size.height());
        CHECK(nw.x() >= 24 - 1e-6);
        CHECK(nw.y() >= 24 - 1e-6);
        CHECK(se.x() <= size.width() - 24 + 1e-6);
        CHECK(se.y() <= size.height() - 24 + 1e-6);
        const bool fillsWidth = se.x() - nw.x() == Approx(size.width() - 48);
        const bool fillsHeight = se.y() - nw.y() == Approx(size.height() - 48);
        CHECK((fillsWidth || fillsHeight));
        // The box's centre is the view's centre.
        const QPointF mid = (nw + se) / 2;
        CHECK(mid.x() == Approx(size.width() / 2));
        CHECK(mid.y() == Approx(size.height() / 2));
    }
    // At a pixel ratio (a 300 dpi export) the same box fills the same share of the image.
    for (double ratio : {2.0, 3.125}) {
        const MapViewport fit = MapViewport::fitting(iraq, QSizeF(800, 600) * ratio, 24, ratio);
        const QPointF nw = fit.geoToScreen(iraq.north, iraq.west);
        const QPointF se = fit.geoToScreen(iraq.south, iraq.east);
        INFO(ratio);
        CHECK(nw.x() >= 24 * ratio - 1e-6);
        CHECK(se.x() <= 800 * ratio - 24 * ratio + 1e-6);
        CHECK(se.y() <= 600 * ratio - 24 * ratio + 1e-6);
        CHECK(((se.x() - nw.x()) == Approx((800 - 48) * ratio) ||
               (se.y() - nw.y()) == Approx((600 - 48) * ratio)));
    }
    // The visible geographic box contains the fitted one.
    const MapViewport fit = MapViewport::fitting(iraq, QSizeF(800, 600));
    const GeoBox shown = fit.visibleGeoBox();
    CHECK(shown.west <= iraq.west);
    CHECK(shown.east >= iraq.east);
    CHECK(shown.south <= iraq.south);
    CHECK(shown.north >= iraq.north);
}
