#include "tiles/XyzTileSource.h"

#include "TestCatch.h"
#include "TileServer.h"
#include "TileTestImages.h"
#include "compose/SnapshotRenderer.h"
#include "render/MapViewport.h"
#include "tiles/TileLayer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kWaitMs = 60000; // generous: the reference machine is a loaded 2-core box
bool waitFor(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, kWaitMs);
}
} // namespace

TEST_CASE("XyzTileSource fetches tiles and names Tigris and its version", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    XyzTileSource source(server.sourceOptions(dir.path()));
    QSignalSpy ready(&source, &TileSource::tileReady);

    const TileKey key{3, 5, 2};
    CHECK(source.tile(key).isNull()); // never waits
    REQUIRE(waitFor([&] { return ready.count() == 1; }));
    CHECK(ready.at(0).at(0).value<TileKey>() == key);
    const QImage image = source.tile(key);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.pixelColor(128, 128) == tileTestColour(key));

    REQUIRE(server.requests() == 1);
    CHECK(server.paths[0] == QStringLiteral("/3/5/2.png"));
    CHECK(server.userAgents[0] == XyzTileSource::userAgent());
    CHECK(server.userAgents[0].startsWith(QStringLiteral("Tigris/" TIGRIS_VERSION " (")));
    CHECK(source.attribution() == QStringLiteral("© Test tiles"));
}

TEST_CASE("XyzTileSource never has more requests in flight than allowed", "[tiles]")
{
    for (const int limit : {2, 3}) {
        TileServer server;
        server.delayMs = 100; // so that requests pile up if the client let them
        QTemporaryDir dir;
        auto options = server.sourceOptions(dir.path());
        options.maxConnections = limit;
        XyzTileSource source(options);
        QSignalSpy ready(&source, &TileSource::tileReady);
        for (int x = 0; x < 4; ++x)
            for (int y = 0; y < 4; ++y)
                source.tile({4, x, y});
        REQUIRE(waitFor([&] { return ready.count() == 16; }));
        CHECK(server.requests() == 16);
        CHECK(server.maxInFlight <= limit);
        CHECK(server.maxInFlight == limit); // and the allowance is used
    }
    XyzTileSource::Options greedy;
    greedy.maxConnections = 16;
    CHECK(XyzTileSource(greedy).options().maxConnections == 4); // the OSM policy's ceiling
}

TEST_CASE("XyzTileSource records failures and retries after a back-off", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    auto options = server.sourceOptions(dir.path());
    options.retryAfterMs = 300;
    XyzTileSource source(options);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    QSignalSpy ready(&source, &TileSource::tileReady);

    const TileKey bad{10, 3, kFailingRow};
    source.retainOnly({bad}); // visible, so retried on its own
    source.tile(bad);
    REQUIRE(waitFor([&] { return failed.count() == 1; }));
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("500")));
    CHECK(source.failureCount(bad) == 1);
    CHECK(source.lastError(bad).contains(QStringLiteral("HTTP 500")));

    // Inside the back-off a repaint asks again and nothing is sent.
    CHECK(source.tile(bad).isNull());
    CHECK(source.queuedRequests() == 0);
    CHECK(source.runningRequests() == 0);
    CHECK(server.requests() == 1);

    REQUIRE(waitFor([&] { return failed.count() == 2; }));
    CHECK(server.requests() == 2);
    CHECK(source.failureCount(bad) == 2);
    CHECK(ready.count() == 0);

    // A tile that left the view is not retried.
    source.retainOnly({});
    const int before = server.requests();
    QTest::qWait(1500); // > the 600 ms second back-off: a retry would have been sent by now
    CHECK(server.requests() == before);
}

TEST_CASE("XyzTileSource: a stalled server times out and blocks nothing", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    auto options = server.sourceOptions(dir.path());
    options.timeoutMs = 1000;
    XyzTileSource source(options);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    QSignalSpy ready(&source, &TileSource::tileReady);

    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(20);

    const TileKey stalled{10, 4, kStallingRow};
    const TileKey good{10, 5, 6};
    QElapsedTimer call;
    call.start();
    CHECK(source.tile(stalled).isNull());
    CHECK(source.tile(good).isNull());
    CHECK(call.elapsed() < 1000); // queued, not fetched

    // The good tile arrives while the other request hangs.
    REQUIRE(waitFor([&] { return ready.count() == 1; }));
    CHECK(failed.count() == 0);
    REQUIRE(waitFor([&] { return failed.count() == 1; }));
    CHECK(failed.at(0).at(0).value<TileKey>() == stalled);
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("no response")));
    CHECK(ticks > 10); // the event loop kept turning all along
    CHECK(source.runningRequests() == 0);
}

TEST_CASE("XyzTileSource: a dripping server meets a deadline, a huge body the size cap", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    auto options = server.sourceOptions(dir.path());
    options.maxConnections = 4;
    options.timeoutMs = 1000;
    options.deadlineMs = 1500;
    XyzTileSource source(options);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    QSignalSpy ready(&source, &TileSource::tileReady);
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(20);

    for (const int row : {kDrippingRow, kHugeRow, kFloodRow, 6})
        source.tile({10, 4, row});
    REQUIRE(waitFor([&] { return failed.count() == 3 && ready.count() == 1; }));
    QHash<int, QString> why;
    for (const auto& f : failed)
        why.insert(f.at(0).value<TileKey>().y, f.at(1).toString());
    CHECK(why.value(kDrippingRow).contains(QStringLiteral("no complete tile within 1.5 s")));
    CHECK(why.value(kHugeRow).contains(QStringLiteral("larger than 4 MB")));
    CHECK(why.value(kFloodRow).contains(QStringLiteral("larger than 4 MB")));
    CHECK(ticks > 10); // the event loop kept turning
    CHECK(source.runningRequests() == 0);
}

TEST_CASE("TileCache::decode refuses a picture far larger than a tile", "[tiles]")
{
    QImage big(4096, 16, QImage::Format_RGB32);
    big.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    big.save(&buffer, "PNG");
    CHECK(TileCache::decode(png).isNull());
    big = QImage(256, 256, QImage::Format_RGB32);
    big.fill(Qt::white);
    png.clear();
    buffer.seek(0);
    big.save(&buffer, "PNG");
    CHECK(TileCache::decode(png).size() == QSize(256, 256));
}

TEST_CASE("XyzTileSource cancels requests for tiles no longer wanted", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    auto options = server.sourceOptions(dir.path());
    options.maxConnections = 2;
    XyzTileSource source(options);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    QSignalSpy ready(&source, &TileSource::tileReady);

    for (int x = 0; x < 5; ++x)
        source.tile({10, x, kStallingRow});
    REQUIRE(waitFor([&] { return server.inFlight == 2; }));
    CHECK(source.runningRequests() == 2);
    CHECK(source.queuedRequests() == 3);

    source.retainOnly({TileKey{10, 4, kStallingRow}}); // still queued: kept
    REQUIRE(waitFor([&] { return source.runningRequests() == 1; }));
    CHECK(source.queuedRequests() == 0);
    // The server sees the cancelled connections close, then the kept tile's request.
    REQUIRE(waitFor([&] { return server.disconnectedInFlight == 2 && server.inFlight == 1; }));
    CHECK(server.paths.last() == QStringLiteral("/10/4/999.png"));
    CHECK(failed.count() == 0); // cancelling is not failing
    CHECK(ready.count() == 0);

    source.retainOnly({});
    REQUIRE(waitFor([&] { return source.runningRequests() == 0 && server.inFlight == 0; }));
    CHECK(failed.count() == 0);
}

TEST_CASE("XyzTileSource uses its disk cache on the next run", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    const QList<TileKey> keys{{6, 40, 25}, {6, 41, 25}, {7, 80, 50}};
    {
        XyzTileSource first(server.sourceOptions(dir.path()));
        QSignalSpy ready(&first, &TileSource::tileReady);
        for (const TileKey& k : keys)
            first.tile(k);
        REQUIRE(waitFor([&] { return ready.count() == 3; }));
    }
    REQUIRE(server.requests() == 3);
    CHECK(QFileInfo::exists(dir.path() + QStringLiteral("/6/40/25.png")));

    XyzTileSource second(server.sourceOptions(dir.path()));
    QSignalSpy ready(&second, &TileSource::tileReady);
    for (const TileKey& k : keys)
        CHECK(second.tile(k).isNull()); // read off the UI's path
    REQUIRE(waitFor([&] { return ready.count() == 3; }));
    for (const TileKey& k : keys)
        CHECK(second.tile(k).pixelColor(1, 1) == tileTestColour(k));
    CHECK(server.requests() == 3); // no new request
    CHECK(second.runningRequests() == 0);
}

TEST_CASE("XyzTileSource revalidates stale tiles with their ETag", "[tiles]")
{
    TileServer server;
    server.cacheControl = "no-cache";
    QTemporaryDir dir;
    const TileKey key{2, 1, 1};
    {
        XyzTileSource first(server.sourceOptions(dir.path()));
        QSignalSpy ready(&first, &TileSource::tileReady);
        first.tile(key);
        REQUIRE(waitFor([&] { return ready.count() == 1; }));
    }
    XyzTileSource second(server.sourceOptions(dir.path()));
    QSignalSpy ready(&second, &TileSource::tileReady);
    second.tile(key);
    // Shown at once from disk, then confirmed by the server without a new body.
    REQUIRE(waitFor([&] { return ready.count() == 2; }));
    CHECK(server.requests() == 2);
    CHECK(server.ifNoneMatch.last() == "\"2/1/1\"");
    CHECK(server.notModified == 1);
    CHECK(second.tile(key).pixelColor(1, 1) == tileTestColour(key));
}

TEST_CASE("XyzTileSource URL templates", "[tiles]")
{
    XyzTileSource::Options o;
    o.urlTemplate = QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{-y}.png");
    o.subdomains = {QStringLiteral("a"), QStringLiteral("b")};
    const XyzTileSource source(o);
    CHECK(source.urlFor({3, 1, 2}) ==
          QUrl(QStringLiteral("https://b.tiles.example.org/3/1/5.png")));
    CHECK(source.urlFor({3, 2, 2}) ==
          QUrl(QStringLiteral("https://a.tiles.example.org/3/2/5.png")));
    CHECK(source.id().startsWith(QStringLiteral("a.tiles.example.org-")));
    CHECK(source.id() == XyzTileSource::idFor(o.urlTemplate));
    CHECK(source.id() !=
          XyzTileSource::idFor(QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png")));

    CHECK(XyzTileSource::isValidTemplate(
        QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")));
    CHECK_FALSE(XyzTileSource::isValidTemplate(
        QStringLiteral("https://tile.openstreetmap.org/{z}/{x}.png")));
    CHECK_FALSE(XyzTileSource::isValidTemplate(QStringLiteral("file:///tmp/{z}/{x}/{y}.png")));
    CHECK_FALSE(XyzTileSource::isValidTemplate(QString()));
}

TEST_CASE("TileLayer requests the visible tiles and draws them once they arrive", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    XyzTileSource source(server.sourceOptions(dir.path()));
    QSignalSpy ready(&source, &TileSource::tileReady);
    TileLayer layer(&source);
    CHECK(layer.attribution() == QStringLiteral("© Test tiles"));

    const MapViewport view(QSizeF(256, 256), QPointF(0.5, 0.5), 2.0); // four z2 tiles
    QImage frame(256, 256, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    {
        QPainter p(&frame);
        layer.paint(p, view);
    }
    CHECK(frame.pixelColor(64, 64).alpha() == 0); // nothing yet: the basemap shows
    REQUIRE(waitFor([&] { return ready.count() == 4; }));
    {
        QPainter p(&frame);
        layer.paint(p, view);
    }
    CHECK(frame.pixelColor(64, 64) == tileTestColour({2, 1, 1}));
    CHECK(frame.pixelColor(192, 192) == tileTestColour({2, 2, 2}));

    // Panning far away before tiles arrive cancels what is no longer visible.
    server.delayMs = 2000;
    const MapViewport east(QSizeF(256, 256), QPointF(0.9, 0.5), 8.0);
    const MapViewport west(QSizeF(256, 256), QPointF(0.1, 0.5), 8.0);
    {
        QPainter p(&frame);
        layer.paint(p, east);
    }
    REQUIRE(waitFor([&] { return server.inFlight == 2; }));
    {
        QPainter p(&frame);
        layer.paint(p, west);
    }
    REQUIRE(waitFor([&] { return server.disconnectedInFlight == 2; }));
    for (const QString& path : server.paths.mid(4, 2))
        CHECK(path.section(QLatin1Char('/'), 2, 2).toInt() >= 200); // east tiles went
}

TEST_CASE("TileLayer::loadTiles waits for a headless export's tiles, within a limit", "[tiles]")
{
    TileServer server;
    QTemporaryDir dir;
    auto options = server.sourceOptions(dir.path());
    options.timeoutMs = 1000;
    XyzTileSource source(options);
    TileLayer layer(&source);

    const MapViewport view(QSizeF(512, 512), QPointF(0.5, 0.5), 1.0); // the four z1 tiles
    CHECK(layer.loadTiles(view, kWaitMs) == 0);
    const QImage frame = [&] {
        QImage f(512, 512, QImage::Format_ARGB32_Premultiplied);
        f.fill(Qt::transparent);
        QPainter p(&f);
        layer.paint(p, view);
        return f;
    }();
    CHECK(frame.pixelColor(100, 100) == tileTestColour({1, 0, 0}));
    CHECK(frame.pixelColor(400, 400) == tileTestColour({1, 1, 1}));

    // A view over a stalling tile gives up when the request times out, not at the deadline.
    const double n = 1 << 10;
    const MapViewport stalled(QSizeF(64, 64), QPointF((3 + 0.5) / n, (kStallingRow + 0.5) / n),
                              10.0);
    QElapsedTimer t;
    t.start();
    CHECK(layer.loadTiles(stalled, kWaitMs) == 1);
    CHECK(t.elapsed() < kWaitMs / 2);
}

TEST_CASE("Headless exports wait a bounded time for a tile server's tiles", "[tiles][export]")
{
    TileServer server;
    QTemporaryDir dir;
    XyzTileSource source(server.sourceOptions(dir.path()));
    SnapshotRenderer renderer(EventColumns{}, {});
    MapExportOptions options;
    options.size = QSize(320, 200);
    options.bbox = GeoBox{38, 31, 47, 38};
    options.legend = false;
    const QImage plain = renderer.render(options);
    options.tiles = &source;
    options.tileWaitMs = kWaitMs;
    const QImage tiled = renderer.render(options);
    CHECK(renderer.missingTiles() == 0);
    CHECK(server.requests() > 0);
    qint64 changed = 0;
    for (int y = 0; y < tiled.height(); ++y)
        for (int x = 0; x < tiled.width(); ++x)
            changed += tiled.pixel(x, y) != plain.pixel(x, y);
    CHECK(changed > tiled.width() * tiled.height() / 2);

    // A server that never answers: the export gives up at the limit and says what is missing.
    TileServer silent;
    silent.delayMs = 10 * kWaitMs;
    QTemporaryDir otherDir;
    XyzTileSource slow(silent.sourceOptions(otherDir.path()));
    options.tiles = &slow;
    options.tileWaitMs = 1500;
    QElapsedTimer clock;
    clock.start();
    renderer.render(options);
    CHECK(clock.elapsed() < 10000);
    CHECK(renderer.missingTiles() > 0);
}
