#include "render/EventClusterGrid.h"

#include "geo/MortonCode.h"
#include "render/MapViewport.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

void EventClusterGrid::reset(Bins& b) const
{
    const std::size_t n = std::size_t(cols_) * std::size_t(rows_);
    b.cells.assign(n, Cell{});
    b.categoryCounts.assign(n * kMaxCategories, 0);
    b.events = 0;
}

void EventClusterGrid::aggregate(const EventClusterIndex& index, const EventColumns& columns,
                                 const std::vector<std::uint8_t>* visible, const MapViewport& view,
                                 double cellPx)
{
    const double w = view.size().width(), h = view.size().height();
    incremental_ = false;
    cellPx_ = std::max(cellPx, 1.0);
    cols_ = std::max(1, int(std::ceil(w / cellPx_)));
    rows_ = std::max(1, int(std::ceil(h / cellPx_)));
    world_ = view.visibleWorldRect();
    scale_ = view.worldSizePx();
    perCell_ = scale_ / cellPx_;
    reset(bins_[0]);
    const std::size_t n = columns.size();
    if (n == 0) return;
    const bool indexed = index.isBuiltFor(columns);

    // Whole index cells no larger than half a screen cell, when there is no mask. A cell's
    // events all join the screen cell of their centroid: a cluster may reach half a cell
    // beyond its square, and the counts still add up.
    const int pyramidLevel = std::max(0, int(std::ceil(std::log2(2 * scale_ / cellPx_))));
    if (indexed && !visible && pyramidLevel <= index.deepestLevel()) {
        path_ = Path::Pyramid;
        runs_.clear();
        index.collectRuns(world_, pyramidLevel, runs_);
        const std::vector<EventClusterIndex::Node>& nodes = index.level(pyramidLevel);
        for (const EventClusterIndex::Run& run : runs_) {
            if (run.partial) {
                addRun(bins_[0], index, columns, run, nullptr);
                continue;
            }
            auto it = std::lower_bound(nodes.begin(), nodes.end(), run.begin,
                                       [](const EventClusterIndex::Node& node, std::uint32_t k) {
                                           return node.begin < k;
                                       });
            for (; it != nodes.end() && it->begin < run.end; ++it)
                addNode(bins_[0], index, *it, pyramidLevel);
        }
        return;
    }
    if (indexed) {
        // Index cells a sixteenth of the view: the edge cells checked event by event are few.
        const int level = int(std::ceil(std::log2(scale_ / std::max(1.0, std::min(w, h))))) + 4;
        runs_.clear();
        index.collectRuns(world_, level, runs_);
        std::size_t inView = 0;
        for (const EventClusterIndex::Run& run : runs_)
            inView += run.end - run.begin;
        // A mask is looked up by row; in Z-order that is a random access, so when much of the
        // data is in view one sequential pass over the rows is cheaper.
        if (!visible || inView <= n / 3) {
            path_ = Path::Runs;
            if (inView < 50'000) {
                for (const EventClusterIndex::Run& run : runs_)
                    addRun(bins_[0], index, columns, run, visible);
                return;
            }
            // Many events in view: the runs split in two halves of about equal events.
            std::size_t half = 0, seen = 0;
            for (; half < runs_.size() && seen < inView / 2; ++half)
                seen += runs_[half].end - runs_[half].begin;
            reset(bins_[1]);
            std::thread second([&] {
                for (std::size_t r = half; r < runs_.size(); ++r)
                    addRun(bins_[1], index, columns, runs_[r], visible);
            });
            for (std::size_t r = 0; r < half; ++r)
                addRun(bins_[0], index, columns, runs_[r], visible);
            second.join();
            merge(bins_[0], bins_[1]);
            return;
        }
    }
    path_ = Path::Rows;
    // A mask that changed in a few rows since the last such frame (a scrub step): those rows
    // are added or taken away, instead of a pass over all of them.
    const bool keepable = visible && visible->size() >= n;
    if (keepable && kept_ && keptFor(columns) && step(index, columns, visible->data())) {
        incremental_ = true;
        copy(bins_[0], base_);
        return;
    }
    // A second thread pays only for a long pass: starting and joining it costs little, but
    // with the other core busy (a build, a browser) the thread waits its turn there, a few
    // milliseconds, longer than a narrow window's whole pass takes on one (1M rows, 15k
    // shown: about 1 ms).
    if (shownAbout(visible, n) > kRowsPerThread) {
        reset(bins_[1]);
        std::thread second([&] { addRows(bins_[1], columns, visible, n / 2, n); });
        addRows(bins_[0], columns, visible, 0, n / 2);
        second.join();
        merge(bins_[0], bins_[1]);
    } else {
        addRows(bins_[0], columns, visible, 0, n);
    }
    if (keepable)
        keep(columns, visible->data());
    else
        kept_ = false;
}

std::size_t EventClusterGrid::shownAbout(const std::vector<std::uint8_t>* visible, std::size_t n)
{
    if (!visible || visible->size() < n) return n;
    // A thousand rows spread evenly: enough to tell 15k shown from 500k, in a few microseconds.
    const std::size_t stride = std::max<std::size_t>(1, n / 1024);
    std::size_t seen = 0, shown = 0;
    for (std::size_t i = stride / 2; i < n; i += stride, ++seen)
        shown += (*visible)[i] != 0;
    return seen ? shown * (n / seen) : 0;
}

void EventClusterGrid::join(Cell& cell, double x, double y)
{
    ++cell.count;
    cell.sumX += fixed(x);
    cell.sumY += fixed(y);
    cell.minX = std::min(cell.minX, x);
    cell.maxX = std::max(cell.maxX, x);
    cell.minY = std::min(cell.minY, y);
    cell.maxY = std::max(cell.maxY, y);
}

std::size_t EventClusterGrid::cellOf(double x, double y) const
{
    const int cx = std::clamp(int((x - world_.left()) * scale_ / cellPx_), 0, cols_ - 1);
    const int cy = std::clamp(int((y - world_.top()) * scale_ / cellPx_), 0, rows_ - 1);
    return std::size_t(cy) * std::size_t(cols_) + std::size_t(cx);
}

void EventClusterGrid::addEvent(Bins& b, double x, double y, int row, std::uint16_t category) const
{
    const std::size_t k = cellOf(x, y);
    Cell& cell = b.cells[k];
    if (cell.count < 3) cell.rows[cell.count] = row;
    join(cell, x, y);
    ++b.categoryCounts[k * kMaxCategories + std::min<std::size_t>(category, kMaxCategories - 1)];
    ++b.events;
}

void EventClusterGrid::addNode(Bins& b, const EventClusterIndex& index,
                               const EventClusterIndex::Node& node, int level) const
{
    const std::uint32_t count = node.end - node.begin;
    const std::size_t k = cellOf(node.sumX / count, node.sumY / count);
    Cell& cell = b.cells[k];
    for (std::uint32_t j = 0; j < count && cell.count + j < 3; ++j)
        cell.rows[cell.count + j] = int(index.rows()[node.begin + j]);
    cell.count += count;
    cell.sumX += fixed(node.sumX);
    cell.sumY += fixed(node.sumY);
    // The index cell's square stands for its events' extent (a zoom target, not a test).
    const double size = std::ldexp(1.0, -level);
    const double x0 = MortonCode::cellX(node.prefix) * size;
    const double y0 = MortonCode::cellY(node.prefix) * size;
    cell.minX = std::min(cell.minX, x0);
    cell.maxX = std::max(cell.maxX, x0 + size);
    cell.minY = std::min(cell.minY, y0);
    cell.maxY = std::max(cell.maxY, y0 + size);
    const auto& pairs = index.categoryCounts();
    for (std::uint32_t m = node.categoriesBegin; m < node.categoriesEnd; ++m)
        b.categoryCounts[k * kMaxCategories +
                         std::min<std::size_t>(pairs[m].category, kMaxCategories - 1)] +=
            pairs[m].count;
    b.events += count;
}

void EventClusterGrid::addRun(Bins& b, const EventClusterIndex& index, const EventColumns& columns,
                              const EventClusterIndex::Run& run,
                              const std::vector<std::uint8_t>* visible) const
{
    const std::vector<std::uint32_t>& rows = index.rows();
    const std::uint16_t* categories = columns.category.data(); // by row: only for shown ones
    for (std::uint32_t k = run.begin; k < run.end; ++k) {
        const std::uint32_t row = rows[k];
        if (visible && (*visible)[row] == 0) continue;
        const QPointF p = index.position(k);
        if (run.partial && (p.x() < world_.left() || p.x() >= world_.right() ||
                            p.y() < world_.top() || p.y() >= world_.bottom()))
            continue;
        addEvent(b, p.x(), p.y(), int(row), categories[row]);
    }
}

void EventClusterGrid::addRows(Bins& b, const EventColumns& columns,
                               const std::vector<std::uint8_t>* visible, std::size_t begin,
                               std::size_t end) const
{
    // The hot loop of a masked frame over much of the data: addEvent written out, with the
    // frame's constants hoisted, runs about twice as fast as the call.
    const double left = world_.left(), right = world_.right();
    const double top = world_.top(), bottom = world_.bottom();
    const std::uint8_t* mask = visible ? visible->data() : nullptr;
    const double* xs = columns.x.data();
    const double* ys = columns.y.data();
    const std::uint16_t* categories = columns.category.data();
    Cell* cells = b.cells.data();
    std::uint32_t* counts = b.categoryCounts.data();
    std::size_t events = 0;
    const auto add = [&](std::size_t i) {
        const double x = xs[i], y = ys[i];
        // Written so that a row without a position (NaN) fails it too.
        if (!(x >= left && x < right && y >= top && y < bottom)) return;
        const std::size_t k = rowCell(x, y);
        Cell& cell = cells[k];
        if (cell.count < 3) cell.rows[cell.count] = int(i);
        join(cell, x, y);
        ++counts[k * kMaxCategories + std::min<std::size_t>(categories[i], kMaxCategories - 1)];
        ++events;
    };
    if (!mask) {
        for (std::size_t i = begin; i < end; ++i)
            add(i);
        b.events += events;
        return;
    }
    // A narrow window shows a row in tens or hundreds, and each shown row's position is a
    // cache miss (10M rows: x and y are 160 MB). The shown rows are gathered a batch at a time
    // from the mask and their positions prefetched, so that the misses overlap instead of
    // following one another; the rows are added in the same order as one by one.
    constexpr std::size_t kBatch = 64;
    std::size_t batch[kBatch];
    for (std::size_t i = begin; i < end;) {
        std::size_t m = 0;
        while (i < end && m < kBatch) {
            // Hidden rows are skipped eight at a time.
            while (i + 8 <= end) {
                std::uint64_t word;
                std::memcpy(&word, mask + i, sizeof word);
                if (word != 0) break;
                i += 8;
            }
            if (i >= end) break;
            if (mask[i] != 0) {
                __builtin_prefetch(xs + i);
                __builtin_prefetch(ys + i);
                __builtin_prefetch(categories + i);
                batch[m++] = i;
            }
            ++i;
        }
        for (std::size_t k = 0; k < m; ++k)
            add(batch[k]);
    }
    b.events += events;
}

void EventClusterGrid::merge(Bins& a, const Bins& b)
{
    for (std::size_t k = 0; k < a.cells.size(); ++k) {
        const Cell& cb = b.cells[k];
        if (cb.count == 0) continue;
        Cell& ca = a.cells[k];
        for (std::uint32_t j = 0; j < cb.count && j < 3 && ca.count + j < 3; ++j)
            ca.rows[ca.count + j] = cb.rows[j];
        ca.count += cb.count;
        ca.sumX += cb.sumX;
        ca.sumY += cb.sumY;
        ca.minX = std::min(ca.minX, cb.minX);
        ca.maxX = std::max(ca.maxX, cb.maxX);
        ca.minY = std::min(ca.minY, cb.minY);
        ca.maxY = std::max(ca.maxY, cb.maxY);
        for (std::size_t m = 0; m < kMaxCategories; ++m)
            a.categoryCounts[k * kMaxCategories + m] += b.categoryCounts[k * kMaxCategories + m];
    }
    a.events += b.events;
}

void EventClusterGrid::mergeOverlapping(const MapViewport& view,
                                        double (*radiusPx)(std::uint32_t, double),
                                        double pixelRatio)
{
    std::vector<Cell>& cells = bins_[0].cells;
    order_.clear();
    for (std::size_t k = 0; k < cells.size(); ++k)
        if (cells[k].count > 3) order_.push_back(std::uint32_t(k));
    std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
        return cells[a].count != cells[b].count ? cells[a].count > cells[b].count : a < b;
    });
    // owner_[cell] = the accepted cluster drawn from that cell, or -1.
    owner_.assign(cells.size(), -1);
    auto screen = [&](std::size_t k) { return view.toScreen(centroid(k)); };
    for (std::uint32_t k : order_) {
        const QPointF p = screen(k);
        const double r = radiusPx(cells[k].count, pixelRatio);
        const int cx = int(k % std::size_t(cols_)), cy = int(k / std::size_t(cols_));
        std::int32_t into = -1;
        // Discs are at most about a cell across: overlapping ones sit within two cells.
        for (int dy = -2; dy <= 2 && into < 0; ++dy)
            for (int dx = -2; dx <= 2 && into < 0; ++dx) {
                const int x = cx + dx, y = cy + dy;
                if (x < 0 || y < 0 || x >= cols_ || y >= rows_) continue;
                const std::int32_t other = owner_[std::size_t(y * cols_ + x)];
                if (other < 0) continue;
                const QPointF q = screen(std::size_t(other));
                const double reach = r + radiusPx(cells[std::size_t(other)].count, pixelRatio);
                if (QPointF::dotProduct(p - q, p - q) < reach * reach) into = other;
            }
        if (into < 0) {
            owner_[k] = std::int32_t(k);
            continue;
        }
        Cell& a = cells[std::size_t(into)];
        Cell& b = cells[k];
        a.count += b.count;
        a.sumX += b.sumX;
        a.sumY += b.sumY;
        a.minX = std::min(a.minX, b.minX);
        a.maxX = std::max(a.maxX, b.maxX);
        a.minY = std::min(a.minY, b.minY);
        a.maxY = std::max(a.maxY, b.maxY);
        std::uint32_t* to = &bins_[0].categoryCounts[std::size_t(into) * kMaxCategories];
        std::uint32_t* from = &bins_[0].categoryCounts[k * kMaxCategories];
        for (int m = 0; m < kMaxCategories; ++m) {
            to[m] += from[m];
            from[m] = 0;
        }
        b = Cell{};
    }
}

int EventClusterGrid::dominantCategory(std::size_t cell) const
{
    const std::uint32_t* counts = categoryCounts(cell);
    return int(std::max_element(counts, counts + kMaxCategories) - counts);
}

QPointF EventClusterGrid::centroid(std::size_t cell) const
{
    const Cell& c = cells()[cell];
    return c.count ? QPointF(double(c.sumX) / kFixed / c.count, double(c.sumY) / kFixed / c.count)
                   : QPointF();
}

QRectF EventClusterGrid::worldBounds(std::size_t cell) const
{
    const Cell& c = cells()[cell];
    return QRectF(QPointF(c.minX, c.minY), QPointF(c.maxX, c.maxY));
}

namespace {
// Bit j set where byte j of the 64 is not zero.
std::uint64_t nonzeroBits(const std::uint8_t* bytes)
{
    std::uint64_t bits = 0;
    for (int w = 0; w < 8; ++w) {
        std::uint64_t v;
        std::memcpy(&v, bytes + 8 * w, sizeof v);
        constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL, kHigh = 0x8080808080808080ULL;
        const std::uint64_t high = (((v & kLow7) + kLow7) | v) & kHigh; // a byte's top bit: not 0
        bits |= (((high >> 7) * 0x0102040810204080ULL) >> 56) << (8 * w);
    }
    return bits;
}
} // namespace

std::size_t EventClusterGrid::rowCell(double x, double y) const
{
    const int cx = std::min(int((x - world_.left()) * perCell_), cols_ - 1);
    const int cy = std::min(int((y - world_.top()) * perCell_), rows_ - 1);
    return std::size_t(cy) * std::size_t(cols_) + std::size_t(cx);
}

void EventClusterGrid::copy(Bins& to, const Bins& from)
{
    // Assigned into kept buffers: no allocation once they have their size.
    to.cells.assign(from.cells.begin(), from.cells.end());
    to.categoryCounts.assign(from.categoryCounts.begin(), from.categoryCounts.end());
    to.events = from.events;
}

bool EventClusterGrid::keptFor(const EventColumns& columns) const
{
    return keptWorld_ == world_ && keptScale_ == scale_ && keptCellPx_ == cellPx_ &&
           keptCols_ == cols_ && keptRows_ == rows_ && keptColumns_ == &columns &&
           keptSize_ == columns.size() && keptX_ == columns.x.data() &&
           keptY_ == columns.y.data() && keptCategory_ == columns.category.data();
}

void EventClusterGrid::keep(const EventColumns& columns, const std::uint8_t* mask)
{
    const std::size_t n = columns.size();
    copy(base_, bins_[0]);
    shown_.assign((n + 63) / 64, 0);
    for (std::size_t b = 0; b < n / 64; ++b)
        shown_[b] = nonzeroBits(mask + b * 64);
    for (std::size_t i = n / 64 * 64; i < n; ++i)
        if (mask[i] != 0) shown_[i / 64] |= std::uint64_t(1) << (i % 64);
    touched_.assign(base_.cells.size(), 0);
    kept_ = true;
    keptWorld_ = world_;
    keptScale_ = scale_;
    keptCellPx_ = cellPx_;
    keptCols_ = cols_;
    keptRows_ = rows_;
    keptColumns_ = &columns;
    keptSize_ = columns.size();
    keptX_ = columns.x.data();
    keptY_ = columns.y.data();
    keptCategory_ = columns.category.data();
}

bool EventClusterGrid::step(const EventClusterIndex& index, const EventColumns& columns,
                            const std::uint8_t* mask)
{
    // The rows whose mask changed between shown and hidden, found 64 at a time against the
    // kept bits; more than a thirty-second of the rows (a jump, a new filter) is a full pass.
    const std::size_t n = columns.size();
    const std::size_t limit = std::max<std::size_t>(n / 32, 4096);
    changed_.clear();
    for (std::size_t b = 0; b < n / 64; ++b) {
        const std::uint8_t* bytes = mask + b * 64;
        std::uint64_t any = 0;
        for (int w = 0; w < 8; ++w) {
            std::uint64_t v;
            std::memcpy(&v, bytes + 8 * w, sizeof v);
            any |= v;
        }
        std::uint64_t diff = (any ? nonzeroBits(bytes) : 0) ^ shown_[b];
        if (diff == 0) continue;
        if (changed_.size() + std::size_t(__builtin_popcountll(diff)) > limit) return false;
        for (; diff; diff &= diff - 1)
            changed_.push_back(std::uint32_t(b * 64 + std::size_t(__builtin_ctzll(diff))));
    }
    for (std::size_t i = n / 64 * 64; i < n; ++i)
        if ((mask[i] != 0) != ((shown_[i / 64] >> (i % 64)) & 1))
            changed_.push_back(std::uint32_t(i));
    if (changed_.size() > limit) return false;

    const double left = world_.left(), right = world_.right();
    const double top = world_.top(), bottom = world_.bottom();
    touchedCells_.clear();
    for (const std::uint32_t row : changed_) {
        const bool shown = mask[row] != 0;
        shown_[row / 64] ^= std::uint64_t(1) << (row % 64);
        const double x = columns.x[row], y = columns.y[row];
        if (!(x >= left && x < right && y >= top && y < bottom)) continue; // not in view
        const std::size_t k = rowCell(x, y);
        Cell& cell = base_.cells[k];
        std::uint32_t& byCategory =
            base_.categoryCounts[k * kMaxCategories +
                                 std::min<std::size_t>(columns.category[row], kMaxCategories - 1)];
        int* const rows = cell.rows;
        if (shown) {
            join(cell, x, y);
            ++byCategory;
            ++base_.events;
            // Rows kept in order while there is room: a cell of three or fewer lists them all.
            if (rows[2] < 0) {
                int j = rows[1] < 0 ? (rows[0] < 0 ? 0 : 1) : 2;
                for (; j > 0 && rows[j - 1] > int(row); --j)
                    rows[j] = rows[j - 1];
                rows[j] = int(row);
            }
        } else {
            --cell.count;
            cell.sumX -= fixed(x);
            cell.sumY -= fixed(y);
            --byCategory;
            --base_.events;
            for (int j = 0; j < 3; ++j)
                if (rows[j] == int(row)) {
                    for (; j < 2; ++j)
                        rows[j] = rows[j + 1];
                    rows[2] = -1;
                    break;
                }
            if (!touched_[k]) {
                touched_[k] = 1;
                touchedCells_.push_back(std::uint32_t(k));
            }
        }
    }

    // A cell that lost events keeps an extent that holds the rest (a zoom target); one left
    // with three or fewer gets its rows, and its exact extent, back from the index.
    bool ok = true;
    for (const std::uint32_t k : touchedCells_) {
        touched_[k] = 0;
        Cell& cell = base_.cells[k];
        if (cell.count == 0) {
            cell = Cell{};
            continue;
        }
        if (cell.count > 3 || !ok) continue;
        std::uint32_t listed = 0;
        while (listed < 3 && cell.rows[listed] >= 0)
            ++listed;
        if (listed < cell.count) ok = ok && refill(index, columns, mask, k);
        if (!ok) continue;
        cell.minX = cell.minY = 1;
        cell.maxX = cell.maxY = 0;
        for (std::uint32_t j = 0; j < cell.count; ++j) {
            const auto row = std::size_t(cell.rows[j]);
            cell.minX = std::min(cell.minX, columns.x[row]);
            cell.maxX = std::max(cell.maxX, columns.x[row]);
            cell.minY = std::min(cell.minY, columns.y[row]);
            cell.maxY = std::max(cell.maxY, columns.y[row]);
        }
    }
    return ok; // false: the caller makes a full pass, which keeps everything anew
}

bool EventClusterGrid::refill(const EventClusterIndex& index, const EventColumns& columns,
                              const std::uint8_t* mask, std::size_t k)
{
    if (!index.isBuiltFor(columns)) return false;
    const double size = cellPx_ / scale_;
    const double x0 = world_.left() + double(k % std::size_t(cols_)) * size;
    const double y0 = world_.top() + double(k / std::size_t(cols_)) * size;
    // The index decodes positions to ±2^-31: a margin, then the exact test on the columns.
    const double margin = 1e-8;
    refill_.clear();
    index.rowsIn(QRectF(x0 - margin, y0 - margin, size + 2 * margin, size + 2 * margin), refill_);
    Cell& cell = base_.cells[k];
    std::uint32_t found = 0;
    int rows[3] = {-1, -1, -1};
    for (const int row : refill_) {
        const auto i = std::size_t(row);
        const double x = columns.x[i], y = columns.y[i];
        if (mask[i] == 0 ||
            !(x >= world_.left() && x < world_.right() && y >= world_.top() && y < world_.bottom()))
            continue;
        if (rowCell(x, y) != k) continue;
        if (found >= 3) return false;
        rows[found++] = row;
    }
    if (found != cell.count) return false;
    // In row order, as a pass from scratch lists them (three at most: by hand).
    if (rows[1] >= 0 && rows[1] < rows[0]) std::swap(rows[0], rows[1]);
    if (rows[2] >= 0 && rows[2] < rows[1]) std::swap(rows[1], rows[2]);
    if (rows[1] >= 0 && rows[1] < rows[0]) std::swap(rows[0], rows[1]);
    for (int j = 0; j < 3; ++j)
        cell.rows[j] = rows[j];
    return true;
}
