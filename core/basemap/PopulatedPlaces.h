#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

class QPainter;
class QFont;
class QFontMetricsF;
class MapViewport;
class LabelPlacer;

// Populated places from GeoNames (resources/basemap/places.bin): every place of 15,000 people
// or more, and smaller towns in the Middle East. Each is a dot and its name; larger places
// claim their space first, a place whose label would overlap another label or an event symbol
// is left out (a city of kOverSymbols people or more only gives way to labels), a place the
// project already names there is not named twice, and smaller places appear as the map zooms in.
class PopulatedPlaces {
  public:
    struct Place {
        QString name; // plain text
        QPointF world;
        quint32 population = 0;
        double minZoom = 0;
    };

    struct Label {
        const Place* place = nullptr;
        QPointF dot; // screen pixels
        double radius = 0;
        QRectF text;
        bool large = false;  // a city of a million or more
        bool haloed = false; // placed over event symbols: drawn on a white halo
    };

    PopulatedPlaces();
    const std::vector<Place>& places() const { return *places_; } // largest first
    static double minZoomFor(quint32 population);
    static QFont font(const QFont& base, bool large, double pixelRatio);
    // Places the labels that fit, reserving their space in `placer`; paintLabels draws them.
    std::vector<Label> layout(const MapViewport& view, LabelPlacer& placer,
                              const QFontMetricsF& small, const QFontMetricsF& large) const;
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) const;

    // Below this zoom country names are placed before places.
    static constexpr double kLeadZoom = 7.0;
    // Cities of this many people keep their names over event symbols (Baghdad, Kirkuk).
    static constexpr quint32 kOverSymbols = 300'000;
    QColor dotColour{0x4a, 0x44, 0x40};
    QColor textColour{0x2e, 0x2a, 0x27};

  private:
    std::shared_ptr<const std::vector<Place>> places_;
};
