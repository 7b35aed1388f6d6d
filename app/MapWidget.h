#pragma once

#include "annotations/AnnotationLayer.h"
#include "basemap/BasemapLayer.h"
#include "model/Category.h"
#include "model/EventColumns.h"
#include "render/CachedLayer.h"
#include "render/EventLayer.h"
#include "render/MapViewport.h"
#include "store/EventQuery.h"
#include "tiles/TileLayer.h"
#include "tiles/TileSource.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class MapMode;
class ViewState;

// The map canvas: holds the viewport and the layers, forwards input to the current MapMode
// (pan and select unless told otherwise), and paints through MapPainter with the mode's
// overlay on top. Never touches the database: it draws from EventColumns loaded once.
class MapWidget : public QWidget {
    Q_OBJECT
  public:
    explicit MapWidget(QWidget* parent = nullptr);
    ~MapWidget() override;
    // Shows the state's events, mask and selection, and selects and activates through it; the
    // list's "only in the map view" follows the map's area.
    void setViewState(ViewState* view);
    // The hover tooltip of an event (e.g. its title and date, read by EventLookup), by id.
    void setTooltipProvider(std::function<QString(qint64)> provider);

    void setEvents(const EventColumns* columns, const std::vector<Category>& categories);
    // The project's places, named beside their markers; call after setEvents.
    void setSites(const std::vector<Location>& locations);
    const SiteLabels& sites() const { return events_.sites(); }
    const EventColumns* columns() const { return columns_; }
    // Every event under a point of the widget (EventLayer::rowsAt).
    std::vector<int> rowsAt(QPoint pos, std::size_t* total = nullptr) const
    {
        return events_.rowsAt(QPointF(pos), total);
    }
    void setVisibility(const std::vector<std::uint8_t>* visible); // see EventLayer
    void setSelection(const std::vector<int>& rows);
    const std::vector<int>& selection() const { return events_.selection(); }

    const MapViewport& viewport() const { return view_; }
    void setViewport(const MapViewport& view);
    void zoomToBox(const GeoBox& box);
    void zoomToData();
    void zoomToSelection();
    void zoomBy(double delta); // about the centre
    void centreOn(int row);
    // Raster tiles over the offline basemap (null: none). The widget owns the source.
    void setTileSource(std::unique_ptr<TileSource> source);
    TileSource* tileSource() const { return tileSource_.get(); } // null: none

    // For a headless screenshot: waits up to `timeoutMs` for the visible tiles (a local event
    // loop; never on the paint path). Returns how many are still missing.
    int waitForTiles(int timeoutMs);

    // Annotations drawn over the events; the widget may move vertices while dragging (the
    // owner reloads the vector after saving).
    void setAnnotations(std::vector<Annotation>* annotations);
    void setAnnotationWindow(std::optional<TimeWindow> window);
    void setSelectedAnnotation(qint64 id);
    // Sketching a line or an area: clicks add vertices, double-click or Enter finishes,
    // Escape cancels (DrawLineMode, DrawAreaMode).
    void startSketch(Annotation::Kind kind);
    bool isSketching() const;

    // For the modes. setMode makes `mode` current (the old one is destroyed once the event
    // being handled is done); resetMode goes back to pan and select.
    void setMode(std::unique_ptr<MapMode> mode);
    void resetMode();
    const MapMode& mode() const { return *mode_; }
    std::optional<EventLayer::Hit> eventAt(QPointF screen) const;
    std::vector<int> rowsIn(const QRectF& screenRect) const;
    std::optional<AnnotationLayer::Hit> annotationAt(QPointF screen) const;
    const Annotation* annotation(qint64 id) const;
    void moveVertexOnScreen(qint64 id, int vertex, QPointF lonLat); // saved by the owner
    void select(const std::vector<int>& rows);                      // emits selectionChanged
    void panByPixels(QPointF delta);
    void zoomAbout(QPointF screen, double delta);
    void zoomIntoCluster(const QRectF& worldBounds); // until its events separate
    QPointF lonLatAt(QPointF screen) const;

  signals:
    void selectionChanged(const std::vector<int>& rows); // rows in EventColumns
    void activated(int row);                             // double-click on an event
    void cursorMoved(double lat, double lon);
    void viewChanged();
    void hovered(int row); // -1 when nothing is under the cursor
    // Right-click: the geographic point, what is under it, and where to show a menu.
    // A click on several events at once (a stack, a small cluster): offer them in a list.
    void pickRequested(const std::vector<int>& rows, QPoint globalPos);
    void contextRequested(QPointF lonLat, std::optional<qint64> annotation, int vertex,
                          int eventRow, QPoint globalPos);
    void annotationMoved(qint64 id, int vertex, QPointF fromLonLat, QPointF toLonLat);
    void annotationActivated(qint64 id); // double-click on an annotation
    void annotationClicked(qint64 id);
    void sketchFinished(Annotation::Kind kind, const QList<QPointF>& lonLats);
    // The current mode's keys, for the status bar ("Click to add points, …"); empty: none.
    void modeHint(const QString& text);

  protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void keyPressEvent(QKeyEvent*) override;
    void contextMenuEvent(QContextMenuEvent*) override;

  private:
    void viewMoved(); // the user moved the map: no more refitting, tell the observers
    MapViewport view_;
    BasemapLayer basemap_;
    CachedLayer cachedBasemap_{basemap_}; // what paintEvent draws: a scrub leaves it as it is
    EventLayer events_;
    std::unique_ptr<TileSource> tileSource_;
    TileLayer tiles_;
    const EventColumns* columns_ = nullptr;
    int describedCount_ = -1; // the accessible description's count
    ViewState* viewState_ = nullptr;
    std::function<QString(qint64)> tooltip_;
    int hovered_ = -1;
    // Until the user moves the map, a fitted box is refitted when the widget is resized (the
    // first fit usually happens before the window is laid out).
    std::optional<GeoBox> autoFit_;
    AnnotationLayer annotationLayer_;
    std::vector<Annotation>* annotations_ = nullptr;
    std::unique_ptr<MapMode> mode_;
    std::unique_ptr<MapMode> retired_; // replaced during the event being handled
};
