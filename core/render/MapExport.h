#pragma once

#include "store/EventQuery.h"

#include <QImage>
#include <QSize>
#include <optional>

class EventStore;

// Renders a project's map headless, with the same layers and painter as the window.
struct MapExportOptions {
    QSize size{1920, 1080};
    std::optional<GeoBox> bbox;       // default: the events' extent
    std::optional<TimeWindow> window; // events overlapping it (the overlap rule)
    bool legend = true;
};

namespace MapExport {
QImage render(const EventStore& store, const MapExportOptions& options);
} // namespace MapExport
