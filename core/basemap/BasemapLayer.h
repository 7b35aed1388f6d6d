#pragma once

#include "render/MapLayer.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

// The embedded offline basemap: sea, land and country borders from Natural Earth, at 1:110m
// below zoom 3 and 1:50m above, with country names. Loaded once from the Qt resource
// (resources/basemap/countries.bin, made by scripts/basemap/convert.mjs) and shared.
class BasemapLayer : public MapLayer {
  public:
    struct Country {
        QString name;
        QPainterPath path; // normalised Web Mercator units
        QRectF bounds;
        QPointF label;   // normalised Web Mercator units
        double area = 0; // of the largest ring, square degrees: ranks labels
    };
    struct Band {
        double minZoom = 0;
        std::vector<Country> countries;
    };
    struct Style {
        QColor sea{0xd4, 0xe4, 0xef};
        QColor land{0xf4, 0xf1, 0xea};
        QColor border{0xa8, 0x9f, 0x95};
        QColor label{0x5a, 0x54, 0x4e};
    };

    BasemapLayer();
    void paint(QPainter& painter, const MapViewport& view) override;
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override;
    QString attribution() const override;

    const std::vector<Band>& bands() const { return *bands_; }
    const Band& bandFor(double zoom) const;
    Style style;

  private:
    std::shared_ptr<const std::vector<Band>> bands_;
};
