#pragma once

#include "annotations/Annotation.h"
#include "basemap/BasemapLayer.h"
#include "compose/MapExport.h"
#include "model/Category.h"
#include "model/EventColumns.h"
#include "model/EventFilter.h"
#include "render/EventLayer.h"
#include "render/MapViewport.h"
#include "render/TimeHistogram.h"
#include "render/TimelineSprites.h"
#include "tiles/TileLayer.h"

#include <QImage>
#include <QSizeF>
#include <memory>
#include <thread>
#include <vector>

class EventStore;
class QPainter;

// Draws snapshots of one project (MapExportOptions) again and again: the project is read once,
// and the event index, sprite caches, basemap and time histogram are kept between snapshots,
// so an animation pays for the database and the index once, not once a frame. The index is
// built at the first picture; a raster one paints the basemap meanwhile on a second core. Made
// from a store, the index of a large project is built while the rest of the project is read.
// Not thread-safe: one renderer per thread.
class SnapshotRenderer {
  public:
    explicit SnapshotRenderer(const EventStore& store);
    SnapshotRenderer(EventColumns columns, std::vector<Category> categories,
                     std::vector<Annotation> annotations = {});
    ~SnapshotRenderer();
    SnapshotRenderer(const SnapshotRenderer&) = delete;
    SnapshotRenderer& operator=(const SnapshotRenderer&) = delete;

    // Paints onto any device of `size` pixels (QImage, QSvgGenerator, QPdfWriter).
    void paint(QPainter& painter, QSizeF size, const MapExportOptions& options);
    // An opaque RGB32 image of options.size carrying options.dpi.
    QImage render(const MapExportOptions& options);

    // The project's own places named beside their markers (built by the constructor that
    // reads a store; a renderer made from columns in memory takes the caller's).
    void setSites(const SiteLabels& sites) { events_.sites() = sites; }
    // The map's viewport in a picture of options.size: the tiles it needs (TileSnapshot).
    MapViewport mapView(const MapExportOptions& options);
    // The same where options.bbox is set, without a project: an area is then all it needs.
    static MapViewport mapView(const MapExportOptions& options, const GeoBox& extent);
    // Visible tiles of options.tiles that the last picture lacked (not loaded in time).
    int missingTiles() const { return missingTiles_; }
    const EventColumns& columns() const { return columns_; }
    const std::vector<Category>& categories() const { return categories_; }

  private:
    // Where the parts of a picture of one size go.
    struct Layout {
        double ratio = 1; // of 96 dpi screen units
        double titleHeight = 0, captionHeight = 0, timelineHeight = 0;
        QRectF mapRect;
        MapViewport view;
    };
    static constexpr std::size_t kThreadedSize = 100'000; // fewer events are not worth a thread

    void setCategories(std::vector<Category> categories);
    void findExtent();
    void buildIndex(); // joins indexBuilder_ if it runs, else builds the index here
    void prepare();    // the index and the extent, once
    Layout layout(QSizeF size, const MapExportOptions& o) const;
    static Layout layout(QSizeF size, const MapExportOptions& o, const GeoBox& extent);
    void paintBackground(QPainter& painter, QSizeF size, const Layout& l); // white, basemap
    void paintOver(QPainter& painter, QSizeF size, const Layout& l, const MapExportOptions& o);
    void startHistogram(const MapExportOptions& o); // on a thread, for a strip
    void buildHistogram();
    void paintTimeline(QPainter& painter, const QRectF& strip, double ratio,
                       const MapExportOptions& o, const std::vector<std::uint8_t>* visible);
    std::vector<Category> shownCategories(const std::vector<std::uint8_t>* visible,
                                          bool withTimeline) const;

    EventColumns columns_;
    std::vector<Category> categories_;
    std::vector<QColor> colours_;
    std::vector<Annotation> annotations_;
    qint64 timeFrom_ = 0, timeTo_ = 86400;
    GeoBox extent_; // where the events are: the default area (a sort of every position)
    bool prepared_ = false;
    BasemapLayer basemap_;
    EventLayer events_;
    EventFilter filter_;
    std::unique_ptr<TimeHistogram> histogram_; // built on the first timeline strip
    std::thread histogramBuilder_;             // building it; joined before it is read
    std::thread indexBuilder_; // the events' index from a store's columns; joined by buildIndex
    TimelineSprites timelineSprites_;
    TileLayer tiles_;
    int missingTiles_ = 0;
};
