#pragma once

#include "model/EventColumns.h"

#include <QRectF>
#include <cstdint>
#include <vector>

// A spatial index of EventColumns, built once per load: the rows sorted by the Z-order key of
// their position (so a quadtree cell is a contiguous run), and a pyramid of per-cell totals —
// count, position sums and per-category counts — for the levels that are much coarser than
// the data. A frame then touches cells in view, not events; see EventClusterGrid.
// 12 bytes per event plus the pyramid (at most one cell per 8 events), built when first
// needed.
class EventClusterIndex {
  public:
    // The events of one quadtree cell at a pyramid level.
    struct Node {
        std::uint64_t prefix = 0;          // the cell's Morton code at its level
        std::uint32_t begin = 0, end = 0;  // run in the sorted order
        double sumX = 0, sumY = 0;         // of the world positions, for the centroid
        std::uint32_t categoriesBegin = 0; // into categoryCounts()
        std::uint32_t categoriesEnd = 0;
    };
    struct CategoryCount {
        std::uint16_t category = 0;
        std::uint32_t count = 0;
    };
    // A run of sorted entries met while walking a rectangle; `partial` runs straddle its edge.
    struct Run {
        std::uint32_t begin = 0, end = 0;
        bool partial = false;
    };

    // Events without a position (x = y = NaN) are left out. The pyramid serves only frames
    // without a mask (the window always has one, a time window): Later leaves it to the first
    // such frame (ensurePyramid), which at ten million events saves some 100 MB.
    enum class Pyramid { Now, Later };
    void build(const EventColumns& columns, Pyramid pyramid = Pyramid::Now);
    // Builds the pyramid if it was left for later (the same columns as build()).
    void ensurePyramid(const EventColumns& columns);
    bool hasPyramid() const { return pyramidBuilt_; } // built, though perhaps with no levels
    void clear();
    std::size_t size() const { return keys_.size(); } // positioned events
    // Whether it was built from columns of this many rows (positionless ones included).
    bool isBuiltFor(const EventColumns& columns) const { return builtRows_ == columns.size(); }

    // Sorted by key: the key and the row in EventColumns (whose category is the columns').
    const std::vector<std::uint64_t>& keys() const { return keys_; }
    const std::vector<std::uint32_t>& rows() const { return rows_; }
    QPointF position(std::uint32_t sorted) const; // decoded from the key (±2^-31)

    // Pyramid levels 0..deepestLevel() (−1: none, the data is too small to need one, or the
    // pyramid is not built yet).
    int deepestLevel() const { return int(levels_.size()) - 1; }
    const std::vector<Node>& level(int l) const { return levels_[std::size_t(l)]; }
    const std::vector<CategoryCount>& categoryCounts() const { return categoryCounts_; }
    // The sorted run of a quadtree cell, by binary search.
    Run cellRun(int level, std::uint64_t prefix) const;

    // The runs covering `world` down to cells of `level` (cells wholly inside are whole runs,
    // cells on the edge at `level` are `partial`). Appends to `out`; bounded by the
    // rectangle's perimeter in cells, not by the data.
    void collectRuns(const QRectF& world, int level, std::vector<Run>& out) const;
    // Every row whose position lies in `world` (left/top inclusive, right/bottom exclusive).
    void rowsIn(const QRectF& world, std::vector<int>& out) const;

    std::size_t memoryBytes() const;

  private:
    void buildPyramid(const EventColumns& columns);
    void collect(const QRectF& world, int level, int m, std::uint32_t cx, std::uint32_t cy,
                 std::vector<Run>& out) const;

    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> rows_;
    std::vector<std::vector<Node>> levels_;
    std::vector<CategoryCount> categoryCounts_;
    std::size_t builtRows_ = 0;
    bool pyramidBuilt_ = false;
};
