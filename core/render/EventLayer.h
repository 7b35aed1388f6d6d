#pragma once

#include "model/EventColumns.h"
#include "render/MapLayer.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <cstdint>
#include <optional>
#include <vector>

// Draws events from EventColumns: dots coloured by category, screen-grid clusters with counts
// where they are dense, soft halos for imprecise positions, the selection on top.
// Each paint remembers what it drew (bounded by the grid, not by the data) for hit testing.
class EventLayer : public MapLayer {
  public:
    struct Hit {
        int event = -1;     // row in EventColumns, or -1 for a cluster
        int count = 0;      // events in the cluster
        QRectF worldBounds; // the cluster's events' extent, to zoom into
    };

    void setColumns(const EventColumns* columns) { columns_ = columns; }
    void setColours(std::vector<QColor> colours) { colours_ = std::move(colours); }
    // nullptr = all visible; 0 hides a row; 1–255 is its opacity (cumulative fading).
    void setVisibility(const std::vector<std::uint8_t>* visible) { visible_ = visible; }
    void setSelection(std::vector<int> rows) { selection_ = std::move(rows); }
    const std::vector<int>& selection() const { return selection_; }

    void paint(QPainter& painter, const MapViewport& view) override;
    // Reserves the symbols drawn so that place labels give way to them.
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override;

    // Against the last paint: what is under a screen point (within a few pixels).
    std::optional<Hit> hitTest(QPointF screen) const;
    // Rows whose symbols lie in a screen rectangle (rubber band), in the given view.
    std::vector<int> rowsIn(const QRectF& screenRect, const MapViewport& view) const;
    int lastDrawnCount() const { return drawnEvents_; } // events in view at the last paint

    // Below this many events in view every event is drawn on its own.
    static constexpr int kIndividualLimit = 3000;
    // Uncertainty rings larger than the screen are drawn only with this few events in view.
    static constexpr int kMaxRings = 200;

  private:
    struct Cell {
        int count = 0;
        double sx = 0, sy = 0; // sums of world coordinates
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        int category = 0;
        int rows[3] = {-1, -1, -1}; // the first few, drawn individually when the cell is sparse
    };
    struct Drawn {
        QPointF centre;
        double radius;
        Hit hit;
    };

    bool isVisible(std::size_t i) const { return !visible_ || (*visible_)[i] != 0; }
    void drawEvent(QPainter& painter, const MapViewport& view, std::size_t i, double radius);

    const EventColumns* columns_ = nullptr;
    std::vector<QColor> colours_;
    const std::vector<std::uint8_t>* visible_ = nullptr;
    std::vector<int> selection_;
    // Reused between frames: sized by the screen grid, never by the data.
    // Binning runs on two threads over halves of the rows, each into its own buffers.
    struct Bins {
        std::vector<Cell> cells;
        std::vector<std::uint32_t> categoryCounts;
        int events = 0;
    };
    void bin(std::size_t begin, std::size_t end, const MapViewport& view, int cols, double cellPx,
             Bins& out) const;
    Bins bins_[2];
    std::vector<Cell>& cells_ = bins_[0].cells;
    std::vector<std::uint32_t>& cellCategoryCounts_ = bins_[0].categoryCounts;
    std::vector<Drawn> drawn_;
    int drawnEvents_ = 0;
};
