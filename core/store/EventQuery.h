#pragma once

#include "geo/GeoBox.h"
#include "time/TimeWindow.h"

#include <QString>
#include <QStringList>
#include <optional>

// What `tigris query` and the filter panel ask of the store. Empty members do not filter.
struct EventQuery {
    std::optional<TimeWindow> window; // overlap rule, see TimeWindow
    std::optional<GeoBox> bbox;
    QString text;           // FTS5 words over title, description, actors, place names
    QStringList categories; // any of
    qint64 limit = -1;
};
