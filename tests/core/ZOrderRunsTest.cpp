#include "store/ZOrderRuns.h"

#include "TestCatch.h"

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

namespace {

struct Entry {
    quint64 key;
    qint64 id;
    double lon, lat;
};

// `n` seeded positions in shuffled id order, a third of them on one repeated spot (equal keys).
std::vector<Entry> seeded(int n)
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> lat(-89.9, 89.9), lon(-179.9, 179.9);
    std::vector<Entry> out;
    for (int i = 0; i < n; ++i) {
        const bool repeated = rng() % 3 == 0;
        const double x = repeated ? 43.13 : lon(rng), y = repeated ? 36.34 : lat(rng);
        out.push_back({ZOrderRuns::key(x, y), qint64(i) + 1, x, y});
    }
    std::shuffle(out.begin(), out.end(), rng);
    return out;
}

std::vector<Entry> merged(ZOrderRuns& runs)
{
    std::vector<Entry> out;
    runs.forEach([&](qint64 id, double lon, double lat) {
        out.push_back({ZOrderRuns::key(lon, lat), id, lon, lat});
    });
    return out;
}

} // namespace

TEST_CASE("ZOrderRuns: every entry once, in Z-order then id, in memory and across spilled runs",
          "[store][rtree]")
{
    // One run in memory; runs spilled to the temporary file with a part-run left in memory;
    // runs that fill exactly.
    for (auto [n, run] : {std::pair{500, 1000}, {10'007, 1000}, {4000, 1000}, {0, 1000}}) {
        INFO(n << " entries, runs of " << run);
        const std::vector<Entry> entries = seeded(n);
        ZOrderRuns runs{std::size_t(run)};
        for (const Entry& e : entries)
            runs.add(e.id, e.lon, e.lat);
        CHECK(runs.size() == n);
        std::vector<Entry> expected = entries;
        std::sort(expected.begin(), expected.end(), [](const Entry& a, const Entry& b) {
            return std::tie(a.key, a.id) < std::tie(b.key, b.id);
        });
        const std::vector<Entry> got = merged(runs);
        REQUIRE(got.size() == expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            INFO("entry " << i);
            REQUIRE(got[i].id == expected[i].id);
            CHECK(got[i].lon == expected[i].lon); // the doubles themselves, not rounded
            CHECK(got[i].lat == expected[i].lat);
        }
    }
}

TEST_CASE("ZOrderRuns: the key orders by quadrant as a Morton code does", "[store][rtree]")
{
    // West of east and south of north at the top bits: the four quarters of the world.
    const quint64 sw = ZOrderRuns::key(-90, -45), se = ZOrderRuns::key(90, -45),
                  nw = ZOrderRuns::key(-90, 45), ne = ZOrderRuns::key(90, 45);
    CHECK(sw < se);
    CHECK(se < nw);
    CHECK(nw < ne);
    // Out of range is clamped to the edges, never wraps.
    CHECK(ZOrderRuns::key(-500, -500) == ZOrderRuns::key(-180, -90));
    CHECK(ZOrderRuns::key(500, 500) == ZOrderRuns::key(180, 90));
}
