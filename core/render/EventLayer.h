#pragma once

#include "model/EventColumns.h"
#include "model/GeoPrecision.h"
#include "render/EventClusterGrid.h"
#include "render/EventClusterIndex.h"
#include "render/MapLayer.h"
#include "render/SiteLabels.h"
#include "render/SymbolSprites.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <cstdint>
#include <optional>
#include <vector>

// Draws events from EventColumns: dots coloured by category, screen-grid clusters with counts
// where they are dense, soft halos for imprecise positions, the selection on top.
// setColumns builds a spatial index (EventClusterIndex) once; each frame aggregates through it
// (EventClusterGrid) and remembers what it drew — bounded by the screen grid, not by the
// data — for hit testing.
class EventLayer : public MapLayer {
  public:
    struct Hit {
        int event = -1;     // row in EventColumns, or -1 for a cluster
        int count = 0;      // events in the cluster
        QRectF worldBounds; // the cluster's events' extent, to zoom into
    };

    // Builds the index (about 0.1 s per million events); call again when the columns change.
    // Its pyramid serves only frames without a mask: a window, which always has one, leaves
    // it to the first such frame (Later); exports of the whole range build it here.
    void setColumns(const EventColumns* columns,
                    EventClusterIndex::Pyramid pyramid = EventClusterIndex::Pyramid::Now);
    void setColours(std::vector<QColor> colours) { colours_ = std::move(colours); }
    // nullptr = all visible; 0 hides a row; 1–255 is its opacity (cumulative fading).
    void setVisibility(const std::vector<std::uint8_t>* visible) { visible_ = visible; }
    void setSelection(std::vector<int> rows) { selection_ = std::move(rows); }
    const std::vector<int>& selection() const { return selection_; }

    void paint(QPainter& painter, const MapViewport& view) override;
    // Reserves the symbols drawn so that place labels give way to them, then names the
    // project's own places beside their markers (sites).
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override;

    // Against the last paint: what is under a screen point (within a few pixels).
    std::optional<Hit> hitTest(QPointF screen) const;
    // Against the last paint: every event under a screen point, for a pick list. A stack of
    // symbols gives each of its events; a cluster gives the visible events in its extent
    // (kPickLimit at most, the earliest rows; `total`, if given, gets the full count).
    std::vector<int> rowsAt(QPointF screen, std::size_t* total = nullptr) const;
    static constexpr std::size_t kPickLimit = 5000;
    // Rows whose symbols lie in a screen rectangle (rubber band), in the given view.
    std::vector<int> rowsIn(const QRectF& screenRect, const MapViewport& view) const;
    int lastDrawnCount() const { return drawnEvents_; } // events in view at the last paint
    const EventClusterIndex& index() const { return index_; }
    const EventClusterGrid& grid() const { return grid_; } // the last paint's aggregation
    SiteLabels& sites() { return sites_; }
    const SiteLabels& sites() const { return sites_; }

    static constexpr double kMarkerRadius = 5; // an event's dot, in 96 dpi pixels
    // Below this many events in view every event is drawn on its own.
    static constexpr int kIndividualLimit = 3000;
    // Uncertainty rings larger than the screen are drawn only with this few events in view.
    static constexpr int kMaxRings = 60;
    // Soft halos together cover at most this many screens' area per frame.
    static constexpr double kHaloScreens = 1.5;

  private:
    struct Drawn {
        QPointF centre;
        double radius;
        Hit hit;
    };

    bool isVisible(std::size_t i) const { return !visible_ || (*visible_)[i] != 0; }
    QColor colourOf(std::size_t category) const;
    enum class Part { Halo, Symbol, Both };
    void drawEvent(QPainter& painter, const MapViewport& view, std::size_t i, double radius,
                   Part part = Part::Both);
    void drawUncertainty(QPainter& painter, const MapViewport& view, QPointF p, double worldY,
                         GeoPrecision geo, QColor colour, double radius);
    void drawCluster(QPainter& painter, const MapViewport& view, QPointF centre,
                     std::uint32_t count, QColor colour);

    const EventColumns* columns_ = nullptr;
    std::vector<QColor> colours_;
    const std::vector<std::uint8_t>* visible_ = nullptr;
    std::vector<int> selection_;
    EventClusterIndex index_;
    EventClusterGrid grid_;
    std::vector<Drawn> drawn_;
    std::vector<int> inView_; // reused: the rows drawn one by one
    int drawnEvents_ = 0;
    SymbolSprites sprites_;
    SiteLabels sites_;
    bool raster_ = true;  // the device is a raster image: symbols are blitted sprites
    double haloArea_ = 0; // this frame's halo pixels so far
};
