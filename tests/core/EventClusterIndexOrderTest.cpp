// The map index's Z-order (EventClusterIndex::build sorts by radix): the same order as a
// comparison sort of (key, row), for spread and for clustered positions with duplicates.
#include "EventTestData.h"
#include "TestCatch.h"
#include "geo/MortonCode.h"
#include "render/EventClusterIndex.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
void checkOrder(const EventColumns& cols)
{
    EventClusterIndex index;
    index.build(cols);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> expected;
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (!std::isnan(cols.x[i]))
            expected.emplace_back(MortonCode::key(cols.x[i], cols.y[i]), std::uint32_t(i));
    std::sort(expected.begin(), expected.end());
    REQUIRE(index.size() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        if (index.keys()[k] != expected[k].first || index.rows()[k] != expected[k].second)
            FAIL("entry " << k << " out of order");
    }
}
} // namespace

TEST_CASE("EventClusterIndex: Z-order as a comparison sort gives it", "[map][index]")
{
    SECTION("clustered around three places")
    {
        checkOrder(mapTestColumns(20000, 3, 0.4));
    }
    SECTION("the whole world, with repeated positions and unplaced rows")
    {
        EventColumns cols = mapTestColumns(5000, 9, 60.0);
        for (std::size_t i = 0; i < cols.size(); i += 7) {
            cols.x[i] = cols.x[0]; // duplicates: ties keep the row order
            cols.y[i] = cols.y[0];
        }
        for (std::size_t i = 3; i < cols.size(); i += 11)
            cols.x[i] = cols.y[i] = std::nan("");
        checkOrder(cols);
    }
    SECTION("enough events to be sorted in slices, one densest cell among them")
    {
        // Slices hold a quarter of the events (at least 65,536): 400k spread over the world
        // with a third at one place make several, one of them a single crowded cell.
        EventColumns cols = mapTestColumns(400000, 5, 50.0);
        for (std::size_t i = 0; i < cols.size(); i += 3) {
            cols.x[i] = cols.x[1] + 1e-7 * double(i % 100);
            cols.y[i] = cols.y[1];
        }
        for (std::size_t i = 5; i < cols.size(); i += 13)
            cols.x[i] = cols.y[i] = std::nan("");
        checkOrder(cols);
    }
    SECTION("one event and none")
    {
        checkOrder(mapTestColumns(1));
        checkOrder(EventColumns{});
    }
}
