#include "tiles/TileSourceSettings.h"

#include "MbTilesWriter.h"
#include "TestCatch.h"
#include "TileTestImages.h"
#include "base/Error.h"
#include "tiles/MbTilesSource.h"
#include "tiles/XyzTileSource.h"

#include <QSettings>
#include <QTemporaryDir>

TEST_CASE("TileSourceSettings default to OpenStreetMap, switched off", "[tiles]")
{
    const TileSourceSettings s;
    CHECK_FALSE(s.enabled);
    CHECK(s.kind == TileSourceSettings::Kind::Xyz);
    CHECK(s.urlTemplate == QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    CHECK(s.attribution == QStringLiteral("© OpenStreetMap contributors"));
    CHECK(s.maxConnections >= 1);
    CHECK(s.maxConnections <= 4);
    CHECK(TileSourceSettings::presets().front().name == QStringLiteral("OpenStreetMap"));

    CHECK(s.createSource() == nullptr); // off means no source, hence no network
}

TEST_CASE("TileSourceSettings round-trip through QSettings", "[tiles]")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    CHECK(TileSourceSettings::load(store) == TileSourceSettings()); // nothing saved yet

    TileSourceSettings s;
    s.enabled = true;
    s.kind = TileSourceSettings::Kind::MbTiles;
    s.urlTemplate = QStringLiteral("https://{s}.example.org/{z}/{x}/{y}.png");
    s.attribution = QStringLiteral("© Example");
    s.mbtilesPath = QStringLiteral("/data/iraq.mbtiles");
    s.maxConnections = 3;
    s.memoryCacheMB = 128;
    s.save(store);
    CHECK(TileSourceSettings::load(store) == s);

    store.setValue(QStringLiteral("tiles/maxConnections"), 50); // edited by hand
    CHECK(TileSourceSettings::load(store).maxConnections == 4);
}

TEST_CASE("TileSourceSettings create the source they describe, or say why not", "[tiles]")
{
    TileSourceSettings s;
    s.enabled = true;
    auto osm = s.createSource();
    REQUIRE(osm != nullptr);
    auto* xyz = qobject_cast<XyzTileSource*>(osm.get());
    REQUIRE(xyz != nullptr);
    CHECK(xyz->attribution() == QStringLiteral("© OpenStreetMap contributors"));
    CHECK(xyz->urlFor({1, 0, 1}) ==
          QUrl(QStringLiteral("https://tile.openstreetmap.org/1/0/1.png")));

    s.urlTemplate = QStringLiteral("https://tiles.example.org/{z}.png");
    try {
        s.createSource();
        FAIL("a template without {x} made a source");
    } catch (const tigris::Error& e) {
        CHECK(e.message().contains(QStringLiteral("{x}")));
    }

    QTemporaryDir dir;
    s.kind = TileSourceSettings::Kind::MbTiles;
    s.mbtilesPath = dir.filePath(QStringLiteral("absent.mbtiles"));
    try {
        s.createSource();
        FAIL("an absent MBTiles file made a source");
    } catch (const tigris::Error& e) {
        CHECK(e.file() == QStringLiteral("absent.mbtiles"));
        CHECK(e.reason() == QStringLiteral("no such file"));
    }

    MbTilesWriter w;
    w.metadata = {{QStringLiteral("attribution"), QStringLiteral("© Offline")},
                  {QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(Qt::red))}};
    s.mbtilesPath = dir.filePath(QStringLiteral("ok.mbtiles"));
    REQUIRE(w.write(s.mbtilesPath));
    auto file = s.createSource();
    REQUIRE(file != nullptr);
    CHECK(file->attribution() == QStringLiteral("© Offline"));
    CHECK(file->tile({0, 0, 0}).pixelColor(0, 0) == QColor(Qt::red));
}
