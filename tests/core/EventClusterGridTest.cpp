#include "render/EventClusterGrid.h"

#include "EventTestData.h"
#include "TestCatch.h"
#include "model/EventFilter.h"
#include "render/MapViewport.h"

#include <algorithm>
#include <array>
#include <random>
#include <set>

namespace {
struct Expected {
    std::size_t events = 0;
    std::array<std::size_t, 3> byCategory{};
};

Expected bruteForce(const EventColumns& cols, const std::vector<std::uint8_t>* visible,
                    const MapViewport& v)
{
    const QRectF w = v.visibleWorldRect();
    Expected e;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (visible && (*visible)[i] == 0) continue;
        if (cols.x[i] < w.left() || cols.x[i] >= w.right() || cols.y[i] < w.top() ||
            cols.y[i] >= w.bottom())
            continue;
        ++e.events;
        ++e.byCategory[cols.category[i]];
    }
    return e;
}
} // namespace

TEST_CASE("EventClusterGrid: cluster counts add up to the visible events in view", "[map][cluster]")
{
    const EventColumns cols = mapTestColumns(60000);
    EventClusterIndex index;
    index.build(cols);
    // Masks as the timeline makes them: none, a narrow window (2 %), cumulative with fading.
    std::vector<std::uint8_t> narrow(cols.size(), 0), cumulative(cols.size(), 0);
    for (std::size_t i = 0; i < cols.size(); ++i) {
        narrow[i] = i % 50 == 0 ? 255 : 0;
        cumulative[i] = i < cols.size() * 3 / 4 ? std::uint8_t(40 + i % 200) : 0;
    }
    const std::vector<std::uint8_t>* masks[] = {nullptr, &narrow, &cumulative};
    std::set<EventClusterGrid::Path> paths;
    EventClusterGrid grid;
    for (double zoom : {1.0, 3.0, 5.5, 7.0, 9.0, 12.0})
        for (const auto* mask : masks)
            for (QPointF centre : {WebMercator::project(35, 44), WebMercator::project(36.2, 43)}) {
                const MapViewport v(QSizeF(900, 600), centre, zoom);
                grid.aggregate(index, cols, mask, v, 56);
                paths.insert(grid.lastPath());
                const Expected e = bruteForce(cols, mask, v);
                INFO("zoom " << zoom << ", mask "
                             << (mask == &narrow ? "narrow"
                                 : mask          ? "cumulative"
                                                 : "none")
                             << ", path " << int(grid.lastPath()));
                CHECK(grid.events() == e.events);
                CHECK(grid.columnCount() == 17);
                CHECK(grid.rowCount() == 11);
                std::size_t sum = 0;
                std::array<std::size_t, 3> byCategory{};
                bool cellsConsistent = true;
                for (std::size_t k = 0; k < grid.cells().size(); ++k) {
                    const auto& cell = grid.cells()[k];
                    sum += cell.count;
                    std::size_t perCell = 0;
                    for (int c = 0; c < 3; ++c) {
                        byCategory[std::size_t(c)] += grid.categoryCounts(k)[c];
                        perCell += grid.categoryCounts(k)[c];
                    }
                    cellsConsistent = cellsConsistent && perCell == cell.count;
                    if (cell.count == 0 || cell.count > 3) continue;
                    // A sparse cell lists its events, and they are near its square.
                    const QRectF square(k % 17 * 56.0 - 14, k / 17 * 56.0 - 14, 84, 84);
                    for (std::uint32_t j = 0; j < cell.count; ++j) {
                        const auto row = std::size_t(cell.rows[j]);
                        cellsConsistent =
                            cellsConsistent && (!mask || (*mask)[row] != 0) &&
                            square.contains(v.toScreen(QPointF(cols.x[row], cols.y[row])));
                    }
                }
                CHECK(cellsConsistent);
                CHECK(sum == e.events);
                CHECK(byCategory == e.byCategory);
            }
    // The test exercised every way of aggregating.
    CHECK(paths.count(EventClusterGrid::Path::Pyramid) == 1);
    CHECK(paths.count(EventClusterGrid::Path::Runs) == 1);
    CHECK(paths.count(EventClusterGrid::Path::Rows) == 1);
}

TEST_CASE("EventClusterGrid: centroid and extent of a cluster", "[map][cluster]")
{
    const EventColumns cols = mapTestColumns(3000, 5, 0.01); // tight around three towns
    EventClusterIndex index;
    index.build(cols);
    EventClusterGrid grid;
    const MapViewport v(QSizeF(800, 600), WebMercator::project(36.34, 43.13), 9);
    grid.aggregate(index, cols, nullptr, v, 56);
    std::size_t best = 0;
    for (std::size_t k = 0; k < grid.cells().size(); ++k)
        if (grid.cells()[k].count > grid.cells()[best].count) best = k;
    REQUIRE(grid.cells()[best].count >= 900); // Mosul's thousand in one or two cells
    const QPointF c = grid.centroid(best);
    const QRectF bounds = grid.worldBounds(best);
    CHECK(bounds.contains(c));
    CHECK(std::abs(c.x() - WebMercator::project(36.34, 43.13).x()) < 1e-4);
    std::size_t inside = 0;
    for (std::size_t i = 0; i < cols.size(); ++i)
        inside +=
            bounds.adjusted(-1e-12, -1e-12, 1e-12, 1e-12).contains(QPointF(cols.x[i], cols.y[i]));
    CHECK(inside >= grid.cells()[best].count);
    CHECK(grid.dominantCategory(best) < 3);
}

TEST_CASE("EventClusterGrid: overlapping clusters merge, and counts still add up", "[map][cluster]")
{
    const EventColumns cols = mapTestColumns(200000, 13, 0.4);
    EventClusterIndex index;
    index.build(cols);
    EventClusterGrid grid;
    auto radius = [](std::uint32_t count, double ratio) {
        return (9 + 4 * std::log10(double(count))) * ratio;
    };
    for (double zoom : {4.5, 6.0, 7.5}) {
        const MapViewport v(QSizeF(1200, 800), WebMercator::project(35, 44), zoom);
        grid.aggregate(index, cols, nullptr, v, 56);
        const std::size_t events = grid.events();
        std::size_t clustersBefore = 0;
        for (const auto& cell : grid.cells())
            clustersBefore += cell.count > 3;
        grid.mergeOverlapping(v, +radius, 1.0);
        std::size_t sum = 0, clustersAfter = 0, byCategory = 0;
        std::vector<std::size_t> clusters;
        for (std::size_t k = 0; k < grid.cells().size(); ++k) {
            sum += grid.cells()[k].count;
            for (int c = 0; c < EventClusterGrid::kMaxCategories; ++c)
                byCategory += grid.categoryCounts(k)[c];
            if (grid.cells()[k].count > 3) clusters.push_back(k);
        }
        clustersAfter = clusters.size();
        INFO("zoom " << zoom);
        CHECK(sum == events);
        CHECK(byCategory == events);
        CHECK(clustersAfter <= clustersBefore);
        // Larger clusters absorbed their overlapping neighbours.
        std::size_t overlaps = 0;
        for (std::size_t a = 0; a < clusters.size(); ++a)
            for (std::size_t b = a + 1; b < clusters.size(); ++b) {
                const QPointF d =
                    v.toScreen(grid.centroid(clusters[a])) - v.toScreen(grid.centroid(clusters[b]));
                const double reach = radius(grid.cells()[clusters[a]].count, 1) +
                                     radius(grid.cells()[clusters[b]].count, 1);
                overlaps += QPointF::dotProduct(d, d) < reach * reach * 0.8;
            }
        CHECK(overlaps <= clustersAfter / 10);
    }
}

TEST_CASE("EventClusterGrid: a scrub step's incremental pass equals a pass from scratch",
          "[map][cluster][incremental]")
{
    // Events over 400 days, a fifth of them spans of up to two months, positions spread
    // wide: at country zoom most are in view, so the masked frames take the row pass.
    EventColumns cols = mapTestColumns(60000, 7, 1.5, 5);
    std::mt19937 random(11);
    for (std::size_t i = 0; i < cols.size(); ++i) {
        cols.lo[i] = qint64(random() % 400) * 86400 + qint64(random() % 86400);
        cols.hi[i] = cols.lo[i] + (random() % 5 == 0 ? qint64(random() % 60 + 1) * 86400 : 3600);
    }
    EventClusterIndex index;
    index.build(cols);
    EventFilter filter;
    EventFilter::Settings settings;
    EventClusterGrid grid;
    int incremental = 0;
    for (const double zoom : {5.0, 6.5}) {
        const MapViewport v(QSizeF(900, 600), WebMercator::project(35, 43.7), zoom);
        qint64 from = 30 * 86400;
        for (int step = 0; step < 120; ++step) {
            // Steps of a day or so, backwards too, now and then a jump, a mode change and
            // another length: what scrubbing and playback do.
            settings.mode =
                step % 40 < 30 ? EventFilter::Mode::Window : EventFilter::Mode::Cumulative;
            from += step % 17 == 16 ? 150 * 86400 : (qint64(random() % 5) - 1) * 43200;
            from = std::clamp<qint64>(from, 0, 380 * 86400);
            const qint64 length = (step / 20 % 2 ? 30 : 7) * 86400;
            settings.window = {from, from + length};
            filter.update(cols, settings);
            grid.aggregate(index, cols, &filter.mask(), v, 56);
            EventClusterGrid fresh;
            fresh.aggregate(index, cols, &filter.mask(), v, 56);
            INFO("zoom " << zoom << ", step " << step);
            REQUIRE(fresh.lastPath() == EventClusterGrid::Path::Rows);
            REQUIRE(grid.lastPath() == EventClusterGrid::Path::Rows);
            REQUIRE_FALSE(fresh.lastWasIncremental());
            incremental += grid.lastWasIncremental();
            REQUIRE(grid.events() == fresh.events());
            REQUIRE(grid.cells().size() == fresh.cells().size());
            for (std::size_t k = 0; k < fresh.cells().size(); ++k) {
                const EventClusterGrid::Cell &a = grid.cells()[k], &b = fresh.cells()[k];
                INFO("cell " << k << " of " << b.count);
                REQUIRE(a.count == b.count);
                CHECK(a.sumX == b.sumX);
                CHECK(a.sumY == b.sumY);
                CHECK(grid.centroid(k) == fresh.centroid(k));
                CHECK(std::equal(grid.categoryCounts(k),
                                 grid.categoryCounts(k) + EventClusterGrid::kMaxCategories,
                                 fresh.categoryCounts(k)));
                if (b.count == 0) continue;
                if (b.count <= 3) {
                    // The rows drawn one by one, in the same order; their exact extent.
                    CHECK(std::equal(a.rows, a.rows + b.count, b.rows));
                    CHECK(grid.worldBounds(k) == fresh.worldBounds(k));
                } else {
                    // A cluster's extent may have kept room for events that left: it holds
                    // every one of its events, within its cell.
                    CHECK(grid.worldBounds(k).contains(fresh.worldBounds(k)));
                    const QRectF square(
                        v.toWorld(QPointF(double(k % 17) * 56, double(k / 17) * 56)),
                        v.toWorld(QPointF(double(k % 17 + 1) * 56, double(k / 17 + 1) * 56)));
                    CHECK(square.adjusted(-1e-12, -1e-12, 1e-12, 1e-12)
                              .contains(grid.worldBounds(k)));
                }
            }
        }
        // Another view: the kept state is not for it, a full pass starts again.
    }
    CHECK(incremental > 150); // most steps were taken incrementally

    // The columns reloaded in place: invalidate() forgets the kept state.
    grid.invalidate();
    const MapViewport v(QSizeF(900, 600), WebMercator::project(35, 43.7), 6.5);
    grid.aggregate(index, cols, &filter.mask(), v, 56);
    CHECK_FALSE(grid.lastWasIncremental());
    grid.aggregate(index, cols, &filter.mask(), v, 56);
    CHECK(grid.lastWasIncremental());
}
