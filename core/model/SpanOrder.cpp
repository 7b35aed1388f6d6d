#include "model/SpanOrder.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace {
template <typename Key> std::vector<std::uint32_t> sortedBy(const std::vector<Key>& key)
{
    // An indirect sort: slower than sorting (key, row) pairs, but it needs no 16 MB of pairs
    // at 1M rows, and it runs on a worker while a project opens (memory is what counts there).
    std::vector<std::uint32_t> rows(key.size());
    std::iota(rows.begin(), rows.end(), 0u);
    std::sort(rows.begin(), rows.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
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

SpanOrder SpanOrder::of(std::vector<qint64> lo, std::vector<qint64> hi)
{
    SpanOrder o;
    o.byLo_ = sortedBy(lo);
    std::vector<qint64>().swap(lo); // each copy goes as soon as it has served
    o.byHi_ = sortedBy(hi);
    return o;
}

SpanOrder::Keys SpanOrder::keysOf(const EventColumns& columns)
{
    Keys keys;
    if (columns.size() == 0) return keys;
    const auto [minLo, maxLo] = std::minmax_element(columns.lo.begin(), columns.lo.end());
    const qint64 maxHi = *std::max_element(columns.hi.begin(), columns.hi.end());
    const qint64 origin = std::min(*minLo, *std::min_element(columns.hi.begin(), columns.hi.end()));
    // Differences taken in unsigned arithmetic: extreme spans (open ends) cannot overflow.
    const auto offset = [origin](qint64 v) { return std::uint64_t(v) - std::uint64_t(origin); };
    if (std::max(offset(*maxLo), offset(maxHi)) > std::numeric_limits<std::uint32_t>::max()) {
        keys.lo64 = columns.lo;
        keys.hi64 = columns.hi;
        return keys;
    }
    keys.lo32.resize(columns.size());
    keys.hi32.resize(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        keys.lo32[i] = std::uint32_t(offset(columns.lo[i]));
        keys.hi32[i] = std::uint32_t(offset(columns.hi[i]));
    }
    return keys;
}

SpanOrder SpanOrder::of(Keys keys)
{
    if (keys.lo32.empty()) return of(std::move(keys.lo64), std::move(keys.hi64));
    SpanOrder o;
    o.byLo_ = sortedBy(keys.lo32);
    std::vector<std::uint32_t>().swap(keys.lo32);
    o.byHi_ = sortedBy(keys.hi32);
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
