#include "render/MapPainter.h"

#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapLayer.h"
#include "render/MapViewport.h"
#include "render/ScaleBar.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace {
// Records the order of calls and claims a label rectangle at a fixed place.
class RecordingLayer : public MapLayer {
  public:
    RecordingLayer(QString name, QStringList* log, QString attribution = {})
        : name_(std::move(name)), log_(log), attribution_(std::move(attribution))
    {
    }
    void paint(QPainter&, const MapViewport&) override
    {
        *log_ << QStringLiteral("paint ") + name_;
    }
    void paintLabels(QPainter&, const MapViewport&, LabelPlacer& placer) override
    {
        const bool placed = placer.tryReserve(QRectF(100, 100, 50, 10));
        *log_ << QStringLiteral("labels ") + name_ +
                     (placed ? QString() : QStringLiteral(" refused"));
    }
    QString attribution() const override { return attribution_; }

  private:
    QString name_;
    QStringList* log_;
    QString attribution_;
};

bool blank(const QImage& image, const QRect& area)
{
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255)) return false;
    return true;
}
} // namespace

TEST_CASE("ScaleBar: a round length, true at the view's latitude", "[map][scalebar]")
{
    for (double lat : {0.0, 33.3, 60.0})
        for (double zoom : {3.0, 8.0, 12.5, 17.0})
            for (double ratio : {1.0, 2.0}) {
                const MapViewport v(QSizeF(800, 600), WebMercator::project(lat, 44.4), zoom, ratio);
                const ScaleBar bar = ScaleBar::fitting(v, 120 * ratio);
                INFO("lat " << lat << " zoom " << zoom << " ratio " << ratio);
                CHECK(bar.pixels <= 120 * ratio + 1e-9);
                CHECK(bar.pixels >= 120 * ratio * 0.4); // 1-2-5 steps never waste more
                const double mantissa =
                    bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
                CHECK((mantissa == Approx(1) || mantissa == Approx(2) || mantissa == Approx(5)));
                // The bar's pixels times the ground resolution at the centre is its length.
                CHECK(bar.pixels * WebMercator::metresPerPixel(lat, zoom) / ratio ==
                      Approx(bar.metres));
            }
    const ScaleBar city = ScaleBar::fitting(
        MapViewport(QSizeF(800, 600), WebMercator::project(36.34, 43.13), 14), 120);
    CHECK(city.label.endsWith(QStringLiteral(" m")));
    const ScaleBar world =
        ScaleBar::fitting(MapViewport(QSizeF(800, 600), QPointF(0.5, 0.5), 2), 120);
    CHECK(world.label.endsWith(QStringLiteral(" km")));
    CHECK(world.label == QStringLiteral("%1 km").arg(world.metres / 1000));
}

TEST_CASE("MapPainter: geometry bottom to top, labels top to bottom", "[map][painter]")
{
    QStringList log;
    RecordingLayer basemap(QStringLiteral("basemap"), &log), events(QStringLiteral("events"), &log);
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    MapPainter::paint(p, MapViewport(QSizeF(400, 300), QPointF(0.5, 0.5), 3), {&basemap, &events},
                      MapDecorations{false, false, {}});
    // The upper layer claims the label spot first; the basemap's label gives way.
    CHECK(log == QStringList{QStringLiteral("paint basemap"), QStringLiteral("paint events"),
                             QStringLiteral("labels events"),
                             QStringLiteral("labels basemap refused")});
}

TEST_CASE("MapPainter: scale bar, attribution and legend in their corners", "[map][painter]")
{
    QStringList log;
    RecordingLayer a(QStringLiteral("a"), &log, QStringLiteral("Natural Earth"));
    RecordingLayer b(QStringLiteral("b"), &log, QStringLiteral("© OpenStreetMap contributors"));
    const MapViewport v(QSizeF(600, 400), WebMercator::project(33, 44), 6);
    auto render = [&](const MapDecorations& d) {
        QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        MapPainter::paint(p, v, {&a, &b}, d);
        return image;
    };
    const QRect bottomLeft(0, 360, 150, 40), bottomRight(450, 380, 150, 20), topLeft(0, 0, 120, 60);
    const QImage none = render(MapDecorations{false, false, {}});
    CHECK(blank(none, bottomLeft));
    CHECK(blank(none, bottomRight));
    const QImage all = render(MapDecorations{true,
                                             true,
                                             {Category{0, QStringLiteral("Battle"), Qt::red},
                                              Category{1, QStringLiteral("Explosion"), Qt::blue}}});
    CHECK_FALSE(blank(all, bottomLeft));
    CHECK_FALSE(blank(all, bottomRight));
    CHECK_FALSE(blank(all, topLeft));
}

TEST_CASE("MapPainter: the same painter writes SVG, with data text as plain text", "[map][painter]")
{
    QStringList log;
    RecordingLayer a(QStringLiteral("a"), &log, QStringLiteral("<b>Tiles</b> & Co"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(600, 400));
    QPainter p(&svg);
    MapPainter::paint(p, MapViewport(QSizeF(600, 400), QPointF(0.5, 0.5), 3), {&a});
    p.end();
    const QByteArray out = buffer.data();
    CHECK(out.contains("&lt;b&gt;Tiles&lt;/b&gt; &amp; Co")); // escaped, not markup
    CHECK(out.contains(" km"));                               // the scale bar's label
}

TEST_CASE("MapPainter: labels keep clear of the legend, scale bar and attribution",
          "[map][painter][labels]")
{
    // A label spot in a corner, where a decoration goes.
    class CornerLabel : public MapLayer {
      public:
        void paint(QPainter&, const MapViewport&) override {}
        void paintLabels(QPainter&, const MapViewport&, LabelPlacer& placer) override
        {
            placed = placer.tryReserve(spot);
        }
        QString attribution() const override { return QStringLiteral("Natural Earth"); }
        QRectF spot;
        bool placed = false;
    } layer;
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    const MapViewport v(QSizeF(400, 300), QPointF(0.5, 0.5), 3);
    const std::vector<Category> legend{Category{0, QStringLiteral("Battle"), Qt::red}};
    for (const QRectF& spot :
         {QRectF(14, 14, 30, 10), QRectF(14, 280, 30, 10), QRectF(370, 290, 20, 6)}) {
        INFO("spot " << spot.x() << "," << spot.y());
        layer.spot = spot;
        MapPainter::paint(p, v, {&layer}, MapDecorations{false, false, {}});
        CHECK(layer.placed);
        MapPainter::paint(p, v, {&layer}, MapDecorations{true, true, legend});
        CHECK_FALSE(layer.placed);
    }
}
