#include "render/CachedLayer.h"

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
