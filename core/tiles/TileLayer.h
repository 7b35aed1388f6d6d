#pragma once

#include "render/MapLayer.h"
#include "tiles/TileKey.h"

#include <QSet>
#include <vector>

class TileSource;

// Raster tiles drawn over the offline basemap. Paints the tiles at the integer zoom nearest
// the view's (scaled for fractional zoom and export pixel ratio); where a tile is not loaded
// yet it draws the nearest loaded ancestor scaled up, or loaded children, and otherwise
// nothing, so the basemap shows through. Never waits: it draws what the source has, asks for
// the rest, and cancels requests for tiles that left the view. Connect the source's
// tileReady() to the widget's update().
class TileLayer : public MapLayer {
  public:
    explicit TileLayer(TileSource* source = nullptr); // not owned
    void setSource(TileSource* source) { source_ = source; }
    TileSource* source() const { return source_; }
    void setOpacity(double opacity) { opacity_ = opacity; }
    // Bilinear scaling at fractional zoom: ~5 ms a 1920×1080 frame instead of ~1.5 ms. A
    // widget may turn it off while the user is dragging or wheeling.
    void setSmoothScaling(bool smooth) { smooth_ = smooth; }

    void paint(QPainter& painter, const MapViewport& view) override;
    QString attribution() const override;

    // The tile zoom for a view: nearest integer to the zoom of its device pixels.
    static int tileZoom(const MapViewport& view);
    // For export only, never on the GUI thread's paint path: requests the view's tiles and
    // runs a local event loop until none is loading or `timeoutMs` has passed; 0 or less: no
    // loop, what the source has at hand now (an export dialog's preview). Returns how many
    // visible tiles are still missing.
    int loadTiles(const MapViewport& view, int timeoutMs);
    // Tiles at `z` that intersect the view, nearest the centre first.
    static std::vector<TileKey> visibleTiles(const MapViewport& view, int z);

    static constexpr int kAncestorLevels = 6;
    static constexpr int kMaxTilesPerFrame = 1024; // far below a source's min zoom: none

  private:
    bool paintFallback(QPainter& painter, const MapViewport& view, const TileKey& key);

    TileSource* source_ = nullptr;
    double opacity_ = 1.0;
    bool smooth_ = true;
    QSet<TileKey> wanted_;
};
