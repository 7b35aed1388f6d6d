#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "render/EventLayer.h"
#include "render/LabelPlacer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QPainter>
#include <cmath>
#include <random>

TEST_CASE("Web Mercator round trips and known points", "[map]")
{
    for (double lat : {-80.0, -33.9, 0.0, 33.315, 36.34, 84.0})
        for (double lon : {-179.0, -77.0, 0.0, 43.13, 44.366, 179.0}) {
            const QGeoCoordinate c = WebMercator::unproject(WebMercator::project(lat, lon));
            CHECK(c.latitude() == Approx(lat).margin(1e-9));
            CHECK(c.longitude() == Approx(lon).margin(1e-9));
        }
    // Baghdad lies in XYZ tile z=10 x=638 y=411 (worked by hand from the slippy-map formula).
    const QPointF baghdad = WebMercator::project(33.315, 44.366) * 1024.0;
    CHECK(int(baghdad.x()) == 638);
    CHECK(int(baghdad.y()) == 411);
    const QPointF mosul = WebMercator::project(36.34, 43.13) * 1024.0;
    CHECK(int(mosul.x()) == 634);
    CHECK(int(mosul.y()) == 400);
    CHECK(WebMercator::project(0, 0) == QPointF(0.5, 0.5));
    CHECK(WebMercator::metresPerPixel(0, 0) == Approx(156543.03).epsilon(1e-6));
}

TEST_CASE("Zooming about a point keeps that point under the cursor", "[map]")
{
    MapViewport v(QSizeF(800, 600), WebMercator::project(33.3, 44.4), 6);
    const QPointF cursor(123, 456);
    const QPointF before = v.toWorld(cursor);
    v.zoomAbout(cursor, 1.7);
    CHECK(v.zoom() == Approx(7.7));
    const QPointF after = v.toWorld(cursor);
    CHECK(after.x() == Approx(before.x()).epsilon(1e-12));
    CHECK(after.y() == Approx(before.y()).epsilon(1e-12));

    const MapViewport fit = MapViewport::fitting(GeoBox{38.8, 29.0, 48.6, 37.4}, QSizeF(800, 600));
    const QPointF nw = fit.geoToScreen(37.4, 38.8), se = fit.geoToScreen(29.0, 48.6);
    CHECK(nw.x() >= 0);
    CHECK(se.x() <= 800);
    CHECK(nw.y() >= 0);
    CHECK(se.y() <= 600);
    CHECK((se.x() - nw.x() > 700 || se.y() - nw.y() > 500)); // it fills one dimension
}

TEST_CASE("Labels never overlap", "[map]")
{
    LabelPlacer placer(QSizeF(500, 500));
    CHECK(placer.tryReserve(QRectF(10, 10, 100, 20)));
    CHECK_FALSE(placer.tryReserve(QRectF(100, 25, 50, 20)));
    CHECK(placer.tryReserve(QRectF(111, 10, 100, 20)));
    placer.reserve(QRectF(300, 300, 10, 10)); // an event symbol
    CHECK_FALSE(placer.tryReserve(QRectF(290, 295, 30, 12)));
}

TEST_CASE("The scale bar is a round length", "[map]")
{
    const MapViewport v(QSizeF(800, 600), WebMercator::project(33.3, 44.4), 8);
    const auto [metres, px] = MapPainter::scaleBarLength(v, 120);
    CHECK(px <= 120);
    CHECK(px > 40);
    const double mantissa = metres / std::pow(10.0, std::floor(std::log10(metres)));
    CHECK((mantissa == Approx(1) || mantissa == Approx(2) || mantissa == Approx(5)));
}

namespace {
EventColumns syntheticColumns(std::size_t n)
{
    EventColumns c;
    std::mt19937 rng(42);
    std::normal_distribution<double> jitter(0, 0.6);
    const QPointF centres[] = {WebMercator::project(36.34, 43.13), WebMercator::project(33.315, 44.366)};
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF base = centres[i % 2];
        const QPointF p = WebMercator::project(WebMercator::unproject(base).latitude() + jitter(rng),
                                               WebMercator::unproject(base).longitude() + jitter(rng));
        c.id.push_back(qint64(i + 1));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        c.lo.push_back(0);
        c.hi.push_back(1);
        c.category.push_back(std::uint16_t(i % 3));
        c.precision.push_back(3);
        c.geoPrecision.push_back(1);
        c.approximate.push_back(0);
    }
    return c;
}
} // namespace

TEST_CASE("Clusters account for every event in view, and hit testing finds symbols", "[map]")
{
    const EventColumns cols = syntheticColumns(20000);
    std::vector<std::uint8_t> visible(cols.size(), 255);
    for (std::size_t i = 0; i < visible.size(); i += 4) visible[i] = 0; // a filter hides 1/4
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setColours({Qt::red, Qt::green, Qt::blue});
    layer.setVisibility(&visible);
    for (double zoom : {4.0, 6.0, 8.0}) {
        const MapViewport v(QSizeF(800, 600), WebMercator::project(35, 44), zoom);
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        layer.paint(p, v);
        std::size_t inView = 0;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const QPointF s = v.toScreen(QPointF(cols.x[i], cols.y[i]));
            if (visible[i] && s.x() >= 0 && s.y() >= 0 && s.x() < 800 && s.y() < 600) ++inView;
        }
        INFO("zoom " << zoom);
        CHECK(std::size_t(layer.lastDrawnCount()) == inView);
        // The rubber band over the whole view selects exactly the events in view.
        CHECK(layer.rowsIn(QRectF(0, 0, 799.999, 599.999), v).size() == inView);
    }

    // Zoomed in far enough, every event is drawn on its own and a click finds it.
    EventColumns few = syntheticColumns(3);
    layer.setColumns(&few);
    layer.setVisibility(nullptr);
    const MapViewport v(QSizeF(800, 600), QPointF(few.x[1], few.y[1]), 12);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    layer.paint(p, v);
    const auto hit = layer.hitTest(QPointF(400, 400)); // 100 px from the centred event
    CHECK_FALSE(hit.has_value());
    const auto onIt = layer.hitTest(QPointF(402, 301));
    REQUIRE(onIt.has_value());
    CHECK(onIt->event == 1);
}
