#include "tiles/TileLayer.h"

#include "MbTilesWriter.h"
#include "TestCatch.h"
#include "TileTestImages.h"
#include "render/MapViewport.h"
#include "tiles/MbTilesSource.h"

#include <QPainter>
#include <QTemporaryDir>

namespace {
QImage render(TileLayer& layer, const MapViewport& view)
{
    QImage frame(view.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    QPainter p(&frame);
    layer.paint(p, view);
    return frame;
}
} // namespace

TEST_CASE("TileLayer picks the nearest integer tile zoom", "[tiles]")
{
    CHECK(TileLayer::tileZoom(MapViewport(QSizeF(256, 256), {0.5, 0.5}, 1.4)) == 1);
    CHECK(TileLayer::tileZoom(MapViewport(QSizeF(256, 256), {0.5, 0.5}, 1.6)) == 2);
    CHECK(TileLayer::tileZoom(MapViewport(QSizeF(256, 256), {0.5, 0.5}, 3.0, 2.0)) == 4);

    const MapViewport view(QSizeF(512, 512), {0.5, 0.5}, 2.0);
    const std::vector<TileKey> keys = TileLayer::visibleTiles(view, 2);
    REQUIRE(keys.size() == 4);
    for (const TileKey& k : keys) {
        CHECK((k.x == 1 || k.x == 2));
        CHECK((k.y == 1 || k.y == 2));
    }
    // Nearest the centre first.
    const MapViewport wide(QSizeF(1024, 256), {0.5, 0.5}, 2.0);
    const auto row = TileLayer::visibleTiles(wide, 2);
    REQUIRE(row.size() == 8);
    CHECK((row.front().x == 1 || row.front().x == 2));
    CHECK((row.back().x == 0 || row.back().x == 3));
    CHECK(TileLayer::visibleTiles(view, 20).empty()); // too many: draw nothing
}

TEST_CASE("TileLayer draws tiles, falls back to ancestors, and leaves gaps clear", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layer.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")},
                  {QStringLiteral("attribution"), QStringLiteral("© Layer test")},
                  {QStringLiteral("minzoom"), QStringLiteral("0")},
                  {QStringLiteral("maxzoom"), QStringLiteral("1")}};
    QImage parent(256, 256, QImage::Format_RGB32); // z0: four coloured quadrants
    {
        QPainter p(&parent);
        p.fillRect(0, 0, 128, 128, Qt::red);
        p.fillRect(128, 0, 128, 128, Qt::yellow);
        p.fillRect(0, 128, 128, 128, Qt::cyan);
        p.fillRect(128, 128, 128, 128, Qt::magenta);
    }
    QByteArray parentPng;
    {
        QBuffer b(&parentPng);
        b.open(QIODevice::WriteOnly);
        parent.save(&b, "PNG");
    }
    w.tiles = {{TileKey{0, 0, 0}, parentPng},
               {TileKey{1, 0, 0}, colourTileBytes(QColor(Qt::green))}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    TileLayer layer(&source);
    CHECK(layer.attribution() == QStringLiteral("© Layer test"));

    // Zoom 1: the whole world in 512 px. The NW tile exists; the others fall back to the
    // matching quarter of the z0 tile once it has been loaded.
    const MapViewport z1(QSizeF(512, 512), {0.5, 0.5}, 1.0);
    QImage frame = render(layer, z1);
    CHECK(frame.pixelColor(100, 100) == QColor(Qt::green));
    source.tile({0, 0, 0}); // now in memory
    frame = render(layer, z1);
    CHECK(frame.pixelColor(100, 100) == QColor(Qt::green));
    CHECK(frame.pixelColor(400, 100) == QColor(Qt::yellow));
    CHECK(frame.pixelColor(100, 400) == QColor(Qt::cyan));
    CHECK(frame.pixelColor(400, 400) == QColor(Qt::magenta));

    // Fractional zoom scales the tiles: at 1.5 the NW tile spans ~362 px.
    const MapViewport zf(QSizeF(512, 512), {0.5, 0.5}, 1.5);
    frame = render(layer, zf);
    CHECK(frame.pixelColor(256 - 100, 256 - 100) == QColor(Qt::green));
    CHECK(frame.pixelColor(256 + 100, 256 - 100) == QColor(Qt::yellow));

    // Beyond the file's max zoom the z1 tiles are scaled up.
    const MapViewport z3(QSizeF(256, 256), {0.2, 0.2}, 3.0);
    CHECK(render(layer, z3).pixelColor(128, 128) == QColor(Qt::green));

    // Outside the world nothing is drawn: the basemap shows.
    const MapViewport edge(QSizeF(512, 256), {0.0, 0.5}, 0.0);
    frame = render(layer, edge);
    CHECK(frame.pixelColor(100, 128).alpha() == 0);
    CHECK(frame.pixelColor(300, 200).alpha() == 255);
}

TEST_CASE("TileLayer paints nothing where no tile or ancestor exists", "[tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{1, 1, 1}, colourTileBytes(QColor(Qt::blue))}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    TileLayer layer(&source);
    const QImage frame = render(layer, MapViewport(QSizeF(512, 512), {0.5, 0.5}, 1.0));
    CHECK(frame.pixelColor(400, 400) == QColor(Qt::blue));
    CHECK(frame.pixelColor(100, 100).alpha() == 0);
    CHECK(frame.pixelColor(400, 100).alpha() == 0);

    TileLayer empty;
    CHECK(render(empty, MapViewport(QSizeF(64, 64), {0.5, 0.5}, 1.0)).pixelColor(5, 5).alpha() ==
          0);
    CHECK(empty.attribution().isEmpty());
}
