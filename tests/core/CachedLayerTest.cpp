#include "render/CachedLayer.h"

#include "ImageCompare.h"
#include "TestCatch.h"
#include "basemap/BasemapLayer.h"
#include "geo/WebMercator.h"
#include "render/MapViewport.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace {

// Counts its paints, so that the test sees when the cache answers instead.
class CountingLayer final : public MapLayer {
  public:
    explicit CountingLayer(MapLayer& inner) : inner_(inner) {}
    void paint(QPainter& p, const MapViewport& v) override
    {
        ++paints;
        inner_.paint(p, v);
    }
    int paints = 0;

  private:
    MapLayer& inner_;
};

QImage render(MapLayer& layer, const MapViewport& view)
{
    QImage image(view.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    layer.paint(p, view);
    return image;
}

} // namespace

TEST_CASE("CachedLayer: the same picture as the layer, drawn once while the view stays",
          "[map][cache]")
{
    BasemapLayer basemap;
    CountingLayer counting(basemap);
    CachedLayer cached(counting);
    const MapViewport iraq(QSizeF(480, 320), WebMercator::project(34.5, 43.5), 5.5);

    const QImage direct = render(basemap, iraq);
    CHECK(render(cached, iraq) == direct);
    CHECK(render(cached, iraq) == direct);
    CHECK(counting.paints == 1);

    MapViewport panned = iraq;
    panned.setCentre(WebMercator::project(33.3, 44.4));
    CHECK(render(cached, panned) == render(basemap, panned));
    CHECK(counting.paints == 2);
    MapViewport zoomed = panned;
    zoomed.setZoom(7);
    CHECK(render(cached, zoomed) == render(basemap, zoomed));
    CHECK(counting.paints == 3);
    cached.invalidate();
    render(cached, zoomed);
    CHECK(counting.paints == 4);
}

TEST_CASE("CachedLayer: vector output gets the layer itself, not a picture", "[map][cache]")
{
    BasemapLayer basemap;
    CountingLayer counting(basemap);
    CachedLayer cached(counting);
    const MapViewport iraq(QSizeF(480, 320), WebMercator::project(34.5, 43.5), 5.5);
    for (int round = 0; round < 2; ++round) {
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(480, 320));
        {
            QPainter p(&generator);
            cached.paint(p, iraq);
        }
        CHECK(svg.data().contains("<path"));
        CHECK_FALSE(svg.data().contains("<image"));
    }
    CHECK(counting.paints == 2);
}

namespace {
// A layer that covers the view or only part of it, translucent: the cache copies the first
// and blends the second, the same pixels as the layer drawn directly either way.
class PatchLayer final : public MapLayer {
  public:
    void paint(QPainter& p, const MapViewport& v) override
    {
        if (covers) p.fillRect(QRectF(QPointF(0, 0), v.size()), QColor(170, 200, 230));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(200, 40, 40, 120));
        p.drawEllipse(v.toScreen(v.centre()), 50.5, 30.25);
    }
    bool covers = true;
};
} // namespace

TEST_CASE("CachedLayer: opaque and translucent layers, the same pixels as drawn directly",
          "[map][cache]")
{
    PatchLayer patch;
    CachedLayer cached(patch);
    const MapViewport view(QSizeF(300, 200), WebMercator::project(34.5, 43.5), 5.5);
    for (const bool covers : {true, false, true}) {
        INFO("covers the view: " << covers);
        patch.covers = covers;
        cached.invalidate();
        const QImage direct = render(patch, view);
        for (int round = 0; round < 2; ++round) { // drawn, then from the cache
            const QImage fast = render(cached, view);
            if (covers) {
                CHECK(fast == direct);
            } else {
                // Blended twice (onto clear, then onto the map) rather than once: rounding.
                const ImageDifference d = compareImages(fast, direct, 2);
                CHECK(d.differing == 0);
            }
        }
    }
    // A translucent layer after an opaque one of the same size: redrawn on a clear image.
    patch.covers = true;
    MapViewport moved = view;
    (void)render(cached, moved);
    patch.covers = false;
    moved.setCentre(WebMercator::project(33.3, 44.4));
    CHECK(compareImages(render(cached, moved), render(patch, moved), 2).differing == 0);
}
