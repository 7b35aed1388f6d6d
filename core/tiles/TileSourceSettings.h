#pragma once

#include <QList>
#include <QString>
#include <memory>

class QSettings;
class QObject;
class TileSource;

// The user's choice of raster tiles under the offline basemap. Off by default: the map needs
// no network unless asked.
struct TileSourceSettings {
    enum class Kind { Xyz, MbTiles };
    struct Preset {
        QString name;
        QString urlTemplate;
        QString attribution;
    };

    bool enabled = false;
    Kind kind = Kind::Xyz;
    QString urlTemplate;
    QString attribution;
    QString mbtilesPath;
    int maxConnections = 2;
    int memoryCacheMB = 64;

    TileSourceSettings(); // OpenStreetMap's standard layer, disabled

    static QList<Preset> presets(); // OpenStreetMap first
    static Preset openStreetMap();

    // Under the group "tiles"; missing keys keep the defaults.
    static TileSourceSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    // The configured source; null when tiles are turned off. Throws tigris::Error when the
    // settings cannot make one (no MBTiles file chosen or an unusable one, a bad template).
    std::unique_ptr<TileSource> createSource(QObject* parent = nullptr) const;

    friend bool operator==(const TileSourceSettings&, const TileSourceSettings&) = default;
};
