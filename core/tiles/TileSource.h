#pragma once

#include "tiles/TileKey.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

// Where a TileLayer gets raster tiles (256 px, XYZ keys). Painting never waits on a source:
// it takes what tile() has now and the source reports the rest through tileReady().
class TileSource : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    // Names the on-disk cache folder and distinguishes sources in settings; filename-safe.
    virtual QString id() const = 0;
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }

    // The tile if it is at hand without waiting, else a null image and, when `fetch` is true,
    // a request whose outcome is signalled later. With fetch == false only memory is looked
    // at: for cheap fallbacks to parent tiles.
    virtual QImage tile(const TileKey& key, bool fetch = true) = 0;
    // True while a request for `key` is queued or running.
    virtual bool isLoading(const TileKey& key) const
    {
        Q_UNUSED(key);
        return false;
    }
    // Drops queued and running requests for any tile not in `wanted` (no longer visible).
    virtual void retainOnly(const QSet<TileKey>& wanted) { Q_UNUSED(wanted); }

  signals:
    void tileReady(const TileKey& key);
    void tileFailed(const TileKey& key, const QString& error);
};
