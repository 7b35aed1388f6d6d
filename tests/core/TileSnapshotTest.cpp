// TileSnapshot: the tiles of one view fetched once on the source's thread, then drawn from
// another thread (an animation's frames) without touching the source again.
#include "tiles/TileSnapshot.h"

#include "MbTilesWriter.h"
#include "TestCatch.h"
#include "TileServer.h"
#include "TileTestImages.h"
#include "compose/AnimationSteps.h"
#include "compose/FrameWriter.h"
#include "compose/SnapshotRenderer.h"
#include "io/SampleProject.h"
#include "render/MapViewport.h"
#include "store/EventStore.h"
#include "tiles/MbTilesSource.h"
#include "tiles/TileLayer.h"
#include "tiles/XyzTileSource.h"
#include "time/FuzzyDate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Paints `source` through a TileLayer on a thread of the global pool, as an export job does.
QImage paintOnWorker(TileSource& source, const MapViewport& view)
{
    return QtConcurrent::run([&] {
               TileLayer layer(&source);
               QImage frame(view.size().toSize(), QImage::Format_ARGB32_Premultiplied);
               frame.fill(Qt::transparent);
               QPainter p(&frame);
               layer.paint(p, view);
               return frame;
           })
        .result();
}
} // namespace

TEST_CASE("TileSnapshot fetches a tile server's tiles once and is drawn from a worker",
          "[tiles][export]")
{
    TileServer server;
    QTemporaryDir dir;
    XyzTileSource live(server.sourceOptions(dir.path()));
    const MapViewport view(QSizeF(512, 512), {0.5, 0.5}, 1.0); // the four tiles of zoom 1
    const auto snapshot = TileSnapshot::capture(live, view, 60000);
    CHECK(snapshot->missingTiles() == 0);
    CHECK(snapshot->size() == 4);
    CHECK(snapshot->attribution() == QStringLiteral("© Test tiles"));
    CHECK(server.requests() == 4);

    for (int frame = 0; frame < 3; ++frame) {
        const QImage image = paintOnWorker(*snapshot, view);
        CHECK(image.pixelColor(100, 100) == tileTestColour({1, 0, 0}));
        CHECK(image.pixelColor(400, 400) == tileTestColour({1, 1, 1}));
    }
    CHECK(server.requests() == 4); // drawing asks nothing of the server

    // A tile that never comes: the wait is bounded, and the snapshot says what is missing.
    const MapViewport stalled(QSizeF(256, 256), {500.5 / 1024, (kStallingRow + 0.5) / 1024}, 10.0);
    QElapsedTimer clock;
    clock.start();
    const auto partial = TileSnapshot::capture(live, stalled, 500);
    CHECK(clock.elapsed() < 20000);
    CHECK(partial->missingTiles() >= 1);
    CHECK(partial->tile({10, 500, kStallingRow}).isNull());
}

TEST_CASE("TileSnapshot keeps the coarser tile a missing one falls back to", "[tiles][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")},
                  {QStringLiteral("minzoom"), QStringLiteral("0")},
                  {QStringLiteral("maxzoom"), QStringLiteral("1")}};
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(Qt::red))},
               {TileKey{1, 0, 0}, colourTileBytes(QColor(Qt::green))}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);
    source.tile({0, 0, 0}); // in memory, as after the map showed zoom 0
    const MapViewport z1(QSizeF(512, 512), {0.5, 0.5}, 1.0);
    const auto snapshot = TileSnapshot::capture(source, z1, 0);
    CHECK(snapshot->missingTiles() == 3);
    const QImage image = paintOnWorker(*snapshot, z1);
    CHECK(image.pixelColor(100, 100) == QColor(Qt::green));
    CHECK(image.pixelColor(400, 400) == QColor(Qt::red)); // the z0 tile, scaled up
}

TEST_CASE("Animation frames drawn on a worker have the snapshot's tiles", "[tiles][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    const QString path = dir.filePath(QStringLiteral("magenta.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(255, 0, 255))}};
    REQUIRE(w.write(path));
    MbTilesSource source(path);

    auto store = EventStore::open(project, true);
    SnapshotRenderer renderer(*store);
    MapExportOptions o;
    o.size = QSize(400, 300);
    const auto snapshot = TileSnapshot::capture(source, renderer.mapView(o), 0);
    CHECK(snapshot->missingTiles() == 0);
    o.tiles = snapshot.get();
    o.tileWaitMs = 0;
    const auto windows = AnimationSteps::parse(QStringLiteral("2d"))
                             ->windows({FuzzyDate::parse(QStringLiteral("2014-06-05"))->begin(),
                                        FuzzyDate::parse(QStringLiteral("2014-06-11"))->begin()},
                                       false);
    const QString frames = dir.filePath(QStringLiteral("frames"));
    const int written = QtConcurrent::run([&] {
                            return FrameWriter::write(renderer, o, windows, frames);
                        }).result();
    REQUIRE(written == 3);
    CHECK(renderer.missingTiles() == 0);
    for (int i = 0; i < written; ++i) {
        const QImage frame(FrameWriter::framePath(frames, i));
        INFO(i);
        CHECK(colourShare(frame, qRgb(255, 0, 255)) > 0.3); // where the basemap would be
    }

    // Without tiles the same frame has none of that colour: the pixels above are the tile's.
    o.tiles = nullptr;
    CHECK(colourShare(renderer.render(o), qRgb(255, 0, 255)) < 0.01);
}
