#include "tiles/TileSourceSettings.h"

#include "base/Error.h"
#include "tiles/MbTilesSource.h"
#include "tiles/XyzTileSource.h"

#include <QSettings>
#include <algorithm>

TileSourceSettings::TileSourceSettings()
    : urlTemplate(openStreetMap().urlTemplate), attribution(openStreetMap().attribution)
{
}

TileSourceSettings::Preset TileSourceSettings::openStreetMap()
{
    return {QStringLiteral("OpenStreetMap"),
            QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
            QStringLiteral("© OpenStreetMap contributors")};
}

QList<TileSourceSettings::Preset> TileSourceSettings::presets()
{
    return {openStreetMap()};
}

TileSourceSettings TileSourceSettings::load(QSettings& settings)
{
    TileSourceSettings s;
    settings.beginGroup(QStringLiteral("tiles"));
    s.enabled = settings.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("mbtiles")
                 ? Kind::MbTiles
                 : Kind::Xyz;
    s.urlTemplate = settings.value(QStringLiteral("urlTemplate"), s.urlTemplate).toString();
    s.attribution = settings.value(QStringLiteral("attribution"), s.attribution).toString();
    s.mbtilesPath = settings.value(QStringLiteral("mbtilesPath"), s.mbtilesPath).toString();
    s.maxConnections = std::clamp(
        settings.value(QStringLiteral("maxConnections"), s.maxConnections).toInt(), 1, 4);
    s.memoryCacheMB = std::clamp(
        settings.value(QStringLiteral("memoryCacheMB"), s.memoryCacheMB).toInt(), 8, 2048);
    settings.endGroup();
    return s;
}

void TileSourceSettings::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("tiles"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("kind"),
                      kind == Kind::MbTiles ? QStringLiteral("mbtiles") : QStringLiteral("xyz"));
    settings.setValue(QStringLiteral("urlTemplate"), urlTemplate);
    settings.setValue(QStringLiteral("attribution"), attribution);
    settings.setValue(QStringLiteral("mbtilesPath"), mbtilesPath);
    settings.setValue(QStringLiteral("maxConnections"), maxConnections);
    settings.setValue(QStringLiteral("memoryCacheMB"), memoryCacheMB);
    settings.endGroup();
}

std::unique_ptr<TileSource> TileSourceSettings::createSource(QObject* parent) const
{
    if (!enabled) return nullptr;
    if (kind == Kind::MbTiles) {
        if (mbtilesPath.isEmpty()) throw tigris::Error(QStringLiteral("no MBTiles file chosen"));
        return std::make_unique<MbTilesSource>(mbtilesPath, parent, memoryCacheMB);
    }
    if (!XyzTileSource::isValidTemplate(urlTemplate))
        throw tigris::Error(
            QStringLiteral("the tile URL must be http(s) and contain {z}, {x} and {y}"));
    XyzTileSource::Options options;
    options.urlTemplate = urlTemplate;
    options.attribution = attribution;
    options.maxConnections = maxConnections;
    options.memoryCacheMB = memoryCacheMB;
    return std::make_unique<XyzTileSource>(options, parent);
}
