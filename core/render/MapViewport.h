#pragma once

#include "geo/GeoBox.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

// The map's view state: what part of the world is shown at what size. A value type; widgets
// own one and pass it to painters, so the screen, PNG, SVG and PDF draw the same picture.
class MapViewport {
  public:
    MapViewport() = default;
    MapViewport(QSizeF sizePx, QPointF centreWorld, double zoom, double pixelRatio = 1.0);

    // The viewport that shows `box` inside `sizePx` with `marginPx` to spare on each side.
    static MapViewport fitting(const GeoBox& box, QSizeF sizePx, double marginPx = 24,
                               double pixelRatio = 1.0);

    QSizeF size() const { return size_; }
    QPointF centre() const { return centre_; } // normalised world units (see WebMercator)
    double zoom() const { return zoom_; }      // fractional; 0 = whole world in 256 px
    // Scale of symbols, labels and line widths: 1 on screen, >1 for high-resolution export.
    double pixelRatio() const { return pixelRatio_; }
    double worldSizePx() const; // 256 · 2^zoom

    QPointF toScreen(QPointF world) const;
    QPointF toWorld(QPointF screen) const;
    QPointF geoToScreen(double lat, double lon) const;
    QRectF visibleWorldRect() const;
    GeoBox visibleGeoBox() const;

    void setSize(QSizeF sizePx) { size_ = sizePx; }
    void setCentre(QPointF world);
    void setZoom(double zoom); // clamped to [kMinZoom, kMaxZoom]
    void setPixelRatio(double r) { pixelRatio_ = r; }
    void zoomAbout(QPointF screenPoint, double zoomDelta); // the point under the cursor stays
    void panByPixels(QPointF screenDelta);

    static constexpr double kMinZoom = 0.0;
    static constexpr double kMaxZoom = 19.0;

  private:
    QSizeF size_{256, 256};
    QPointF centre_{0.5, 0.5};
    double zoom_ = 0;
    double pixelRatio_ = 1.0;
};
