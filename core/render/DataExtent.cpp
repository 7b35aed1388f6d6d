#include "render/DataExtent.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace {

// The rows that count: those with a position, and (optionally) in a time window.
struct Placed {
    const EventColumns& c;
    std::optional<TimeWindow> within;
    bool operator()(std::size_t i) const
    {
        return !std::isnan(c.x[i]) && !std::isnan(c.y[i]) &&
               (!within || within->overlaps(c.lo[i], c.hi[i]));
    }
};

// Exact order statistics of one column over the placed rows, as std::nth_element over a copy
// would give, without the copy (16 MB and a selection over a million values at 1M events):
// a histogram over the column's range finds the bucket holding each wanted rank, and only the
// values in those buckets are selected from.
class RankFinder {
  public:
    RankFinder(const std::vector<double>& values, double lo, double hi)
        : values_(values), lo_(lo), scale_(hi > lo ? double(kBuckets - 1) / (hi - lo) : 0),
          count_(kBuckets, 0)
    {
    }
    // Monotone in v, so that every value of a lower bucket ranks below every higher one.
    std::size_t bucket(double v) const
    {
        return std::min<std::size_t>(kBuckets - 1, std::size_t((v - lo_) * scale_));
    }
    void count(std::size_t row) { ++count_[bucket(values_[row])]; }
    // After every row is counted: the bucket of rank `rank` and the rank within it.
    std::pair<std::size_t, std::size_t> locate(std::size_t rank) const
    {
        std::size_t before = 0;
        for (std::size_t b = 0; b < kBuckets; ++b) {
            if (before + count_[b] > rank) return {b, rank - before};
            before += count_[b];
        }
        return {kBuckets - 1, 0}; // not reached: rank < rows counted
    }
    std::uint32_t size(std::size_t bucket) const { return count_[bucket]; }

  private:
    static constexpr std::size_t kBuckets = 1 << 16;
    const std::vector<double>& values_;
    double lo_, scale_;
    std::vector<std::uint32_t> count_;
};

// The values of ranks `a` and `b` among the placed rows of `v`, whose range is [lo, hi].
std::pair<double, double> ranks(const Placed& placed, const std::vector<double>& v, double lo,
                                double hi, std::size_t a, std::size_t b)
{
    const EventColumns& c = placed.c;
    RankFinder finder(v, lo, hi);
    for (std::size_t i = 0; i < c.size(); ++i)
        if (placed(i)) finder.count(i);
    const auto [bucketA, rankA] = finder.locate(a);
    const auto [bucketB, rankB] = finder.locate(b);
    std::vector<double> inA, inB;
    inA.reserve(finder.size(bucketA));
    inB.reserve(finder.size(bucketB));
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (!placed(i)) continue;
        const std::size_t k = finder.bucket(v[i]);
        if (k == bucketA) inA.push_back(v[i]);
        if (k == bucketB) inB.push_back(v[i]);
    }
    std::nth_element(inA.begin(), inA.begin() + std::ptrdiff_t(rankA), inA.end());
    std::nth_element(inB.begin(), inB.begin() + std::ptrdiff_t(rankB), inB.end());
    return {inA[rankA], inB[rankB]};
}

std::optional<GeoBox> extentOf(const Placed& placed, std::size_t minRows)
{
    const EventColumns& columns = placed.c;
    // Events without a position (NaN) have no place in the extent.
    std::size_t n = 0;
    std::array<double, 4> range{1e300, -1e300, 1e300, -1e300}; // min x, max x, min y, max y
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!placed(i)) continue;
        ++n;
        range[0] = std::min(range[0], columns.x[i]);
        range[1] = std::max(range[1], columns.x[i]);
        range[2] = std::min(range[2], columns.y[i]);
        range[3] = std::max(range[3], columns.y[i]);
    }
    if (n == 0 || n < minRows) return std::nullopt;
    const std::size_t cut = n >= 20 ? n * 5 / 100 : 0;
    const auto [minX, maxX] = ranks(placed, columns.x, range[0], range[1], cut, n - 1 - cut);
    const auto [minY, maxY] = ranks(placed, columns.y, range[2], range[3], cut, n - 1 - cut);
    const QGeoCoordinate nw = WebMercator::unproject(QPointF(minX, minY));
    const QGeoCoordinate se = WebMercator::unproject(QPointF(maxX, maxY));
    const double padX = std::max(0.5, (se.longitude() - nw.longitude()) / 5);
    const double padY = std::max(0.5, (nw.latitude() - se.latitude()) / 5);
    return GeoBox{std::max(-180.0, nw.longitude() - padX), std::max(-85.0, se.latitude() - padY),
                  std::min(180.0, se.longitude() + padX), std::min(85.0, nw.latitude() + padY)};
}

} // namespace

std::optional<GeoBox> dataExtent(const EventColumns& columns)
{
    return extentOf(Placed{columns, std::nullopt}, 1);
}

std::optional<GeoBox> dataExtent(const EventColumns& columns, const TimeWindow& within,
                                 std::size_t minRows)
{
    return extentOf(Placed{columns, within}, minRows);
}
