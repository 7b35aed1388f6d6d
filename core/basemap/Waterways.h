#pragma once

#include <QColor>
#include <QPainterPath>
#include <QPolygonF>
#include <memory>
#include <vector>

class QPainter;
class MapViewport;

// Lakes and rivers from Natural Earth (1:110m below zoom 2, 1:50m above), loaded once from
// resources/basemap/water.bin. Rivers widen as the map zooms in.
class Waterways {
  public:
    struct Shape {
        QPainterPath path; // world units
        QRectF bounds;
    };
    struct River {
        QPolygonF line; // world units
        QRectF bounds;
    };
    struct Band {
        double minZoom = 0;
        std::vector<Shape> lakes;
        std::vector<River> rivers;
    };

    Waterways();
    const std::vector<Band>& bands() const { return *bands_; }
    const Band& bandFor(double zoom) const;
    static double riverWidth(double zoom); // device-independent pixels
    void paint(QPainter& painter, const MapViewport& view, const QColor& lakeFill) const;

    QColor river{0x6f, 0xa3, 0xd2};

  private:
    std::shared_ptr<const std::vector<Band>> bands_;
};
