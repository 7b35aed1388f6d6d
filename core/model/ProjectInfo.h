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
    // Where the event count, time range and bbox came from: the project's stored statistics
    // (schema 7), a scan now stored in it (an older or changed file), or a scan that could
    // not be stored (a read-only file of an older schema, or another writer busy).
    enum class Statistics { Stored, Recomputed, NotStored };
    Statistics statistics = Statistics::Stored;

    QJsonObject toJson() const;
};
