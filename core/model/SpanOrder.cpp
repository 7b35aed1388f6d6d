#include "model/SpanOrder.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace {
std::vector<std::uint32_t> sortedBy(const std::vector<qint64>& key)
{
    // Sorting (key, row) pairs is several times faster than an indirect sort at 1M rows.
    std::vector<std::pair<qint64, std::uint32_t>> pairs(key.size());
    for (std::uint32_t r = 0; r < key.size(); ++r)
        pairs[r] = {key[r], r};
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::uint32_t> rows(key.size());
    for (std::size_t k = 0; k < pairs.size(); ++k)
        rows[k] = pairs[k].second;
    return rows;
}

std::pair<std::size_t, std::size_t> range(const std::vector<std::uint32_t>& order,
                                          const std::vector<qint64>& key, qint64 a, qint64 b)
{
    if (a > b) return {0, 0};
    const auto first = std::lower_bound(order.begin(), order.end(), a,
                                        [&](std::uint32_t r, qint64 v) { return key[r] < v; });
    const auto last = std::upper_bound(first, order.end(), b,
                                       [&](qint64 v, std::uint32_t r) { return v < key[r]; });
    return {std::size_t(first - order.begin()), std::size_t(last - order.begin())};
}
} // namespace

void SpanOrder::build(const EventColumns& columns)
{
    byLo_ = sortedBy(columns.lo);
    byHi_ = sortedBy(columns.hi);
    columns_ = &columns;
    lo_ = columns.lo.data();
    hi_ = columns.hi.data();
}

SpanOrder SpanOrder::of(const std::vector<qint64>& lo, const std::vector<qint64>& hi)
{
    SpanOrder o;
    o.byLo_ = sortedBy(lo);
    o.byHi_ = sortedBy(hi);
    return o;
}

bool SpanOrder::bind(const EventColumns& columns)
{
    const bool fits = byLo_.size() == columns.size() && byHi_.size() == columns.size();
    columns_ = fits ? &columns : nullptr;
    lo_ = fits ? columns.lo.data() : nullptr;
    hi_ = fits ? columns.hi.data() : nullptr;
    return fits;
}

void SpanOrder::clear()
{
    *this = SpanOrder();
}

bool SpanOrder::builtFor(const EventColumns& columns) const
{
    return columns_ == &columns && lo_ == columns.lo.data() && hi_ == columns.hi.data() &&
           byLo_.size() == columns.size() && byHi_.size() == columns.size();
}

void SpanOrder::startsIn(const EventColumns& columns, qint64 a, qint64 b,
                         std::vector<std::uint32_t>& out) const
{
    const auto [first, last] = range(byLo_, columns.lo, a, b);
    out.insert(out.end(), byLo_.begin() + std::ptrdiff_t(first),
               byLo_.begin() + std::ptrdiff_t(last));
}

void SpanOrder::endsIn(const EventColumns& columns, qint64 a, qint64 b,
                       std::vector<std::uint32_t>& out) const
{
    const auto [first, last] = range(byHi_, columns.hi, a, b);
    out.insert(out.end(), byHi_.begin() + std::ptrdiff_t(first),
               byHi_.begin() + std::ptrdiff_t(last));
}

std::size_t SpanOrder::countStartsIn(const EventColumns& columns, qint64 a, qint64 b) const
{
    const auto [first, last] = range(byLo_, columns.lo, a, b);
    return last - first;
}

std::size_t SpanOrder::countEndsIn(const EventColumns& columns, qint64 a, qint64 b) const
{
    const auto [first, last] = range(byHi_, columns.hi, a, b);
    return last - first;
}
