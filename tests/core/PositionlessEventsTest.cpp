// Events without a position (issue 4): a project of placed and unplaced events, read back
// through the store. Timeline, filter and list count them all; the map, its index, its extent
// and "only in map view" leave the unplaced ones out.
#include "TestCatch.h"
#include "compose/SnapshotRenderer.h"
#include "model/EventFilter.h"
#include "model/EventListOrder.h"
#include "render/DataExtent.h"
#include "render/EventClusterIndex.h"
#include "render/EventLayer.h"
#include "render/MapViewport.h"
#include "render/TimeHistogram.h"
#include "store/EventStore.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <cmath>
#include <numeric>

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 k2014 = 1388534400; // 2014-01-01

// 300 events around Mosul and Baghdad and every tenth of another 100 with no position at all,
// one a day; the unplaced ones are in category "Unplaced".
std::unique_ptr<EventStore> mixedProject(const QString& path, std::vector<qint64>& unplacedIds)
{
    auto store = EventStore::create(path);
    auto w = store->beginWrite();
    for (int i = 0; i < 400; ++i) {
        Event e;
        e.title = QStringLiteral("event %1").arg(i);
        e.start = k2014 + i * kDay;
        e.precision = DatePrecision::Day;
        if (i % 4 == 3) {
            e.category = QStringLiteral("Unplaced");
            e.locationName = QStringLiteral("somewhere unknown");
        } else {
            e.category = QStringLiteral("Battles");
            e.lat = i % 2 ? 36.34 + (i % 7) * 0.01 : 33.31 - (i % 5) * 0.01;
            e.lon = i % 2 ? 43.13 : 44.37;
        }
        const qint64 id = w->addEvent(e);
        if (i % 4 == 3) unplacedIds.push_back(id);
    }
    w->commit();
    return store;
}
} // namespace

TEST_CASE("Events without a position are on the timeline and in the list, not on the map",
          "[positionless]")
{
    QTemporaryDir dir;
    std::vector<qint64> unplacedIds;
    const auto store = mixedProject(dir.filePath(QStringLiteral("p.tigris")), unplacedIds);
    REQUIRE(unplacedIds.size() == 100);
    const EventColumns cols = store->loadColumns();
    REQUIRE(cols.size() == 400);
    std::size_t unplaced = 0;
    for (std::size_t i = 0; i < cols.size(); ++i)
        unplaced += std::isnan(cols.x[i]) ? 1 : 0;
    CHECK(unplaced == 100);

    SECTION("the filter mask and the histogram count them")
    {
        EventFilter filter;
        EventFilter::Settings s;
        s.window = TimeWindow{k2014, k2014 + 8 * kDay}; // days 0–7: two unplaced (3, 7)
        filter.update(cols, s);
        CHECK(filter.visibleCount() == 8);
        TimeHistogram histogram;
        histogram.build(cols, int(store->categories().size()));
        CHECK(histogram.eventCount() == 400);
        TimeHistogram::Bins bins;
        histogram.compute({k2014, k2014 + 8 * kDay, k2014 + 400 * kDay}, {}, bins);
        REQUIRE(bins.size() == 2);
        CHECK(bins.total(0) == Approx(8));
        CHECK(bins.total(1) == Approx(392));
        const int unplacedCategory =
            store->categories()[1].name == QStringLiteral("Unplaced") ? 1 : 0;
        CHECK(bins.count(0, unplacedCategory) == Approx(2));
    }

    SECTION("the list has every row; 'only in map view' leaves the unplaced out")
    {
        EventListOrder order;
        order.sortByStart(cols);
        order.update(cols, nullptr, std::nullopt);
        CHECK(order.visible().size() == 400);
        order.setOrderOfIds(cols, store->idsOrderedBy(EventStore::ListOrder::Place));
        order.update(cols, nullptr, std::nullopt);
        CHECK(order.visible().size() == 400);
        CHECK(store->idsOrderedBy(EventStore::ListOrder::Title).size() == 400);
        const QRectF world(0, 0, 1, 1); // the whole world is in view
        order.update(cols, nullptr, world);
        CHECK(order.visible().size() == 300);
        for (std::uint32_t row : order.visible())
            CHECK_FALSE(std::isnan(cols.x[row]));
    }

    SECTION("the map index, the extent, drawing and hit testing skip them")
    {
        EventClusterIndex index;
        index.build(cols);
        CHECK(index.size() == 300);
        CHECK(index.isBuiltFor(cols));
        std::vector<int> rows;
        index.rowsIn(QRectF(0, 0, 1, 1), rows);
        CHECK(rows.size() == 300);

        const auto box = dataExtent(cols);
        REQUIRE(box);
        CHECK(box->west > 40);
        CHECK(box->east < 48);
        CHECK(box->south > 29);
        CHECK(box->north < 40);

        EventLayer layer;
        layer.setColumns(&cols);
        layer.setColours({Qt::red, Qt::blue});
        std::vector<int> selected(cols.size());
        std::iota(selected.begin(), selected.end(), 0); // the unplaced selected too
        layer.setSelection(selected);
        const MapViewport view = MapViewport::fitting(*box, QSizeF(800, 600));
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            layer.paint(p, view);
        }
        CHECK(layer.lastDrawnCount() == 300);
        const auto inBand = layer.rowsIn(QRectF(0, 0, 800, 600), view);
        CHECK(inBand.size() == 300);
        for (int row : inBand)
            CHECK_FALSE(std::isnan(cols.x[std::size_t(row)]));
    }
}

TEST_CASE("A project of unplaced events only has no extent and an empty map index",
          "[positionless]")
{
    EventColumns cols;
    for (int i = 0; i < 3; ++i) {
        cols.id.push_back(i + 1);
        cols.x.push_back(std::nan(""));
        cols.y.push_back(std::nan(""));
        cols.lo.push_back(i * kDay);
        cols.hi.push_back((i + 1) * kDay);
        cols.category.push_back(0);
        cols.precision.push_back(3);
        cols.geoPrecision.push_back(1);
        cols.approximate.push_back(0);
    }
    CHECK_FALSE(dataExtent(cols));
    EventClusterIndex index;
    index.build(cols);
    CHECK(index.size() == 0);
    CHECK(index.isBuiltFor(cols));
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setSelection({0, 1, 2});
    QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    layer.paint(p, MapViewport(QSizeF(200, 100), QPointF(0.5, 0.5), 2));
    CHECK(layer.lastDrawnCount() == 0);
    CHECK_FALSE(layer.hitTest(QPointF(100, 50)));
}

TEST_CASE("A map snapshot is the same picture with or without the unplaced events",
          "[positionless][export]")
{
    QTemporaryDir dir;
    std::vector<qint64> unplacedIds;
    const auto store = mixedProject(dir.filePath(QStringLiteral("p.tigris")), unplacedIds);
    const EventColumns all = store->loadColumns();
    EventColumns placed;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!std::isnan(all.x[i])) placed.appendRow(all, i);
    REQUIRE(placed.size() == 300);
    MapExportOptions o;
    o.size = QSize(640, 400);
    o.window = TimeWindow{k2014, k2014 + 30 * kDay}; // the legend lists what is shown
    SnapshotRenderer withAll(all, store->categories());
    SnapshotRenderer withPlaced(placed, store->categories());
    // The map alone: the unplaced events (and their category in the legend) are not in it.
    CHECK(withAll.render(o) == withPlaced.render(o));
    // With the timeline strip they are drawn there, and the legend names their category.
    o.timeline = true;
    CHECK(withAll.render(o) != withPlaced.render(o));
}
