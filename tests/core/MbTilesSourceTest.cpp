#include "tiles/MbTilesSource.h"

#include "MbTilesWriter.h"
#include "TestCatch.h"
#include "TileTestImages.h"
#include "base/Error.h"
#include "compose/SnapshotRenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {
MbTilesWriter pyramid(int maxZoom)
{
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("name"), QStringLiteral("Test pyramid")},
                  {QStringLiteral("attribution"), QStringLiteral("© Test mappers")},
                  {QStringLiteral("format"), QStringLiteral("png")},
                  {QStringLiteral("bounds"), QStringLiteral("-10.5,-20,30,40.25")},
                  {QStringLiteral("minzoom"), QStringLiteral("0")},
                  {QStringLiteral("maxzoom"), QString::number(maxZoom)}};
    for (int z = 0; z <= maxZoom; ++z)
        for (int x = 0; x < (1 << z); ++x)
            for (int y = 0; y < (1 << z); ++y)
                w.tiles.append({TileKey{z, x, y}, tileTestImage(TileKey{z, x, y})});
    return w;
}
} // namespace

TEST_CASE("MbTilesSource reads metadata and tiles, flipping TMS rows", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pyramid.mbtiles"));
    REQUIRE(pyramid(2).write(path));

    MbTilesSource source(path);
    const auto& m = source.metadata();
    CHECK(m.name == QStringLiteral("Test pyramid"));
    CHECK(m.attribution == QStringLiteral("© Test mappers"));
    CHECK(source.attribution() == m.attribution);
    CHECK(m.format == QStringLiteral("png"));
    REQUIRE(m.bounds.has_value());
    CHECK(m.bounds->west == Approx(-10.5));
    CHECK(m.bounds->south == Approx(-20));
    CHECK(m.bounds->east == Approx(30));
    CHECK(m.bounds->north == Approx(40.25));
    CHECK(source.minZoom() == 0);
    CHECK(source.maxZoom() == 2);

    for (int z = 0; z <= 2; ++z)
        for (int x = 0; x < (1 << z); ++x)
            for (int y = 0; y < (1 << z); ++y) {
                const TileKey key{z, x, y};
                const QImage image = source.tile(key);
                REQUIRE_FALSE(image.isNull());
                CHECK(image.pixelColor(100, 100) == tileTestColour(key));
            }
    CHECK(source.tile({3, 0, 0}).isNull()); // beyond maxzoom
    CHECK(source.id().startsWith(QStringLiteral("mbtiles-")));
}

TEST_CASE("MbTilesSource: XYZ row 0 is the northernmost, stored as the last TMS row", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("north.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{1, 0, 0}, colourTileBytes(QColor(Qt::blue))}}; // written at tile_row 1
    REQUIRE(w.write(path));

    MbTilesSource source(path);
    CHECK_FALSE(source.tileData({1, 0, 0}).isEmpty());
    CHECK(source.tileData({1, 0, 1}).isEmpty());
    CHECK(source.tile({1, 0, 0}).pixelColor(5, 5) == QColor(Qt::blue));
    CHECK(source.tile({1, 0, 1}).isNull());
    // No minzoom/maxzoom in the metadata: taken from the tiles; the name from the file.
    CHECK(source.minZoom() == 1);
    CHECK(source.maxZoom() == 1);
    CHECK(source.metadata().name == QStringLiteral("north"));
}

TEST_CASE("MbTilesSource reads JPEG tiles and infers a missing format", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.mbtiles"));
    MbTilesWriter w;
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(200, 40, 40), "JPG")}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    CHECK(source.metadata().format == QStringLiteral("jpg"));
    const QColor c = source.tile({0, 0, 0}).pixelColor(128, 128);
    CHECK(qAbs(c.red() - 200) <= 8); // lossy
    CHECK(qAbs(c.green() - 40) <= 8);
}

TEST_CASE("MbTilesSource gives clear errors for bad files", "[tiles]")
{
    QTemporaryDir dir;
    // The error names the file as a field of its context, and the message composes it.
    auto errorFor = [](const QString& path) {
        try {
            MbTilesSource source(path);
        } catch (const tigris::Error& e) {
            CHECK(e.file() == QFileInfo(path).fileName());
            CHECK(e.message() == e.file() + QStringLiteral(": ") + e.reason());
            return e.message();
        }
        FAIL("no error for " << path.toStdString());
        return QString();
    };

    CHECK(errorFor(dir.filePath(QStringLiteral("missing.mbtiles")))
              .contains(QStringLiteral("no such file")));

    const QString text = dir.filePath(QStringLiteral("text.mbtiles"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        QByteArray("this is not a database, just some text that is long enough. ").repeated(20));
    f.close();
    const QString notSqlite = errorFor(text);
    CHECK(notSqlite.contains(QStringLiteral("text.mbtiles")));
    CHECK(notSqlite.contains(QStringLiteral("not an SQLite database")));

    const QString noTiles = dir.filePath(QStringLiteral("notiles.mbtiles"));
    MbTilesWriter w1;
    w1.withTilesTable = false;
    REQUIRE(w1.write(noTiles));
    CHECK(errorFor(noTiles).contains(QStringLiteral("no tiles table")));

    const QString noMeta = dir.filePath(QStringLiteral("nometa.mbtiles"));
    MbTilesWriter w2;
    w2.withMetadataTable = false;
    REQUIRE(w2.write(noMeta));
    CHECK(errorFor(noMeta).contains(QStringLiteral("no metadata table")));

    const QString vector = dir.filePath(QStringLiteral("vector.mbtiles"));
    MbTilesWriter w3;
    w3.metadata = {{QStringLiteral("format"), QStringLiteral("pbf")}};
    REQUIRE(w3.write(vector));
    CHECK(errorFor(vector).contains(QStringLiteral("vector tiles")));

    const QString wrongColumns = dir.filePath(QStringLiteral("columns.mbtiles"));
    MbTilesWriter w4;
    w4.tilesSchema =
        "CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, "
        "image blob)";
    REQUIRE(w4.write(wrongColumns));
    CHECK(errorFor(wrongColumns).contains(QStringLiteral("malformed tiles table")));

    CHECK(errorFor(dir.path()).contains(QStringLiteral("not a readable file")));
}

TEST_CASE("MbTilesSource reports undecodable tile data once", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{0, 0, 0}, QByteArray("\x89PNG garbage")}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    CHECK(source.tile({0, 0, 0}).isNull());
    CHECK(source.tile({0, 0, 0}).isNull());
    CHECK(failed.count() == 1);
}

TEST_CASE("MbTilesSource shows an HTML attribution as plain text", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("html.mbtiles"));
    MbTilesWriter w;
    w.metadata = {
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("attribution"),
         QStringLiteral("<a href=\"https://www.openstreetmap.org/copyright\">&copy; "
                        "OpenStreetMap</a> &amp; <b>Friends</b> &#169; <script>x</script>")}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    CHECK(source.attribution() == QStringLiteral("© OpenStreetMap & Friends © x"));
}

TEST_CASE("Headless exports draw an MBTiles layer under the events", "[tiles][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("magenta.mbtiles"));
    MbTilesWriter w = pyramid(0);
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(255, 0, 255))}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    SnapshotRenderer renderer(EventColumns{}, {});
    MapExportOptions options;
    options.size = QSize(320, 200);
    options.bbox = GeoBox{38, 31, 47, 38};
    options.tiles = &source;
    const QImage image = renderer.render(options);
    CHECK(renderer.missingTiles() == 0);
    // At once: the map shows the tile (scaled up from zoom 0), not the basemap.
    qint64 magenta = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            magenta += image.pixel(x, y) == qRgb(255, 0, 255);
    CHECK(magenta > image.width() * image.height() / 2);
    options.tiles = nullptr;
    const QImage plain = renderer.render(options);
    CHECK(plain.pixel(160, 100) != qRgb(255, 0, 255));
}
