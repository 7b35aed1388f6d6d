#pragma once

#include "model/Category.h"

#include <QString>
#include <vector>

class QPainter;
class MapLayer;
class MapViewport;

// Paints the map for a viewport on any paint device (widget, QImage, SVG, PDF): every layer's
// geometry bottom to top, then labels top to bottom through one LabelPlacer, then the scale
// bar, the attribution and, if given, a legend. A pure function of its inputs.
struct MapDecorations {
    bool scaleBar = true;
    bool attribution = true;
    std::vector<Category> legend; // empty: no legend
};

namespace MapPainter {
void paint(QPainter& painter, const MapViewport& view, const std::vector<MapLayer*>& layers,
           const MapDecorations& decorations = {});
} // namespace MapPainter
