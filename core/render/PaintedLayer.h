#pragma once

#include "render/MapLayer.h"

// A layer whose geometry is already on the canvas (the basemap, painted on another thread
// while the events' index was built): MapPainter skips its paint but still places its labels
// and names its attribution, in the layer's place in the stack.
class PaintedLayer final : public MapLayer {
  public:
    explicit PaintedLayer(MapLayer& inner) : inner_(inner) {}
    void paint(QPainter&, const MapViewport&) override {}
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override
    {
        inner_.paintLabels(painter, view, placer);
    }
    QString attribution() const override { return inner_.attribution(); }

  private:
    MapLayer& inner_;
};
