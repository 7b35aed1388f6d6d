#pragma once

#include <QJsonObject>
#include <optional>

// Counts and extents of a project, as `tigris info` prints them.
struct ProjectInfo {
    qint64 events = 0;
    qint64 locations = 0;
    qint64 annotations = 0;
    qint64 categories = 0;
    std::optional<qint64> timeFrom; // widened span begin of the earliest event
    std::optional<qint64> timeTo;   // widened span end of the latest event (exclusive)
    std::optional<double> west, south, east, north;
    int schemaVersion = 0;

    QJsonObject toJson() const;
};
