#pragma once

#include "basemap/BasemapLayer.h"
#include "model/Category.h"
#include "model/EventColumns.h"
#include "render/EventLayer.h"
#include "render/MapViewport.h"
#include "store/EventQuery.h"
#include "tiles/TileLayer.h"
#include "tiles/TileSource.h"

#include <QWidget>
#include <memory>
#include <optional>

// The map canvas: holds the view state and the layers, forwards input, and paints through
// MapPainter. Never touches the database: it draws from EventColumns loaded once.
class MapWidget : public QWidget {
    Q_OBJECT
  public:
    explicit MapWidget(QWidget* parent = nullptr);

    void setEvents(const EventColumns* columns, const std::vector<Category>& categories);
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

  signals:
    void selectionChanged(const std::vector<int>& rows); // rows in EventColumns
    void activated(int row);                             // double-click on an event
    void cursorMoved(double lat, double lon);
    void viewChanged();
    void hovered(int row); // -1 when nothing is under the cursor

  protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

  private:
    void clickAt(QPointF pos);
    MapViewport view_;
    BasemapLayer basemap_;
    EventLayer events_;
    std::unique_ptr<TileSource> tileSource_;
    TileLayer tiles_;
    const EventColumns* columns_ = nullptr;
    QPointF pressPos_, lastPos_;
    bool dragging_ = false;
    bool rubberBand_ = false;
    QRectF band_;
    // Until the user moves the map, a fitted box is refitted when the widget is resized (the
    // first fit usually happens before the window is laid out).
    std::optional<GeoBox> autoFit_;
};
