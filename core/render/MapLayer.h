#pragma once

#include <QString>

class QPainter;
class MapViewport;
class LabelPlacer;

// One layer of the map: the offline basemap, raster tiles, events, annotations. MapPainter
// paints every layer's geometry bottom to top, then every layer's labels top to bottom, so
// that labels of upper layers (events) claim space first and place labels give way.
class MapLayer {
  public:
    virtual ~MapLayer() = default;
    virtual void paint(QPainter& painter, const MapViewport& view) = 0;
    virtual void paintLabels(QPainter&, const MapViewport&, LabelPlacer&) {}
    // Text drawn in the map's corner, e.g. "© OpenStreetMap contributors". Empty for none.
    virtual QString attribution() const { return {}; }
};
