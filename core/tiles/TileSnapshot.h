#pragma once

#include "tiles/TileSource.h"

#include <QHash>
#include <memory>

class MapViewport;

// The tiles of one view, fetched once and then fixed: a TileSource that never fetches, never
// signals and never changes after capture(), so a thread other than the one that owns the
// live source may draw from it (an animation's frames are drawn on a worker; a live source
// must only be used on its own thread). The view of an animation does not move between
// frames, only the time window does, so one snapshot serves every frame, and every frame has
// the same tiles.
class TileSnapshot : public TileSource {
    Q_OBJECT
  public:
    // On the thread that owns `source`: requests the view's tiles and waits for them as
    // TileLayer::loadTiles does (up to `timeoutMs`; 0: what is at hand), then copies the
    // visible tiles and, for those missing, the ancestors and children a TileLayer would
    // draw in their place.
    static std::unique_ptr<TileSnapshot> capture(TileSource& source, const MapViewport& view,
                                                 int timeoutMs);

    // Visible tiles that did not arrive in time: the basemap (or a coarser tile) shows there.
    int missingTiles() const { return missing_; }
    int size() const { return int(tiles_.size()); }

    QString id() const override { return id_; }
    QString attribution() const override { return attribution_; }
    int minZoom() const override { return minZoom_; }
    int maxZoom() const override { return maxZoom_; }
    QImage tile(const TileKey& key, bool fetch = true) override;

  private:
    TileSnapshot() = default;

    QHash<TileKey, QImage> tiles_;
    QString id_, attribution_;
    int minZoom_ = 0, maxZoom_ = 19;
    int missing_ = 0;
};
