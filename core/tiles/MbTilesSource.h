#pragma once

#include "geo/GeoBox.h"
#include "tiles/TileCache.h"
#include "tiles/TileSource.h"

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Raster tiles from an MBTiles file (SQLite: a metadata table of name/value pairs and a
// tiles table keyed by zoom_level, tile_column and tile_row counted from the south, TMS
// style). Opened read-only. Reads are synchronous: one indexed lookup in a local file, well
// under a millisecond, so exports draw the same tiles as the screen.
class MbTilesSource : public TileSource {
    Q_OBJECT
  public:
    struct Metadata {
        QString name;
        QString attribution; // plain text: HTML markup in the file is dropped
        QString format;      // png, jpg, webp
        std::optional<GeoBox> bounds;
        int minZoom = 0;
        int maxZoom = 0;
    };

    // Throws tigris::Error (naming the file) for a missing, non-SQLite, non-MBTiles or
    // vector-tile file.
    explicit MbTilesSource(const QString& path, QObject* parent = nullptr, int memoryCacheMB = 64);
    ~MbTilesSource() override;
    MbTilesSource(const MbTilesSource&) = delete;
    MbTilesSource& operator=(const MbTilesSource&) = delete;

    const Metadata& metadata() const { return metadata_; }
    QString path() const { return path_; }

    QString id() const override { return id_; }
    QString attribution() const override { return metadata_.attribution; }
    int minZoom() const override { return metadata_.minZoom; }
    int maxZoom() const override { return metadata_.maxZoom; }
    QImage tile(const TileKey& key, bool fetch = true) override;

    // The stored bytes for an XYZ key (the row is flipped here); empty when absent.
    QByteArray tileData(const TileKey& key) const;

  private:
    bool open();
    bool fail(const QString& message);

    QString path_;
    QString id_;
    QString error_; // why open() failed
    Metadata metadata_;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* select_ = nullptr;
    TileCache memory_;
    QSet<TileKey> absent_; // looked up and not in the file, or not decodable
};
