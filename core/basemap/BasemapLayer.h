#pragma once

#include "basemap/PopulatedPlaces.h"
#include "basemap/Waterways.h"
#include "render/MapLayer.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

// The embedded offline basemap: sea, land, lakes and rivers, country borders, country names
// and populated places. Countries come at 1:110m below zoom 3, 1:50m above, and 1:10m inside
// the Middle East from zoom 5 (drawn there instead of the 1:50m, clipped to its region).
// Loaded once from the Qt resources (resources/basemap/, made by scripts/basemap/) and shared.
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
        QRectF region; // world units; a band covering the whole world is a base level
        bool regional = false;
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
    const Band& bandFor(double zoom) const; // the base level at `zoom`
    // The regional bands drawn at `zoom` in `visible` (world units), instead of the base level.
    std::vector<const Band*> detailFor(double zoom, const QRectF& visible) const;
    Style style;
    Waterways waterways;
    PopulatedPlaces places;

  private:
    void paintCountries(QPainter& painter, const MapViewport& view, bool fill) const;
    void paintCountryLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) const;
    std::shared_ptr<const std::vector<Band>> bands_;
};
