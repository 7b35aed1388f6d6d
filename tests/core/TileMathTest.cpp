#include "geo/TileMath.h"

#include "TestCatch.h"
#include "geo/WebMercator.h"

TEST_CASE("TileMath: the tile containing a place", "[map][tiles]")
{
    // Worked by hand: Baghdad (33.315N 44.366E) lies in tile 10/638/411, Mosul in 10/634/400.
    CHECK(TileMath::tileAt(33.315, 44.366, 10) == QPoint(638, 411));
    CHECK(TileMath::tileAt(36.34, 43.13, 10) == QPoint(634, 400));
    CHECK(TileMath::tileAt(0.0, 0.0, 0) == QPoint(0, 0));
    CHECK(TileMath::tileAt(0.0, 0.0, 1) == QPoint(1, 1)); // the south-east quarter's corner
    // Clamped at the world's edges.
    CHECK(TileMath::tileAt(QPointF(1.0, 1.0), 3) == QPoint(7, 7));
    CHECK(TileMath::tileAt(QPointF(-0.2, 1.5), 3) == QPoint(0, 7));
}

TEST_CASE("TileMath: tile bounds", "[map][tiles]")
{
    const QRectF r = TileMath::tileWorldRect(10, 638, 411);
    CHECK(r.left() == Approx(638.0 / 1024));
    CHECK(r.width() == Approx(1.0 / 1024));
    CHECK(r.contains(WebMercator::project(33.315, 44.366)));
    const GeoBox b = TileMath::tileGeoBox(10, 638, 411);
    CHECK(b.west < 44.366);
    CHECK(b.east > 44.366);
    CHECK(b.south < 33.315);
    CHECK(b.north > 33.315);
    CHECK(b.east - b.west == Approx(360.0 / 1024));
    const GeoBox world = TileMath::tileGeoBox(0, 0, 0);
    CHECK(world.west == Approx(-180));
    CHECK(world.east == Approx(180));
    CHECK(world.north == Approx(WebMercator::kMaxLatitude));
}

TEST_CASE("TileMath: the tiles covering a view", "[map][tiles]")
{
    // A view ending exactly on a tile edge does not need the next tile.
    const TileMath::TileRange exact = TileMath::tilesCovering(QRectF(0.25, 0.5, 0.25, 0.25), 2);
    CHECK(exact.x0 == 1);
    CHECK(exact.x1 == 1);
    CHECK(exact.y0 == 2);
    CHECK(exact.y1 == 2);
    CHECK(exact.count() == 1);
    // One a hair wider does.
    const TileMath::TileRange wider = TileMath::tilesCovering(QRectF(0.25, 0.5, 0.2501, 0.25), 2);
    CHECK(wider.count() == 2);
    // Clipped to the world; outside it, nothing.
    const TileMath::TileRange all = TileMath::tilesCovering(QRectF(-1, -1, 3, 3), 3);
    CHECK(all.count() == 64);
    CHECK(TileMath::tilesCovering(QRectF(1.5, 0, 1, 1), 3).isEmpty());
    // A 1920x1080 view at zoom 10 starting at tile 635.19/411.75 spans 7.5x4.2 tiles: 8x5.
    const QRectF view(0.6203, 0.4021, 1920.0 / 256 / 1024, 1080.0 / 256 / 1024);
    const TileMath::TileRange r = TileMath::tilesCovering(view, 10);
    CHECK(r.x0 == 635);
    CHECK(r.x1 == 642);
    CHECK(r.y0 == 411);
    CHECK(r.y1 == 415);
    for (int x = r.x0; x <= r.x1; ++x)
        for (int y = r.y0; y <= r.y1; ++y)
            CHECK(TileMath::tileWorldRect(10, x, y).intersects(view));
}

TEST_CASE("TileMath: tile zoom and quadkeys", "[map][tiles]")
{
    CHECK(TileMath::tileZoomFor(6.0) == 6);
    CHECK(TileMath::tileZoomFor(6.99) == 6);
    CHECK(TileMath::tileZoomFor(6.5, 2.0) == 7); // a high-DPI screen takes the next zoom
    CHECK(TileMath::tileZoomFor(21, 1.0, 19) == 19);
    CHECK(TileMath::tileZoomFor(-1) == 0);
    CHECK(TileMath::quadkey(3, 3, 5) == QStringLiteral("213")); // Bing Maps' documented example
    CHECK(TileMath::quadkey(0, 0, 0).isEmpty());
    CHECK(TileMath::quadkey(1, 1, 1) == QStringLiteral("3"));
}
