#pragma once

#include "model/EventColumns.h"
#include "render/EventClusterIndex.h"

#include <QPointF>
#include <QRectF>
#include <cstdint>
#include <vector>

class MapViewport;

// One frame's aggregation: the visible events in view binned into square screen cells, each
// with its count, centroid, extent and per-category counts. Without a mask, and where the
// index has a pyramid level finer than a quarter cell, whole index cells are added at once;
// otherwise the events in view are visited through the index's runs, or — when a mask shows
// a large share of the data — in row order, the shown rows' positions prefetched a batch at a
// time, on two threads when many are shown. Buffers are reused: a frame allocates nothing in
// proportion to the data.
class EventClusterGrid {
  public:
    static constexpr int kMaxCategories = 32;       // higher categories are counted under the last
    static constexpr double kFixed = 68719476736.0; // 2^36
    static std::int64_t fixed(double world) { return std::int64_t(world * kFixed); }

    struct Cell {
        std::uint32_t count = 0;
        // World positions in units of 2^-36 (kFixed): whole numbers, so that a scrub step's
        // additions and subtractions give exactly the sums of a pass from scratch.
        std::int64_t sumX = 0, sumY = 0;
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        int rows[3] = {-1, -1, -1}; // every row when count <= 3
    };
    enum class Path { Pyramid, Runs, Rows };

    // `visible`: nullptr = all; 0 hides a row, any other value shows it.
    void aggregate(const EventClusterIndex& index, const EventColumns& columns,
                   const std::vector<std::uint8_t>* visible, const MapViewport& view,
                   double cellPx);

    // Clusters (cells of more than three events) whose discs would overlap are merged, larger
    // first: the smaller one's events, sums, extent and categories move into the larger, whose
    // cell keeps them (its centroid may then leave its square). Counts still add up.
    // `radiusPx(count)` is the disc's radius on screen.
    void mergeOverlapping(const MapViewport& view, double (*radiusPx)(std::uint32_t, double),
                          double pixelRatio);

    int columnCount() const { return cols_; }
    int rowCount() const { return rows_; }
    double cellPx() const { return cellPx_; }
    const std::vector<Cell>& cells() const { return bins_[0].cells; }
    const std::uint32_t* categoryCounts(std::size_t cell) const
    {
        return &bins_[0].categoryCounts[cell * kMaxCategories];
    }
    int dominantCategory(std::size_t cell) const;
    QPointF centroid(std::size_t cell) const; // world
    QRectF worldBounds(std::size_t cell) const;
    std::size_t events() const { return bins_[0].events; } // visible events in view
    Path lastPath() const { return path_; }
    // The last masked pass over the rows was a step from the one before: only the rows whose
    // mask changed between shown and hidden were visited (same view, same columns).
    bool lastWasIncremental() const { return incremental_; }
    // The columns changed in place: the next masked pass starts from scratch.
    void invalidate() { kept_ = false; }

  private:
    struct Bins {
        std::vector<Cell> cells;
        std::vector<std::uint32_t> categoryCounts;
        std::size_t events = 0;
    };
    void reset(Bins& b) const;
    // A masked pass over the rows takes a second thread only when it shows more than this.
    static constexpr std::size_t kRowsPerThread = 100'000;
    static std::size_t shownAbout(const std::vector<std::uint8_t>* visible, std::size_t n);
    std::size_t cellOf(double x, double y) const;
    void addEvent(Bins& b, double x, double y, int row, std::uint16_t category) const;
    void addNode(Bins& b, const EventClusterIndex& index, const EventClusterIndex::Node& node,
                 int level) const;
    void addRun(Bins& b, const EventClusterIndex& index, const EventColumns& columns,
                const EventClusterIndex::Run& run, const std::vector<std::uint8_t>* visible) const;
    void addRows(Bins& b, const EventColumns& columns, const std::vector<std::uint8_t>* visible,
                 std::size_t begin, std::size_t end) const;
    static void merge(Bins& into, const Bins& from);
    static void copy(Bins& to, const Bins& from);
    // One event joins a cell: its count, sums and extent (the caller keeps rows, categories).
    static void join(Cell& cell, double x, double y);
    std::size_t rowCell(double x, double y) const; // the Rows path's cell of a point in view
    bool keptFor(const EventColumns& columns) const;
    void keep(const EventColumns& columns, const std::uint8_t* mask);
    bool step(const EventClusterIndex& index, const EventColumns& columns,
              const std::uint8_t* mask);
    bool refill(const EventClusterIndex& index, const EventColumns& columns,
                const std::uint8_t* mask, std::size_t cell);

    int cols_ = 1, rows_ = 1;
    double cellPx_ = 56;
    QRectF world_;
    double scale_ = 1;          // screen pixels per world unit
    double perCell_ = 1.0 / 56; // cells per world unit
    Path path_ = Path::Rows;
    Bins bins_[2];
    std::vector<EventClusterIndex::Run> runs_;
    std::vector<std::uint32_t> order_; // reused by mergeOverlapping
    std::vector<std::int32_t> owner_;

    // What the last masked row pass counted, for the next one to step from: its bins before
    // merging (base_), one bit per row shown (1.25 MB at 10M rows), and the frame it was for.
    // Counts, sums, categories and the rows of cells of three or fewer are exactly those of a
    // pass from scratch; a cluster's extent only ever grows (it holds its events).
    bool kept_ = false, incremental_ = false;
    Bins base_;
    std::vector<std::uint64_t> shown_;
    std::vector<std::uint32_t> changed_;      // reused: the rows whose mask changed
    std::vector<std::uint32_t> touchedCells_; // reused: cells that lost events
    std::vector<std::uint8_t> touched_;       // per cell, while listed in touchedCells_
    std::vector<int> refill_;                 // reused by refill()
    QRectF keptWorld_;
    double keptScale_ = 0, keptCellPx_ = 0;
    int keptCols_ = 0, keptRows_ = 0;
    const EventColumns* keptColumns_ = nullptr;
    std::size_t keptSize_ = 0;
    const double *keptX_ = nullptr, *keptY_ = nullptr;
    const std::uint16_t* keptCategory_ = nullptr;
};
