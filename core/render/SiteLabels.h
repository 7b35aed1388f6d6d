#pragma once

#include "model/EventColumns.h"
#include "model/Location.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;
class MapViewport;
class LabelPlacer;

// The project's own places (Mosul, Baiji, the refinery) named on the map beside their markers.
// They are the story's places, so they claim space before any basemap town: a name goes beside
// its marker (right, left, above, below), never under it; where every spot is taken by other
// events' symbols, the names of the busiest places are still written over those, on a halo.
// Places are ranked by their number of events; a frame looks at a bounded number of them, so
// the label pass costs the same at a thousand events or a million.
class SiteLabels {
  public:
    struct Site {
        QString name; // plain text, as in the project
        QPointF world;
        std::uint32_t events = 0;
    };
    struct Label {
        const Site* site = nullptr;
        QRectF text; // screen pixels
    };

    // Sites with a position and at least one event, busiest first. An event belongs to a site
    // when its position is the site's (events placed by their location's coordinate).
    void build(const std::vector<Location>& locations, const EventColumns& columns);
    void clear() { sites_.clear(); }
    const std::vector<Site>& sites() const { return sites_; }

    // Places the names that fit, reserving their space; `markerRadius` in pixels.
    std::vector<Label> layout(const MapViewport& view, LabelPlacer& placer,
                              const QFontMetricsF& metrics, double markerRadius) const;
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer,
                     double markerRadius) const;
    static QFont font(const QFont& base, double pixelRatio);

    static constexpr int kMaxLabels = 40;      // a frame names at most this many
    static constexpr int kMaxCandidates = 400; // and looks at no more sites in view
    static constexpr int kOverSymbols = 12;    // the busiest may be written over other events
    QColor textColour{0x1b, 0x1b, 0x1b};

  private:
    std::vector<Site> sites_;
};
