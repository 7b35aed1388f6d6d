#include "tiles/TileCache.h"

#include "TestCatch.h"
#include "TileTestImages.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

TEST_CASE("TileCache expiry follows Cache-Control max-age, else seven days", "[tiles]")
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-01-01T12:00:00Z"), Qt::ISODate);
    CHECK(TileCache::expiryFor("max-age=3600", now) == now.addSecs(3600));
    CHECK(TileCache::expiryFor("public, max-age=86400, stale-while-revalidate=60", now) ==
          now.addSecs(86400));
    CHECK(TileCache::expiryFor("Max-Age=120", now) == now.addSecs(120));
    CHECK(TileCache::expiryFor("s-maxage=5", now) == now.addDays(7));
    CHECK(TileCache::expiryFor("", now) == now.addDays(7));
    CHECK(TileCache::expiryFor("no-cache", now) == now);
    CHECK(TileCache::expiryFor("max-age=99999999999999999999", now) == now.addDays(365));
}

TEST_CASE("TileCache stores tiles on disk at z/x/y.png with expiry and ETag", "[tiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TileCache cache(dir.path() + QStringLiteral("/osm"));
    const TileKey key{5, 17, 11};
    CHECK(cache.pathFor(key) == dir.path() + QStringLiteral("/osm/5/17/11.png"));
    CHECK_FALSE(cache.read(key).has_value());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TileCache::DiskEntry entry{tileTestImage(key), now.addSecs(600), "\"abc-1\""};
    REQUIRE(cache.write(key, entry));
    CHECK(QFileInfo::exists(cache.pathFor(key)));

    const auto back = cache.read(key);
    REQUIRE(back.has_value());
    CHECK(back->data == entry.data);
    CHECK(back->etag == "\"abc-1\"");
    CHECK(qAbs(back->expires.secsTo(now.addSecs(600))) <= 1);
    CHECK(back->isFresh(now));
    CHECK_FALSE(back->isFresh(now.addSecs(601)));

    REQUIRE(cache.setExpiry(key, now.addSecs(-1)));
    const auto stale = cache.read(key);
    REQUIRE(stale.has_value());
    CHECK_FALSE(stale->isFresh(now));
    CHECK(stale->etag == "\"abc-1\"");                   // kept for revalidation
    CHECK_FALSE(cache.setExpiry(TileKey{5, 0, 0}, now)); // nothing stored there
}

TEST_CASE("TileCache without a directory keeps tiles in memory only", "[tiles]")
{
    TileCache cache{QString()};
    CHECK_FALSE(cache.write({0, 0, 0}, {tileTestImage(TileKey{0, 0, 0}), {}, {}}));
    CHECK_FALSE(cache.read({0, 0, 0}).has_value());
}

TEST_CASE("TileCache memory is a bounded LRU of decoded images", "[tiles]")
{
    TileCache cache(QString(), 1); // 1 MB: four 256 KiB tiles
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(Qt::red);
    for (int x = 0; x < 4; ++x)
        cache.insert({3, x, 0}, tile);
    CHECK(cache.memoryUsedBytes() == 4 * 256 * 1024);
    CHECK_FALSE(cache.image({3, 0, 0}).isNull()); // touched: now the most recent
    cache.insert({3, 4, 0}, tile);
    CHECK(cache.memoryUsedBytes() <= 1024 * 1024);
    CHECK(cache.contains({3, 0, 0}));
    CHECK_FALSE(cache.contains({3, 1, 0})); // the least recently used went
    CHECK(cache.contains({3, 4, 0}));
    CHECK(cache.image({3, 4, 0}).pixelColor(10, 10) == QColor(Qt::red));

    cache.setMemoryLimitMB(64);
    CHECK(cache.memoryLimitMB() == 64);
}

TEST_CASE("TileCache default directory is the platform cache folder", "[tiles]")
{
    const QString dir = TileCache::defaultDirectory(QStringLiteral("tile.example.org-12345678"));
    CHECK(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    CHECK(dir.endsWith(QStringLiteral("/tiles/tile.example.org-12345678")));
}

TEST_CASE("TileKey ancestors and validity", "[tiles]")
{
    CHECK(TileKey{3, 5, 6}.ancestor() == TileKey{2, 2, 3});
    CHECK(TileKey{3, 5, 6}.ancestor(3) == TileKey{0, 0, 0});
    CHECK(TileKey{2, 3, 3}.isValid());
    CHECK_FALSE(TileKey{2, 4, 0}.isValid());
    CHECK_FALSE(TileKey{-1, 0, 0}.isValid());
    CHECK(TileKey{4, 1, 2}.toString() == QStringLiteral("4/1/2"));
}

TEST_CASE("TileCache decodes palette tiles into a directly paintable format", "[tiles]")
{
    QImage palette(256, 256, QImage::Format_Indexed8);
    palette.setColorTable({qRgb(10, 20, 30), qRgb(200, 100, 50)});
    palette.fill(1);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(palette.save(&buffer, "PNG"));

    const QImage decoded = TileCache::decode(png);
    CHECK(decoded.format() == QImage::Format_RGB32);
    CHECK(decoded.pixelColor(7, 7) == QColor(200, 100, 50));
    CHECK(TileCache::decode("not an image").isNull());
}

TEST_CASE("TileCache prunes the tiles written longest ago", "[tiles]")
{
    QTemporaryDir dir;
    const TileCache cache(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray data(10000, 'x'); // the cache stores bytes as served
    for (int x = 0; x < 5; ++x) {
        REQUIRE(cache.write({4, x, 0}, {data, now.addDays(1), {}}));
        QFile f(cache.pathFor({4, x, 0}));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(now.addSecs(-3600 * (10 - x)), QFileDevice::FileModificationTime));
    }
    CHECK(TileCache::prune(dir.path(), 1000000) == 0); // under the cap: nothing goes

    const qint64 freed = TileCache::prune(dir.path(), 31000); // room for three
    CHECK(freed >= 20000);
    CHECK_FALSE(cache.read({4, 0, 0}).has_value());
    CHECK_FALSE(cache.read({4, 1, 0}).has_value());
    CHECK_FALSE(QFileInfo::exists(cache.pathFor({4, 0, 0}) + QStringLiteral(".meta")));
    for (int x = 2; x < 5; ++x)
        CHECK(cache.read({4, x, 0}).has_value());
}
