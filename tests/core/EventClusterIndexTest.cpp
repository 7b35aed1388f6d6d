#include "render/EventClusterIndex.h"

#include "EventTestData.h"
#include "TestCatch.h"
#include "geo/MortonCode.h"

#include <algorithm>
#include <numeric>

TEST_CASE("Morton codes interleave and round-trip", "[map][index]")
{
    CHECK(MortonCode::encode(0b11, 0b00) == 0b0101u);
    CHECK(MortonCode::encode(0b00, 0b11) == 0b1010u);
    for (std::uint32_t x : {0u, 1u, 12345u, 0x7FFFFFFFu})
        for (std::uint32_t y : {0u, 7u, 99999u, 0x7FFFFFFFu}) {
            const std::uint64_t k = MortonCode::encode(x, y);
            CHECK(MortonCode::cellX(k) == x);
            CHECK(MortonCode::cellY(k) == y);
        }
    CHECK(MortonCode::quantise(1.0) == 0x7FFFFFFFu);
    CHECK(MortonCode::quantise(0.5) == 0x40000000u);
    // The level-1 cell is the quadrant: north-west 0, north-east 1, south-west 2, south-east 3.
    CHECK(MortonCode::prefix(MortonCode::key(0.75, 0.25), 1) == 1u);
    CHECK(MortonCode::prefix(MortonCode::key(0.25, 0.75), 1) == 2u);
}

TEST_CASE("EventClusterIndex: the pyramid accounts for every event", "[map][index]")
{
    const EventColumns cols = mapTestColumns(20000);
    EventClusterIndex index;
    index.build(cols);
    REQUIRE(index.size() == cols.size());
    REQUIRE(index.deepestLevel() >= 6);
    CHECK(std::is_sorted(index.keys().begin(), index.keys().end()));
    std::vector<std::uint32_t> rows = index.rows();
    std::sort(rows.begin(), rows.end());
    std::vector<std::uint32_t> all(cols.size());
    std::iota(all.begin(), all.end(), 0u);
    CHECK(rows == all); // a permutation of the rows

    for (int l = 0; l <= index.deepestLevel(); ++l) {
        INFO("level " << l);
        const auto& nodes = index.level(l);
        std::uint32_t expectedBegin = 0;
        bool consistent = true;
        for (const auto& node : nodes) {
            consistent = consistent && node.begin == expectedBegin && node.end > node.begin;
            expectedBegin = node.end;
            std::uint32_t byCategory = 0;
            for (auto m = node.categoriesBegin; m < node.categoriesEnd; ++m)
                byCategory += index.categoryCounts()[m].count;
            consistent = consistent && byCategory == node.end - node.begin;
            // Every event of the node lies in its cell; the sums are of its events.
            double sumX = 0;
            for (auto k = node.begin; k < node.end; ++k) {
                consistent = consistent && MortonCode::prefix(index.keys()[k], l) == node.prefix;
                sumX += cols.x[index.rows()[k]];
            }
            consistent = consistent && std::abs(sumX - node.sumX) < 1e-9 * (node.end - node.begin);
        }
        CHECK(consistent);
        CHECK(expectedBegin == cols.size());
    }
    // Lean: 14 bytes an event plus a small pyramid.
    CHECK(index.memoryBytes() < cols.size() * 24);
}

TEST_CASE("EventClusterIndex: rows in a rectangle match a brute-force scan", "[map][index]")
{
    const EventColumns cols = mapTestColumns(30000, 7);
    EventClusterIndex index;
    index.build(cols);
    std::mt19937 rng(11);
    const QPointF mosul = WebMercator::project(36.34, 43.13);
    std::uniform_real_distribution<double> offset(-0.01, 0.01), extent(1e-5, 0.01);
    for (int t = 0; t < 40; ++t) {
        const QRectF world(mosul.x() + offset(rng), mosul.y() + offset(rng), extent(rng),
                           extent(rng));
        std::vector<int> got;
        index.rowsIn(world, got);
        std::sort(got.begin(), got.end());
        std::vector<int> expected;
        for (std::size_t i = 0; i < cols.size(); ++i)
            if (cols.x[i] >= world.left() && cols.x[i] < world.right() &&
                cols.y[i] >= world.top() && cols.y[i] < world.bottom())
                expected.push_back(int(i));
        INFO("rectangle " << t);
        CHECK(got == expected);
    }
    // The whole world holds everything, an empty rectangle nothing.
    std::vector<int> everything, nothing;
    index.rowsIn(QRectF(0, 0, 1, 1), everything);
    CHECK(everything.size() == cols.size());
    index.rowsIn(QRectF(0.9, 0.9, 0.05, 0.05), nothing);
    CHECK(nothing.empty());
}

TEST_CASE("EventClusterIndex: many events at one place stay cheap", "[map][index]")
{
    // ACLED repeats coordinates: 50,000 events at three points.
    EventColumns cols = mapTestColumns(50000, 1, 0.0);
    EventClusterIndex index;
    index.build(cols);
    std::size_t nodes = 0;
    for (int l = 0; l <= index.deepestLevel(); ++l)
        nodes += index.level(l).size();
    CHECK(index.deepestLevel() == MortonCode::kBits); // three cells at every level
    CHECK(nodes <= 3 * std::size_t(MortonCode::kBits + 1));
    CHECK(index.cellRun(MortonCode::kBits, MortonCode::key(cols.x[0], cols.y[0])).end -
              index.cellRun(MortonCode::kBits, MortonCode::key(cols.x[0], cols.y[0])).begin ==
          16667u);
}

TEST_CASE("EventClusterIndex: tiny and empty data", "[map][index]")
{
    EventClusterIndex index;
    index.build(EventColumns{});
    CHECK(index.size() == 0);
    CHECK(index.deepestLevel() == -1);
    std::vector<int> rows;
    index.rowsIn(QRectF(0, 0, 1, 1), rows);
    CHECK(rows.empty());
    const EventColumns few = mapTestColumns(5);
    index.build(few);
    CHECK(index.deepestLevel() == -1); // too small for a pyramid
    index.rowsIn(QRectF(0, 0, 1, 1), rows);
    CHECK(rows.size() == 5);
}
