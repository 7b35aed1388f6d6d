#pragma once

#include "time/TimeWindow.h"

#include <QString>
#include <QStringList>
#include <optional>

struct GeoBox {
    double west = -180, south = -90, east = 180, north = 90;
};

// What `tigris query` and the filter panel ask of the store. Empty members do not filter.
struct EventQuery {
    std::optional<TimeWindow> window; // overlap rule, see TimeWindow
    std::optional<GeoBox> bbox;
    QString text;           // FTS5 words over title, description, actors, place names
    QStringList categories; // any of
    qint64 limit = -1;
};
