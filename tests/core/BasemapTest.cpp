// The embedded basemap's data and levels: countries at three levels with 1:10m only in the
// Middle East, an antimeridian that never becomes a line across the map, the Tigris and the
// Euphrates, populated places ranked by population, and their labels' collision rules.
#include "TestCatch.h"
#include "basemap/BasemapLayer.h"
#include "basemap/BasemapReader.h"
#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTemporaryDir>
#include <cmath>

namespace {

const QPointF kMosul = WebMercator::project(36.34, 43.13);
const QPointF kBaghdad = WebMercator::project(33.34, 44.40);

// The longest edge of any subpath, in world units (the map is 1 wide).
double longestEdge(const QPainterPath& path)
{
    double longest = 0;
    for (int i = 1; i < path.elementCount(); ++i) {
        const QPainterPath::Element a = path.elementAt(i - 1), b = path.elementAt(i);
        if (b.isMoveTo()) continue;
        longest = std::max(longest, std::abs(b.x - a.x));
    }
    return longest;
}

double distanceToLine(const QPolygonF& line, QPointF p)
{
    double best = 1e9;
    for (int i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], d = line[i] - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t =
            len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * d - p;
        best = std::min(best, std::hypot(q.x(), q.y()));
    }
    return best;
}

const BasemapLayer::Country* find(const BasemapLayer::Band& band, const QString& name)
{
    for (const auto& c : band.countries)
        if (c.name == name) return &c;
    return nullptr;
}

const PopulatedPlaces::Place* findPlace(const PopulatedPlaces& places, const QString& name)
{
    for (const auto& p : places.places())
        if (p.name == name) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Basemap: 1:110m at world zoom, 1:50m above, 1:10m only in the Middle East",
          "[map][basemap]")
{
    const BasemapLayer basemap;
    REQUIRE(basemap.bands().size() == 3);
    const BasemapLayer::Band& coarse = basemap.bandFor(1.5);
    const BasemapLayer::Band& medium = basemap.bandFor(4);
    CHECK(coarse.minZoom == 0);
    CHECK(medium.minZoom == 3);
    CHECK(&basemap.bandFor(12) == &medium); // the base level; 1:10m is regional
    const QRectF iraq(WebMercator::project(37.5, 40.0), WebMercator::project(30.0, 48.0));
    const QRectF brazil(WebMercator::project(-5.0, -55.0), WebMercator::project(-20.0, -40.0));
    CHECK(basemap.detailFor(4.9, iraq).empty());
    CHECK(basemap.detailFor(12, brazil).empty());
    const auto detail = basemap.detailFor(5, iraq);
    REQUIRE(detail.size() == 1);
    CHECK(detail.front()->region.contains(kMosul));
    CHECK(detail.front()->region.contains(kBaghdad));
    CHECK_FALSE(detail.front()->region.contains(WebMercator::project(48.85, 2.35))); // Paris

    // Iraq gets finer level by level: more points for the same country.
    const auto* i110 = find(coarse, QStringLiteral("Iraq"));
    const auto* i50 = find(medium, QStringLiteral("Iraq"));
    const auto* i10 = find(*detail.front(), QStringLiteral("Iraq"));
    REQUIRE(i110);
    REQUIRE(i50);
    REQUIRE(i10);
    CHECK(i110->path.elementCount() < i50->path.elementCount());
    CHECK(i50->path.elementCount() * 3 < i10->path.elementCount());
    CHECK(i10->path.contains(kBaghdad));
    CHECK(i10->path.contains(kMosul));
    CHECK(i10->bounds.intersects(i50->bounds));
}

TEST_CASE("Basemap: no edge crosses the map, the antimeridian and the pole are closed properly",
          "[map][basemap]")
{
    const BasemapLayer basemap;
    for (const auto& band : basemap.bands())
        for (const auto& c : band.countries) {
            INFO(c.name.toStdString() << " at zoom " << band.minZoom);
            CHECK(longestEdge(c.path) < 0.5); // a ring unwrapped wrongly draws a line across
        }
    for (const auto& band : basemap.waterways.bands()) {
        for (const auto& lake : band.lakes)
            CHECK(longestEdge(lake.path) < 0.5);
        for (const auto& river : band.rivers) {
            QPainterPath path;
            path.addPolygon(river.line);
            CHECK(longestEdge(path) < 0.5);
        }
    }
    // Both halves of Antarctica and of Russia's far east are land at each world level.
    for (double zoom : {0.0, 3.0}) {
        const auto& band = basemap.bandFor(zoom);
        const auto* antarctica = find(band, QStringLiteral("Antarctica"));
        const auto* russia = find(band, QStringLiteral("Russia"));
        REQUIRE(antarctica);
        REQUIRE(russia);
        CHECK(antarctica->path.contains(WebMercator::project(-80, -100)));
        CHECK(antarctica->path.contains(WebMercator::project(-80, 100)));
        CHECK(russia->path.contains(WebMercator::project(62, 100)));
        CHECK_FALSE(russia->path.contains(WebMercator::project(62, -100))); // Canada
        // Chukotka, east of the antimeridian, drawn just right of the map's edge.
        CHECK(russia->path.contains(WebMercator::project(66, 185))); // 175°W
        CHECK(russia->bounds.right() < 1.05);
    }
}

TEST_CASE("Basemap: the Tigris and the Euphrates are on the map from zoom 2", "[map][basemap]")
{
    const BasemapLayer basemap;
    const QPointF raqqa = WebMercator::project(35.95, 39.01);
    const QPointF ramadi = WebMercator::project(33.42, 43.31);
    const double near = WebMercator::project(0, 0.25).x() - WebMercator::project(0, 0).x();
    REQUIRE(basemap.waterways.bands().size() == 2);
    for (double zoom : {2.0, 6.0}) {
        const Waterways::Band& band = basemap.waterways.bandFor(zoom);
        auto passes = [&](QPointF p) {
            for (const auto& river : band.rivers)
                if (distanceToLine(river.line, p) < near) return true;
            return false;
        };
        INFO("zoom " << zoom);
        CHECK(passes(kMosul));                                 // the Tigris
        CHECK(passes(kBaghdad));                               // the Tigris
        CHECK(passes(raqqa));                                  // the Euphrates
        CHECK(passes(ramadi));                                 // the Euphrates
        CHECK_FALSE(passes(WebMercator::project(31.0, 40.0))); // the desert
    }
    CHECK(basemap.waterways.bandFor(2).rivers.size() >
          basemap.waterways.bandFor(1.9).rivers.size());
    CHECK(Waterways::riverWidth(4) < Waterways::riverWidth(8));
}

TEST_CASE("Basemap: populated places from GeoNames, largest first, more as the map zooms in",
          "[map][basemap][places]")
{
    const PopulatedPlaces places;
    REQUIRE(places.places().size() > 20000);
    CHECK(places.places().size() < 40000);
    for (std::size_t i = 1; i < places.places().size(); ++i)
        REQUIRE(places.places()[i - 1].population >= places.places()[i].population);
    const auto* baghdad = findPlace(places, QStringLiteral("Baghdad"));
    const auto* mosul = findPlace(places, QStringLiteral("Mosul"));
    const auto* tikrit = findPlace(places, QStringLiteral("Tikrīt"));
    REQUIRE(baghdad);
    REQUIRE(mosul);
    REQUIRE(tikrit);
    CHECK(baghdad->population > mosul->population);
    CHECK(mosul->population > 1'000'000);
    CHECK(std::hypot(mosul->world.x() - kMosul.x(), mosul->world.y() - kMosul.y()) < 1e-4);
    CHECK(baghdad->minZoom < tikrit->minZoom);
    // Small towns: only in the Middle East.
    std::size_t small = 0;
    const QRectF middleEast(WebMercator::project(43, 25), WebMercator::project(10, 63));
    for (const auto& p : places.places())
        if (p.population < 15000) {
            ++small;
            REQUIRE(middleEast.contains(p.world));
        }
    CHECK(small > 1000);
    double previous = 0;
    for (quint32 pop : {20'000'000u, 2'000'000u, 500'000u, 150'000u, 50'000u, 20'000u, 0u}) {
        CHECK(PopulatedPlaces::minZoomFor(pop) >= previous);
        previous = PopulatedPlaces::minZoomFor(pop);
    }
}

TEST_CASE("Basemap: place labels never overlap and give way to event symbols",
          "[map][basemap][places][labels]")
{
    const PopulatedPlaces places;
    QImage device(8, 8, QImage::Format_ARGB32_Premultiplied);
    const QFont base;
    const QFontMetricsF small(PopulatedPlaces::font(base, false, 1), &device);
    const QFontMetricsF large(PopulatedPlaces::font(base, true, 1), &device);
    const MapViewport view(QSizeF(1200, 800), WebMercator::project(34.5, 43.8), 7.5);

    LabelPlacer free(view.size());
    const auto all = places.layout(view, free, small, large);
    REQUIRE(all.size() > 20);
    bool baghdadPlaced = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& a = all[i];
        CHECK(a.place->minZoom <= 7.5);
        CHECK_FALSE(a.place->name.isEmpty());
        baghdadPlaced = baghdadPlaced || a.place->name == QStringLiteral("Baghdad");
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            CHECK_FALSE(a.text.intersects(all[j].text));
            CHECK(a.place->population >= all[j].place->population); // larger ones first
        }
    }
    CHECK(baghdadPlaced);
    for (const auto& l : all) // no name cut at the map's edge
        CHECK(QRectF(QPointF(0, 0), view.size()).contains(l.text));
    // At zoom 7.5 no town under 40,000 people; at 9.5 some.
    for (const auto& l : all)
        CHECK(l.place->population >= 40'000);

    // An event symbol on Baghdad: its label and dot give way, everything else stays clear of it.
    LabelPlacer withEvent(view.size());
    const QPointF b = view.toScreen(kBaghdad);
    const QRectF symbol(b.x() - 12, b.y() - 12, 24, 24);
    withEvent.reserve(symbol);
    for (const auto& l : places.layout(view, withEvent, small, large)) {
        CHECK(l.place->name != QStringLiteral("Baghdad"));
        CHECK_FALSE(l.text.intersects(symbol));
        CHECK_FALSE(QRectF(l.dot.x() - l.radius, l.dot.y() - l.radius, 2 * l.radius, 2 * l.radius)
                        .intersects(symbol));
    }

    const MapViewport closer(QSizeF(1200, 800), kMosul, 9.5);
    LabelPlacer placer(closer.size());
    std::size_t towns = 0;
    for (const auto& l : places.layout(closer, placer, small, large))
        towns += l.place->population < 15'000;
    CHECK(towns > 0);
}

TEST_CASE("BasemapReader: a damaged file reads as not ok, never past its end", "[map][basemap]")
{
    QTemporaryDir dir;
    auto write = [&](const QByteArray& bytes) {
        const QString path = dir.filePath(QStringLiteral("f.bin"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    };
    const QByteArray head = QByteArray("TGPL") + QByteArray("\x01\x00\x00\x00", 4);
    {
        BasemapReader in(
            write(head + QByteArray("\x01\x00\x00\x00", 4) + QByteArray("\x02\x00", 2) + "ab"),
            "TGPL", 1);
        CHECK(in.count(2) == 1);
        CHECK(in.text() == QStringLiteral("ab"));
        CHECK(in.ok());
    }
    {
        BasemapReader in(write(head), "TGBM", 1); // another file's magic
        CHECK_FALSE(in.ok());
    }
    {
        BasemapReader in(write(head), "TGPL", 2); // a newer version
        CHECK_FALSE(in.ok());
    }
    {
        // A count larger than the file: refused before any allocation.
        BasemapReader in(write(head + QByteArray("\xff\xff\xff\x7f", 4)), "TGPL", 1);
        CHECK(in.count(8) == 0);
        CHECK_FALSE(in.ok());
    }
    {
        BasemapReader in(write(head + QByteArray("\x09\x00", 2) + "abc"), "TGPL", 1);
        CHECK(in.text().isEmpty()); // the string runs past the end
        CHECK_FALSE(in.ok());
    }
    {
        BasemapReader in(write(head + QByteArray("\x03\x00\x00\x00", 4) + QByteArray(8, '\0')),
                         "TGPL", 1);
        CHECK(in.projectedPoints().isEmpty()); // three points announced, one there
        CHECK_FALSE(in.ok());
    }
}
