#include "render/EventLayer.h"

#include "EventTestData.h"
#include "TestCatch.h"
#include "model/GeoPrecision.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <algorithm>

namespace {
QImage paintLayer(EventLayer& layer, const MapViewport& v)
{
    QImage image(v.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    layer.paint(p, v);
    return image;
}

EventColumns singleEvent(double lat, double lon, GeoPrecision geo)
{
    EventColumns c = mapTestColumns(1);
    const QPointF p = WebMercator::project(lat, lon);
    c.x[0] = p.x();
    c.y[0] = p.y();
    c.geoPrecision[0] = std::uint8_t(geo);
    return c;
}
} // namespace

TEST_CASE("EventLayer: a click on a symbol returns its event", "[map][hit]")
{
    const EventColumns cols = mapTestColumns(3);
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setColours({Qt::red, Qt::green, Qt::blue});
    const MapViewport v(QSizeF(800, 600), QPointF(cols.x[1], cols.y[1]), 12);
    paintLayer(layer, v);
    const auto onIt = layer.hitTest(QPointF(402, 301));
    REQUIRE(onIt.has_value());
    CHECK(onIt->event == 1);
    CHECK(onIt->count == 1);
    CHECK_FALSE(layer.hitTest(QPointF(400, 400)).has_value()); // 100 px away: nothing
    // A hidden event is neither drawn nor hit.
    std::vector<std::uint8_t> visible{255, 0, 255};
    layer.setVisibility(&visible);
    const QImage image = paintLayer(layer, v);
    CHECK_FALSE(layer.hitTest(QPointF(400, 300)).has_value());
    CHECK(image.pixel(400, 300) == qRgb(255, 255, 255));
}

TEST_CASE("EventLayer: dense events cluster, and a cluster's hit has its extent",
          "[map][hit][cluster]")
{
    const EventColumns cols = mapTestColumns(20000);
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setColours({Qt::red, Qt::green, Qt::blue});
    const MapViewport v(QSizeF(800, 600), WebMercator::project(35, 44), 6);
    paintLayer(layer, v);
    CHECK(layer.lastDrawnCount() > EventLayer::kIndividualLimit);
    const QPointF mosul = v.toScreen(WebMercator::project(36.34, 43.13));
    // Search near Mosul for the cluster symbol.
    std::optional<EventLayer::Hit> hit;
    for (int dx = -30; dx <= 30 && !hit; dx += 3)
        for (int dy = -30; dy <= 30 && !hit; dy += 3)
            if (auto h = layer.hitTest(mosul + QPointF(dx, dy)); h && h->event < 0) hit = h;
    REQUIRE(hit.has_value());
    CHECK(hit->count > 100);
    // Zooming to the cluster's extent shows all of its events.
    const QRectF bounds(v.toScreen(hit->worldBounds.topLeft()),
                        v.toScreen(hit->worldBounds.bottomRight()));
    CHECK(layer.rowsIn(bounds.adjusted(-0.01, -0.01, 0.01, 0.01), v).size() >=
          std::size_t(hit->count));
}

TEST_CASE("EventLayer: the rubber band returns exactly the events inside it", "[map][hit]")
{
    const EventColumns cols = mapTestColumns(20000);
    std::vector<std::uint8_t> visible(cols.size(), 200);
    for (std::size_t i = 0; i < visible.size(); i += 4)
        visible[i] = 0; // a filter hides a quarter
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setVisibility(&visible);
    for (double zoom : {4.0, 7.0, 10.0}) {
        const MapViewport v(QSizeF(800, 600), WebMercator::project(36.2, 43.3), zoom);
        const QRectF band = QRectF(QPointF(620, 410), QPointF(130, 95)); // dragged up-left
        const std::vector<int> rows = layer.rowsIn(band, v);
        std::vector<int> expected;
        const QRectF world(v.toWorld(band.normalized().topLeft()),
                           v.toWorld(band.normalized().bottomRight()));
        for (std::size_t i = 0; i < cols.size(); ++i)
            if (visible[i] && cols.x[i] >= world.left() && cols.x[i] < world.right() &&
                cols.y[i] >= world.top() && cols.y[i] < world.bottom())
                expected.push_back(int(i));
        INFO("zoom " << zoom);
        CHECK(rows == expected);
        CHECK(!expected.empty());
    }
}

TEST_CASE("EventLayer: an imprecise position is a halo of its true radius", "[map][uncertainty]")
{
    const double lat = 36.34, lon = 43.13;
    // At zoom 9 near Mosul a pixel is about 248 m: "near" (15 km) is a halo of ~60 px.
    const MapViewport v(QSizeF(400, 400), WebMercator::project(lat, lon), 9);
    const double radiusPx =
        uncertaintyRadiusMetres(GeoPrecision::Near) / WebMercator::metresPerPixel(lat, v.zoom());
    REQUIRE(radiusPx > 50);
    REQUIRE(radiusPx < 70);
    auto render = [&](GeoPrecision geo) {
        const EventColumns cols = singleEvent(lat, lon, geo);
        EventLayer layer;
        layer.setColumns(&cols);
        layer.setColours({QColor(200, 0, 0)});
        return paintLayer(layer, v);
    };
    const QImage near = render(GeoPrecision::Near);
    const QImage exact = render(GeoPrecision::Exact);
    const QRgb white = qRgb(255, 255, 255);
    // Inside the radius but well outside the symbol: tinted for "near", blank for "exact".
    CHECK(near.pixel(200 + int(radiusPx * 0.5), 200) != white);
    CHECK(qRed(near.pixel(200 + int(radiusPx * 0.5), 200)) >
          qGreen(near.pixel(200 + int(radiusPx * 0.5), 200)));
    CHECK(exact.pixel(200 + int(radiusPx * 0.5), 200) == white);
    // Beyond the radius: blank.
    CHECK(near.pixel(200 + int(radiusPx * 1.1), 200) == white);
    // The symbol itself is at the centre either way.
    CHECK(near.pixel(200, 200) != white);
    CHECK(exact.pixel(200, 200) != white);
}

TEST_CASE("EventLayer: symbols claim their space before place labels", "[map][labels]")
{
    const EventColumns cols = mapTestColumns(3);
    EventLayer layer;
    layer.setColumns(&cols);
    const MapViewport v(QSizeF(800, 600), QPointF(cols.x[0], cols.y[0]), 12);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    layer.paint(p, v);
    LabelPlacer placer(QSizeF(800, 600));
    layer.paintLabels(p, v, placer);
    CHECK_FALSE(placer.tryReserve(QRectF(395, 295, 40, 12))); // a label over the symbol
    CHECK(placer.tryReserve(QRectF(500, 100, 40, 12)));       // one elsewhere
}

TEST_CASE("EventLayer: vector devices get shapes, with the same hits", "[map][hit]")
{
    const EventColumns cols = mapTestColumns(3);
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setSelection({1});
    const MapViewport v(QSizeF(800, 600), QPointF(cols.x[1], cols.y[1]), 12);
    QPicture picture;
    QPainter p(&picture);
    layer.paint(p, v);
    p.end();
    CHECK(picture.size() > 0);
    CHECK(picture.boundingRect().contains(QPoint(400, 300)));
    const auto hit = layer.hitTest(QPointF(400, 300));
    REQUIRE(hit.has_value());
    CHECK(hit->event == 1);
}

TEST_CASE("EventLayer: columns reloaded in place are re-indexed", "[map][index]")
{
    EventColumns cols = mapTestColumns(500);
    EventLayer layer;
    layer.setColumns(&cols);
    cols = mapTestColumns(900, 3);
    const MapViewport v(QSizeF(800, 600), WebMercator::project(35, 44), 5);
    paintLayer(layer, v);
    CHECK(layer.index().size() == 900);
    CHECK(layer.rowsIn(QRectF(0, 0, 800, 600), v).size() == std::size_t(layer.lastDrawnCount()));
}

TEST_CASE("EventLayer: the window's cluster pyramid is built by the first frame without a mask",
          "[map][index]")
{
    // The window always draws through a mask (its time window): it never needs the pyramid,
    // which at ten million events is some 100 MB.
    const EventColumns cols = mapTestColumns(5000);
    EventLayer now;
    now.setColumns(&cols); // as an export of the whole range: at once
    CHECK(now.index().hasPyramid());
    EventLayer layer;
    layer.setColumns(&cols, EventClusterIndex::Pyramid::Later); // as the window
    REQUIRE(layer.index().size() == 5000);
    CHECK_FALSE(layer.index().hasPyramid());
    CHECK(layer.index().deepestLevel() == -1);

    const MapViewport v(QSizeF(800, 600), WebMercator::project(35, 44), 3);
    const std::vector<std::uint8_t> all(cols.size(), 1);
    layer.setVisibility(&all);
    paintLayer(layer, v);
    const int masked = layer.lastDrawnCount();
    CHECK_FALSE(layer.index().hasPyramid());

    layer.setVisibility(nullptr);
    paintLayer(layer, v);
    CHECK(layer.index().hasPyramid());
    CHECK(layer.index().deepestLevel() >= 0);
    CHECK(layer.lastDrawnCount() == masked); // the same events, counted by the pyramid or not
}
