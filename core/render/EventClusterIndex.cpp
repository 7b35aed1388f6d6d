#include "render/EventClusterIndex.h"

#include "geo/MortonCode.h"
#include "model/HugePages.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <utility>

namespace {
using Entry = std::pair<std::uint64_t, std::uint32_t>; // key, row
} // namespace

void EventClusterIndex::clear()
{
    keys_.clear();
    rows_.clear();
    levels_.clear();
    categoryCounts_.clear();
    builtRows_ = 0;
    pyramidBuilt_ = false;
}

void EventClusterIndex::build(const EventColumns& columns, Pyramid pyramid)
{
    clear();
    // Events without a position (x = y = NaN) are on the timeline only, not in the index.
    const auto placed = [&](std::size_t i) {
        return !std::isnan(columns.x[i]) && !std::isnan(columns.y[i]);
    };
    // Sorted in slices of the Z-order (by the key's top bits), each slice's (key, row) pairs
    // sorted and appended in turn: the pairs of all events at once would be 16 bytes an event
    // (160 MB at ten million) on top of the index they become. A slice holds about a quarter
    // of the events, or one densest cell of level kSliceLevel where that holds more; each
    // row's cell at that level (two bytes) picks the rows of a slice.
    constexpr int kSliceLevel = 8;
    std::vector<std::uint16_t> cellOf(columns.size());
    std::vector<std::uint32_t> cellCounts(std::size_t(1) << (2 * kSliceLevel), 0);
    std::size_t n = 0;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (placed(i)) {
            cellOf[i] = std::uint16_t(
                MortonCode::prefix(MortonCode::key(columns.x[i], columns.y[i]), kSliceLevel));
            ++cellCounts[cellOf[i]];
            ++n;
        }
    keys_.reserve(n);
    rows_.reserve(n);
    HugePages::adviseCapacity(keys_);
    HugePages::adviseCapacity(rows_);
    const std::size_t sliceTarget = std::max<std::size_t>(n / 4, 1 << 16);
    std::vector<Entry> sorted;
    for (std::size_t firstCell = 0; firstCell < cellCounts.size();) {
        std::size_t endCell = firstCell, events = 0;
        while (endCell < cellCounts.size() &&
               (events == 0 || events + cellCounts[endCell] <= sliceTarget))
            events += cellCounts[endCell++];
        if (events > 0) {
            sorted.clear();
            sorted.reserve(events);
            for (std::size_t i = 0; i < columns.size(); ++i)
                if (cellOf[i] >= firstCell && cellOf[i] < endCell && placed(i))
                    sorted.emplace_back(MortonCode::key(columns.x[i], columns.y[i]),
                                        std::uint32_t(i));
            std::sort(sorted.begin(), sorted.end()); // an LSD radix sort measured no faster
            for (const Entry& e : sorted) {
                keys_.push_back(e.first);
                rows_.push_back(e.second);
            }
        }
        firstCell = endCell;
    }
    builtRows_ = columns.size();
    if (pyramid == Pyramid::Now) ensurePyramid(columns);
}

void EventClusterIndex::ensurePyramid(const EventColumns& columns)
{
    if (pyramidBuilt_ || !isBuiltFor(columns)) return;
    pyramidBuilt_ = true;
    buildPyramid(columns);
}

void EventClusterIndex::buildPyramid(const EventColumns& columns)
{
    const std::size_t n = keys_.size();
    if (n < 256) return; // a frame can afford to look at every event
    // Distinct cells per level, from where neighbouring keys first differ.
    std::array<std::size_t, MortonCode::kBits + 1> firstDiffering{};
    for (std::size_t k = 1; k < n; ++k) {
        const std::uint64_t d = keys_[k] ^ keys_[k - 1];
        if (d == 0) continue;
        const int highBit = 63 - std::countl_zero(d);
        ++firstDiffering[std::size_t((63 - highBit) / 2)];
    }
    // Keep the levels that aggregate well: together at most n/8 cells, so that the pyramid
    // (40 bytes a cell plus its category counts) stays small beside the columns.
    int deepest = -1;
    std::size_t cells = 1, total = 0;
    for (int l = 0; l <= MortonCode::kBits; ++l) {
        cells += firstDiffering[std::size_t(l)];
        if (total + cells > n / 8) break;
        total += cells;
        deepest = l;
    }
    if (deepest < 0) return;
    levels_.resize(std::size_t(deepest) + 1);

    std::uint16_t maxCategory = 0;
    for (std::uint16_t c : columns.category)
        maxCategory = std::max(maxCategory, c);
    std::vector<std::uint32_t> scratch(std::size_t(maxCategory) + 1, 0);
    std::vector<std::uint16_t> touched;
    auto flushCategories = [&](Node& node) {
        node.categoriesBegin = std::uint32_t(categoryCounts_.size());
        for (std::uint16_t c : touched) {
            categoryCounts_.push_back({c, scratch[c]});
            scratch[c] = 0;
        }
        touched.clear();
        node.categoriesEnd = std::uint32_t(categoryCounts_.size());
    };
    auto count = [&](std::uint16_t c, std::uint32_t k) {
        if (scratch[c] == 0) touched.push_back(c);
        scratch[c] += k;
    };

    // The deepest level from the events.
    std::vector<Node>& bottom = levels_.back();
    bottom.reserve(cells);
    for (std::size_t k = 0; k < n;) {
        Node node;
        node.prefix = MortonCode::prefix(keys_[k], deepest);
        node.begin = std::uint32_t(k);
        for (; k < n && MortonCode::prefix(keys_[k], deepest) == node.prefix; ++k) {
            node.sumX += columns.x[rows_[k]];
            node.sumY += columns.y[rows_[k]];
            count(columns.category[rows_[k]], 1);
        }
        node.end = std::uint32_t(k);
        flushCategories(node);
        bottom.push_back(node);
    }
    // Each coarser level from its children.
    for (int l = deepest - 1; l >= 0; --l) {
        const std::vector<Node>& children = levels_[std::size_t(l) + 1];
        std::vector<Node>& parents = levels_[std::size_t(l)];
        for (std::size_t j = 0; j < children.size();) {
            Node node;
            node.prefix = children[j].prefix >> 2;
            node.begin = children[j].begin;
            for (; j < children.size() && (children[j].prefix >> 2) == node.prefix; ++j) {
                const Node& child = children[j];
                node.sumX += child.sumX;
                node.sumY += child.sumY;
                node.end = child.end;
                for (std::uint32_t m = child.categoriesBegin; m < child.categoriesEnd; ++m)
                    count(categoryCounts_[m].category, categoryCounts_[m].count);
            }
            flushCategories(node);
            parents.push_back(node);
        }
    }
}

QPointF EventClusterIndex::position(std::uint32_t sorted) const
{
    const std::uint64_t key = keys_[sorted];
    return {MortonCode::cellX(key) / MortonCode::kCells,
            MortonCode::cellY(key) / MortonCode::kCells};
}

EventClusterIndex::Run EventClusterIndex::cellRun(int level, std::uint64_t prefix) const
{
    const int shift = 2 * (MortonCode::kBits - level);
    const std::uint64_t lo = prefix << shift, hi = (prefix + 1) << shift;
    const auto a = std::lower_bound(keys_.begin(), keys_.end(), lo);
    const auto b = std::lower_bound(a, keys_.end(), hi);
    return {std::uint32_t(a - keys_.begin()), std::uint32_t(b - keys_.begin()), false};
}

void EventClusterIndex::collectRuns(const QRectF& world, int level, std::vector<Run>& out) const
{
    if (keys_.empty() || world.isEmpty()) return;
    collect(world, std::clamp(level, 0, MortonCode::kBits), 0, 0, 0, out);
}

void EventClusterIndex::collect(const QRectF& world, int level, int m, std::uint32_t cx,
                                std::uint32_t cy, std::vector<Run>& out) const
{
    const double size = std::ldexp(1.0, -m);
    const double x0 = cx * size, y0 = cy * size, x1 = x0 + size, y1 = y0 + size;
    if (x1 <= world.left() || x0 >= world.right() || y1 <= world.top() || y0 >= world.bottom())
        return;
    Run run = cellRun(m, MortonCode::encode(cx, cy));
    if (run.begin == run.end) return;
    const bool inside =
        x0 >= world.left() && x1 <= world.right() && y0 >= world.top() && y1 <= world.bottom();
    if (inside || m == level) {
        run.partial = !inside;
        // Neighbouring cells in Z-order often continue each other: one longer run.
        if (!out.empty() && out.back().end == run.begin && out.back().partial == run.partial)
            out.back().end = run.end;
        else
            out.push_back(run);
        return;
    }
    // Children in key order: the y bit is the higher one.
    for (std::uint32_t dy = 0; dy < 2; ++dy)
        for (std::uint32_t dx = 0; dx < 2; ++dx)
            collect(world, level, m + 1, 2 * cx + dx, 2 * cy + dy, out);
}

void EventClusterIndex::rowsIn(const QRectF& world, std::vector<int>& out) const
{
    const double extent = std::max(std::min(world.width(), world.height()), 1e-12);
    const int level = int(std::ceil(std::log2(1.0 / extent))) + 4;
    std::vector<Run> runs;
    collectRuns(world, level, runs);
    for (const Run& run : runs)
        for (std::uint32_t k = run.begin; k < run.end; ++k) {
            if (run.partial) {
                const QPointF p = position(k);
                if (p.x() < world.left() || p.x() >= world.right() || p.y() < world.top() ||
                    p.y() >= world.bottom())
                    continue;
            }
            out.push_back(int(rows_[k]));
        }
}

std::size_t EventClusterIndex::memoryBytes() const
{
    std::size_t bytes = keys_.capacity() * sizeof(std::uint64_t) +
                        rows_.capacity() * sizeof(std::uint32_t) +
                        categoryCounts_.capacity() * sizeof(CategoryCount);
    for (const auto& l : levels_)
        bytes += l.capacity() * sizeof(Node);
    return bytes;
}
