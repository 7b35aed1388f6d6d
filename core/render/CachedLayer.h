#pragma once

#include "render/MapLayer.h"

#include <QImage>
#include <QPointF>
#include <QSizeF>

// Keeps the last picture of a layer whose look depends only on the view (the basemap's land,
// water and borders) and blits it while the view stays put: a scrub or playback step then
// repaints the events over a copy instead of redrawing every coastline. Labels are not
// cached, since they give way to the events in front of them. Only raster painting (screen,
// PNG) uses the cache; SVG and PDF get the layer itself, as vectors.
class CachedLayer final : public MapLayer {
  public:
    explicit CachedLayer(MapLayer& inner) : inner_(inner) {}
    void paint(QPainter& painter, const MapViewport& view) override;
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override;
    QString attribution() const override { return inner_.attribution(); }
    void invalidate() { cache_ = QImage(); } // the layer's look changed

  private:
    static bool opaque(const QImage& image); // every pixel's alpha 255
    MapLayer& inner_;
    QImage cache_;
    QPointF centre_;
    QSizeF size_;
    double zoom_ = 0;
    double ratio_ = 0;
};
