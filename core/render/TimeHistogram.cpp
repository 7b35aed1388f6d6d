#include "render/TimeHistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace {
// Span lengths with their own exact bucket; the rest share one. Precisions make lengths
// cluster (a day, 28–31 days, 365–366 days, an hour ...), so this covers nearly all events.
constexpr std::size_t kExactLengths = 24;

// Position of the first element >= t, searching forward from `from` (edges increase).
template <typename V>
std::size_t lowerBoundFrom(const std::vector<V>& v, std::size_t from, qint64 t)
{
    const auto below = [](V x, qint64 y) { return qint64(x) < y; };
    // Gallop, then binary search: cheap when consecutive edges are close in the array.
    std::size_t step = 1, hiPos = from;
    while (hiPos < v.size() && below(v[hiPos], t)) {
        from = hiPos + 1;
        hiPos += step;
        step *= 2;
    }
    hiPos = std::min(hiPos, v.size());
    return std::size_t(std::lower_bound(v.begin() + std::ptrdiff_t(from),
                                        v.begin() + std::ptrdiff_t(hiPos), t, below) -
                       v.begin());
}

// Sums of (v[k] − origin) are kept at every kSumBlock-th position; a query adds the rest.
constexpr std::size_t kSumBlock = 16;

// Σ (v[k] − origin) for k < pos, from the block sums.
template <typename V>
qint64 sumBefore(const std::vector<V>& v, const std::vector<qint64>& blockSums, qint64 origin,
                 std::size_t pos)
{
    const std::size_t block = pos / kSumBlock;
    qint64 sum = blockSums[block];
    for (std::size_t k = block * kSumBlock; k < pos; ++k)
        sum += qint64(v[k]) - origin;
    return sum;
}
} // namespace

double TimeHistogram::Bins::total(std::size_t bin) const
{
    double sum = 0;
    for (int c = 0; c < categories; ++c)
        sum += count(bin, c);
    return sum;
}

void TimeHistogram::build(const EventColumns& columns, int categoryCount,
                          const std::vector<std::uint8_t>* rows)
{
    buckets_.clear();
    categories_ = std::max(0, categoryCount);
    events_ = 0;
    const std::size_t n = columns.size();
    auto included = [&](std::size_t i) {
        return (!rows || rows->size() != n || (*rows)[i]) && columns.category[i] < categories_ &&
               columns.hi[i] > columns.lo[i];
    };

    std::unordered_map<qint64, std::size_t> lengthCounts;
    for (std::size_t i = 0; i < n; ++i)
        if (included(i)) ++lengthCounts[columns.hi[i] - columns.lo[i]];
    std::vector<std::pair<std::size_t, qint64>> byFrequency;
    for (const auto& [length, count] : lengthCounts)
        byFrequency.push_back({count, length});
    std::sort(byFrequency.begin(), byFrequency.end(), std::greater<>());
    std::unordered_map<qint64, std::size_t> lengthSlot; // slot 0 = rare lengths
    for (std::size_t k = 0; k < std::min(kExactLengths, byFrequency.size()); ++k)
        lengthSlot[byFrequency[k].second] = k + 1;
    const std::size_t slotCount = kExactLengths + 1;

    // Each row's bucket first, so that every bucket is allocated once at its size: grown
    // by doubling, the buckets would copy and overshoot by up to half at a million events.
    std::vector<Bucket> buckets(std::size_t(categories_) * slotCount);
    constexpr std::uint8_t kExcluded = 255;
    static_assert(kExactLengths < kExcluded);
    std::vector<std::uint8_t> slotOf(n, kExcluded);
    std::vector<std::size_t> sizes(buckets.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!included(i)) continue;
        const auto found = lengthSlot.find(columns.hi[i] - columns.lo[i]);
        slotOf[i] = std::uint8_t(found == lengthSlot.end() ? 0 : found->second);
        ++sizes[columns.category[i] * slotCount + slotOf[i]];
    }
    for (std::size_t k = 0; k < buckets.size(); ++k) {
        buckets[k].lo.reserve(sizes[k]);
        if (k % slotCount == 0) buckets[k].hi.reserve(sizes[k]); // only rare lengths keep ends
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (slotOf[i] == kExcluded) continue;
        Bucket& b = buckets[columns.category[i] * slotCount + slotOf[i]];
        b.category = columns.category[i];
        b.length = slotOf[i] == 0 ? 0 : columns.hi[i] - columns.lo[i];
        b.lo.push_back(columns.lo[i]);
        if (slotOf[i] == 0) b.hi.push_back(columns.hi[i]);
        ++events_;
    }
    std::vector<std::uint8_t>().swap(slotOf);

    for (Bucket& b : buckets) {
        if (b.lo.empty()) continue;
        const std::size_t m = b.lo.size();
        if (b.length == 0) {
            // Rare lengths: weights 1/len travel with each start and end, so sort pairs.
            std::vector<std::pair<qint64, qint64>> byLo(m), byHi(m);
            for (std::size_t k = 0; k < m; ++k) {
                byLo[k] = {b.lo[k], b.hi[k] - b.lo[k]};
                byHi[k] = {b.hi[k], b.hi[k] - b.lo[k]};
            }
            std::sort(byLo.begin(), byLo.end());
            std::sort(byHi.begin(), byHi.end());
            b.origin = byLo.front().first;
            b.end = byHi.back().first;
            b.loInv.assign(m + 1, 0);
            b.loW.assign(m + 1, 0);
            b.hiInv.assign(m + 1, 0);
            b.hiW.assign(m + 1, 0);
            long double a1 = 0, w1 = 0, a2 = 0, w2 = 0;
            for (std::size_t k = 0; k < m; ++k) {
                b.lo[k] = byLo[k].first;
                b.hi[k] = byHi[k].first;
                a1 += 1.0L / byLo[k].second;
                w1 += static_cast<long double>(byLo[k].first - b.origin) / byLo[k].second;
                a2 += 1.0L / byHi[k].second;
                w2 += static_cast<long double>(byHi[k].first - b.origin) / byHi[k].second;
                b.loInv[k + 1] = double(a1);
                b.loW[k + 1] = double(w1);
                b.hiInv[k + 1] = double(a2);
                b.hiW[k + 1] = double(w2);
            }
        } else {
            // One length: the ends are the starts shifted by it, in the same order, so only
            // the starts are kept (8 MB less at a million events).
            std::sort(b.lo.begin(), b.lo.end());
            b.origin = b.lo.front();
            b.end = b.lo.back() + b.length;
            b.loSum.assign(m / kSumBlock + 1, 0);
            qint64 loRun = 0;
            for (std::size_t k = 0; k < m; ++k) {
                loRun += b.lo[k] - b.origin;
                if ((k + 1) % kSumBlock == 0) b.loSum[(k + 1) / kSumBlock] = loRun;
            }
            if (quint64(b.lo.back() - b.origin) <= std::numeric_limits<std::uint32_t>::max()) {
                b.lo32.resize(m);
                for (std::size_t k = 0; k < m; ++k)
                    b.lo32[k] = std::uint32_t(b.lo[k] - b.origin);
                std::vector<qint64>().swap(b.lo);
            }
        }
        buckets_.push_back(std::move(b));
    }
}

double TimeHistogram::bucketMass(const Bucket& b, qint64 t, std::size_t& loPos,
                                 std::size_t& hiPos) const
{
    if (t <= b.origin) return 0;
    if (t >= b.end) return double(b.size());
    const qint64 rel = t - b.origin;
    if (b.length > 0) {
        // Ends before t are the starts before t − length, and Σ (hi − origin) over them is
        // Σ (lo − origin) + count · length.
        qint64 startSum = 0, endSum = 0;
        if (!b.lo32.empty()) {
            loPos = lowerBoundFrom(b.lo32, loPos, rel);
            hiPos = lowerBoundFrom(b.lo32, hiPos, rel - b.length);
            startSum = sumBefore(b.lo32, b.loSum, 0, loPos);
            endSum = sumBefore(b.lo32, b.loSum, 0, hiPos);
        } else {
            loPos = lowerBoundFrom(b.lo, loPos, t);
            hiPos = lowerBoundFrom(b.lo, hiPos, t - b.length);
            startSum = sumBefore(b.lo, b.loSum, b.origin, loPos);
            endSum = sumBefore(b.lo, b.loSum, b.origin, hiPos);
        }
        endSum += qint64(hiPos) * b.length;
        // Σ over started events of (t − lo) minus Σ over ended events of (t − hi), divided by
        // the common length: each finished event contributes exactly 1, each running one its
        // elapsed fraction.
        const qint64 ramp = qint64(loPos) * rel - startSum - (qint64(hiPos) * rel - endSum);
        return double(ramp) / double(b.length);
    }
    loPos = lowerBoundFrom(b.lo, loPos, t); // starts before t
    hiPos = lowerBoundFrom(b.hi, hiPos, t); // ends before t
    const double r = double(rel);
    return (r * b.loInv[loPos] - b.loW[loPos]) - (r * b.hiInv[hiPos] - b.hiW[hiPos]);
}

double TimeHistogram::massBefore(int category, qint64 t) const
{
    double sum = 0;
    for (const Bucket& b : buckets_) {
        if (b.category != category) continue;
        std::size_t loPos = 0, hiPos = 0;
        sum += bucketMass(b, t, loPos, hiPos);
    }
    return sum;
}

void TimeHistogram::compute(const std::vector<qint64>& edges,
                            const std::vector<std::uint8_t>& enabled, Bins& out) const
{
    out.edges = edges;
    out.categories = categories_;
    const std::size_t bins = edges.size() < 2 ? 0 : edges.size() - 1;
    out.counts.assign(bins * std::size_t(categories_), 0.0f);
    out.maxTotal = 0;
    if (bins == 0) return;

    scratch_.resize(edges.size());
    for (const Bucket& b : buckets_) {
        if (!enabled.empty() &&
            (std::size_t(b.category) >= enabled.size() || !enabled[std::size_t(b.category)]))
            continue;
        if (edges.back() <= b.origin || edges.front() >= b.end) continue;
        std::size_t loPos = 0, hiPos = 0;
        for (std::size_t k = 0; k < edges.size(); ++k)
            scratch_[k] = bucketMass(b, edges[k], loPos, hiPos);
        float* row = out.counts.data() + b.category;
        for (std::size_t k = 0; k < bins; ++k)
            row[k * std::size_t(categories_)] +=
                float(std::max(0.0, scratch_[k + 1] - scratch_[k]));
    }
    for (std::size_t k = 0; k < bins; ++k)
        out.maxTotal = std::max(out.maxTotal, out.total(k));
}

void TimeHistogram::calendarEdges(const TimeAxis& axis, double minBinPixels,
                                  std::vector<qint64>& edges)
{
    edges.clear();
    const TimeAxisStep step = axis.stepAtLeast(minBinPixels);
    const qint64 first = step.floor(qint64(std::floor(axis.from())));
    qint64 t = first;
    for (qint64 n = 1;; ++n) {
        edges.push_back(t);
        if (double(t) >= axis.to()) break;
        t = step.add(first, n);
    }
}

void TimeHistogram::uniformEdges(const TimeAxis& axis, double binPixels, std::vector<qint64>& edges)
{
    edges.clear();
    const double px = std::max(1.0, binPixels);
    const int bins = int(std::ceil(axis.width() / px));
    for (int k = 0; k <= bins; ++k)
        edges.push_back(qint64(std::floor(axis.timeAt(k * px))));
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
}
