#pragma once

#include "geo/GeoBox.h"
#include "time/TimeWindow.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

class EventStore;
class QPainter;
class SnapshotRenderer;
class TileSource;

// Renders a project headless, with the same layers and painters as the window: the map with
// events and annotations, optionally the timeline strip under it, a title, a caption stating
// the time window, a legend, the scale bar and the attributions.
struct MapExportOptions {
    QSize size{1920, 1080};           // pixels (for PDF: the page in device pixels at `dpi`)
    double dpi = 96;                  // symbols, text and lines scale with it
    std::optional<GeoBox> bbox;       // default: the events' extent
    std::optional<TimeWindow> window; // events overlapping it (the overlap rule)
    bool cumulative = false;          // everything up to window->to, older events faded
    bool timeline = false;            // the timeline strip under the map
    bool legend = true;
    QString title;
    // Raster tiles over the basemap (not owned; null: none). An MBTiles file answers at once;
    // for a tile server the export waits up to `tileWaitMs` for the visible tiles, then draws
    // without the rest (SnapshotRenderer::missingTiles() says how many).
    TileSource* tiles = nullptr;
    int tileWaitMs = 15000;
};

// One-off snapshots read the project each time; for many, keep a SnapshotRenderer.
namespace MapExport {
QImage render(const EventStore& store, const MapExportOptions& options);
// Paints the snapshot onto any device of `size` pixels (QImage, QSvgGenerator, QPdfWriter).
void paint(QPainter& painter, QSizeF size, const EventStore& store,
           const MapExportOptions& options);
// Writes PNG, JPEG, SVG or PDF by the file's suffix. Throws std::runtime_error with a message.
void save(const EventStore& store, const MapExportOptions& options, const QString& path);
void save(SnapshotRenderer& renderer, const MapExportOptions& options, const QString& path);
// Writes a rendered image as PNG (PngEncoder, zlib level 3) or JPEG by the suffix; `fast`
// trades PNG size for speed (level 1, for animation frames). Throws std::runtime_error.
void writeImage(const QImage& image, const QString& path, bool fast = false);
// A4 and Letter page sizes in pixels at a DPI (portrait).
QSize pageSize(const QString& page, double dpi);
} // namespace MapExport
