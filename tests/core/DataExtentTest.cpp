// dataExtent: the 5th-95th percentiles of the placed positions, found without copying the
// columns, are exactly those of a sort of a copy.
#include "render/DataExtent.h"

#include "EventTestData.h"
#include "TestCatch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The definition, by sorting copies: the reference for the selection by buckets.
std::optional<GeoBox> sortedExtent(const EventColumns& c)
{
    std::vector<double> xs, ys;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!std::isnan(c.x[i]) && !std::isnan(c.y[i])) {
            xs.push_back(c.x[i]);
            ys.push_back(c.y[i]);
        }
    if (xs.empty()) return std::nullopt;
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const std::size_t cut = xs.size() >= 20 ? xs.size() * 5 / 100 : 0;
    const QGeoCoordinate nw = WebMercator::unproject(QPointF(xs[cut], ys[cut]));
    const QGeoCoordinate se =
        WebMercator::unproject(QPointF(xs[xs.size() - 1 - cut], ys[ys.size() - 1 - cut]));
    const double padX = std::max(0.5, (se.longitude() - nw.longitude()) / 5);
    const double padY = std::max(0.5, (nw.latitude() - se.latitude()) / 5);
    return GeoBox{std::max(-180.0, nw.longitude() - padX), std::max(-85.0, se.latitude() - padY),
                  std::min(180.0, se.longitude() + padX), std::min(85.0, nw.latitude() + padY)};
}

void requireSameBox(const std::optional<GeoBox>& a, const std::optional<GeoBox>& b)
{
    REQUIRE(a.has_value() == b.has_value());
    if (!a) return;
    CHECK(a->west == b->west);
    CHECK(a->south == b->south);
    CHECK(a->east == b->east);
    CHECK(a->north == b->north);
}

} // namespace

TEST_CASE("dataExtent equals the percentiles of a sorted copy", "[extent]")
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    for (const std::size_t n : {1, 2, 19, 20, 21, 1000, 54321}) {
        for (const unsigned seed : {1u, 2u, 3u}) {
            INFO(n << " events, seed " << seed);
            EventColumns c = mapTestColumns(n, seed, seed == 3 ? 8.0 : 0.6);
            // Some unplaced rows, some far outliers and many exact duplicates.
            for (std::size_t i = 0; i < c.size(); ++i) {
                if (i % 11 == 5) c.x[i] = c.y[i] = kNaN;
                if (i % 97 == 13) c.x[i] = 0.999, c.y[i] = 0.001;
                if (i % 5 == 1 && i > 0) c.x[i] = c.x[i - 1];
            }
            requireSameBox(dataExtent(c), sortedExtent(c));
        }
    }
}

TEST_CASE("dataExtent of one place, of no place and of a single placed event", "[extent]")
{
    EventColumns same = mapTestColumns(5000, 1, 0.0); // three places, each many times
    requireSameBox(dataExtent(same), sortedExtent(same));
    for (std::size_t i = 0; i < same.size(); ++i)
        same.x[i] = same.x[0], same.y[i] = same.y[0]; // one bucket holds every event
    requireSameBox(dataExtent(same), sortedExtent(same));

    EventColumns none = mapTestColumns(50);
    for (std::size_t i = 0; i < none.size(); ++i)
        none.x[i] = std::numeric_limits<double>::quiet_NaN();
    CHECK_FALSE(dataExtent(none));
    none.x[17] = 0.6;
    requireSameBox(dataExtent(none), sortedExtent(none));
}
