#pragma once

#include "tiles/TileKey.h"

#include <QByteArray>
#include <QCache>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <optional>

// Where tiles are kept once fetched: a bounded in-memory LRU of decoded images over an
// on-disk store at <directory>/z/x/y.png (the bytes as served, whatever their format) with a
// sidecar y.png.meta holding the expiry time and ETag.
//
// Expiry policy: a tile is fresh until the server's Cache-Control max-age runs out, or for
// 7 days when the response has none; "no-cache" and "no-store" count as max-age=0. A stale
// tile is shown while it is revalidated (If-None-Match), and kept if the server cannot be
// reached. Expiry is checked when a tile is read from disk; a tile already decoded in
// memory is shown for the rest of the session.
class TileCache {
  public:
    struct DiskEntry {
        QByteArray data;
        QDateTime expires; // UTC
        QByteArray etag;
        bool isFresh(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
        {
            return expires.isValid() && now < expires;
        }
    };

    static constexpr int kDefaultMaxAgeSeconds = 7 * 24 * 3600;

    // An empty directory keeps tiles in memory only.
    TileCache(QString directory, int memoryLimitMB = 64);

    // QStandardPaths::CacheLocation/tiles/<sourceId>.
    static QString defaultDirectory(const QString& sourceId);
    // When a response with this Cache-Control header, received at `now`, goes stale.
    static QDateTime expiryFor(const QByteArray& cacheControl, const QDateTime& now);

    // Decodes tile bytes into a format that paints without conversion (palette PNGs, the
    // common case for map tiles, would otherwise be converted on every draw). Pictures wider
    // or taller than kMaxTileSide are refused (null), before decoding when the header says so.
    static QImage decode(const QByteArray& data);
    static constexpr int kMaxTileSide = 1024;

    QString directory() const { return directory_; }
    QString pathFor(const TileKey& key) const;

    // Memory: null image when absent; a hit makes the tile most recently used.
    QImage image(const TileKey& key) const;
    bool contains(const TileKey& key) const { return memory_.contains(key); }
    void insert(const TileKey& key, const QImage& image);
    void setMemoryLimitMB(int mb);
    int memoryLimitMB() const;
    qint64 memoryUsedBytes() const;

    // Disk: nullopt when the tile was never stored (or the store is unreadable).
    std::optional<DiskEntry> read(const TileKey& key) const;
    bool write(const TileKey& key, const DiskEntry& entry) const;
    bool setExpiry(const TileKey& key, const QDateTime& expires) const; // after a 304

    // Deletes the tiles written longest ago until the folder holds at most `maxBytes`.
    // Touches only files; safe to run on a worker thread while the cache is in use (a tile
    // deleted under a reader is simply fetched again). Returns the bytes freed.
    static qint64 prune(const QString& directory, qint64 maxBytes);

  private:
    QString directory_;
    mutable QCache<TileKey, QImage> memory_; // cost in KiB
};
