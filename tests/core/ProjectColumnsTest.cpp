// ProjectColumns: a project file's columns are kept in the user's cache folder after a scan and
// read from there on the next open, only while they provably show the file's events: any
// change of the events (by Tigris, by a second connection, by the sqlite3 library as the shell
// would), a file replaced at the same path, a damaged or foreign cache file each read by scan,
// with the columns a scan gives.
#include "store/ProjectColumns.h"

#include "OldProjectFile.h"
#include "SameColumns.h"
#include "TestCatch.h"
#include "store/ColumnsCache.h"
#include "store/ColumnsScan.h"
#include "store/EventStore.h"
#include "store/ProjectSchema.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>
#include <sqlite3.h>

namespace {
void addEvents(EventStore& store, int from, int to, const QString& category = {})
{
    auto w = store.beginWrite();
    for (int i = from; i < to; ++i)
        w->addEvent(columnsTestEvent(i, category));
    w->commit();
}

QString cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/tigris/columns");
}

// Catch runs a test case again for each section, in one process: each run starts empty.
void clearCache()
{
    QDir(cacheFolder()).removeRecursively();
    QFile::remove(cacheFolder());
}

QStringList cacheFiles()
{
    return QDir(cacheFolder()).entryList(QDir::Files);
}

// Opens the project, loads its columns, and tells whether they came from the kept copy; the
// columns must be a scan's either way.
bool loadedFromCache(const QString& path, bool readOnly = false)
{
    auto store = EventStore::open(path, readOnly);
    const EventColumns loaded = store->loadColumns();
    requireSameColumns(loaded, ColumnsScan::load(store->sqlite()->handle(), path));
    return store->sqlite()->columnsFromCache();
}

void execDirect(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqliteExec(db, sql);
    sqlite3_close(db);
}

qint64 revision(const EventStore& store)
{
    SqliteStatement s(store.sqlite()->handle(), "SELECT revision FROM columns_revision");
    REQUIRE(s.step());
    return s.int64(0);
}
} // namespace

TEST_CASE("A project's columns are kept after a scan and read back on the next open",
          "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    {
        auto store = EventStore::create(path);
        addEvents(*store, 0, 503);
    }
    CHECK(cacheFiles().isEmpty());
    CHECK_FALSE(loadedFromCache(path)); // scanned, and kept
    REQUIRE(cacheFiles().size() == 1);
    const QFileInfo kept(cacheFolder() + QLatin1Char('/') + cacheFiles().front());
    CHECK(kept.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(loadedFromCache(path));
    CHECK(loadedFromCache(path, true)); // read-only opens use it too

    // Every way the events change reads by scan, then keeps the new state.
    SECTION("an import by Tigris")
    {
        addEvents(*EventStore::open(path), 503, 520);
    }
    SECTION("an edit by a second connection while the first is open")
    {
        auto first = EventStore::open(path);
        CHECK(first->sqlite()->columnsFromCache() == false);
        first->loadColumns();
        CHECK(first->sqlite()->columnsFromCache());
        auto second = EventStore::open(path);
        sqliteExec(second->sqlite()->handle(), "UPDATE events SET span_hi = span_hi + 1 "
                                               "WHERE id = 7");
        const EventColumns again = first->loadColumns();
        CHECK_FALSE(first->sqlite()->columnsFromCache());
        REQUIRE(again.size() == 503);
        CHECK(again.hi[6] == ColumnsScan::load(second->sqlite()->handle(), path).hi[6]);
        CHECK(loadedFromCache(path)); // the scan kept the new state
        return;
    }
    SECTION("a removal")
    {
        execDirect(path, "DELETE FROM events WHERE id % 10 = 4");
    }
    SECTION("a change made with the sqlite3 library, as the shell would")
    {
        execDirect(path, "UPDATE events SET lat = lat + 1 WHERE id = 100");
    }
    SECTION("each column loadColumns reads")
    {
        for (const char* column :
             {"lon", "span_lo", "category_id", "precision", "geo_precision", "approximate"}) {
            INFO(column);
            CHECK(loadedFromCache(path));
            const QByteArray sql =
                QByteArray("UPDATE events SET ") + column + " = " + column + " + 1 WHERE id = 50";
            execDirect(path, sql.constData());
            CHECK_FALSE(loadedFromCache(path));
        }
        CHECK(loadedFromCache(path));
        return;
    }
    SECTION("an insert with an id in a gap, by the sqlite3 library")
    {
        execDirect(path, "DELETE FROM events WHERE id = 30");
        CHECK_FALSE(loadedFromCache(path));
        CHECK(loadedFromCache(path));
        execDirect(path, "INSERT INTO events(id, title, start, precision, span_lo, span_hi) "
                         "VALUES(30, 'back', 0, 3, 0, 86400)");
    }
    SECTION("a new category, no event changed")
    {
        execDirect(path, "INSERT INTO categories(id, name, colour) VALUES(1000, 'New', '#00ff00')");
    }
    SECTION("a trigger dropped by hand (a change of schema)")
    {
        execDirect(path, "DROP TRIGGER columns_revision_after_update");
        CHECK_FALSE(loadedFromCache(path));
        CHECK_FALSE(loadedFromCache(path)); // the revision cannot be trusted: never kept
        execDirect(path, "UPDATE events SET lat = lat + 1 WHERE id = 100");
        CHECK_FALSE(loadedFromCache(path));
        execDirect(path, "CREATE TRIGGER columns_revision_after_update AFTER UPDATE ON events "
                         "BEGIN SELECT 1; END"); // the name back, not the work
        CHECK_FALSE(loadedFromCache(path));
        CHECK_FALSE(loadedFromCache(path));
        return;
    }
    CHECK_FALSE(loadedFromCache(path));
    CHECK(loadedFromCache(path));
}

TEST_CASE("Title and text edits keep the kept columns", "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    addEvents(*EventStore::create(path), 0, 50);
    CHECK_FALSE(loadedFromCache(path));
    execDirect(path, "UPDATE events SET title = 'renamed', description = 'more' WHERE id = 3");
    CHECK(loadedFromCache(path));
}

TEST_CASE("A project replaced at the same path is read by scan", "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    const QString other = dir.filePath(QStringLiteral("other.tigris"));
    addEvents(*EventStore::create(path), 0, 200);
    addEvents(*EventStore::create(other), 0, 200, QStringLiteral("Protests")); // same ids
    CHECK_FALSE(loadedFromCache(path));
    CHECK(loadedFromCache(path));

    SECTION("by a rename (a new inode)")
    {
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::rename(other, path));
    }
    SECTION("by copying over it (the same inode)")
    {
        QFile from(other), to(path);
        REQUIRE(from.open(QIODevice::ReadOnly));
        REQUIRE(to.open(QIODevice::ReadWrite));
        REQUIRE(to.write(from.readAll()) == from.size());
        to.resize(from.size());
    }
    CHECK_FALSE(loadedFromCache(path));
    auto store = EventStore::open(path);
    const EventColumns c = store->loadColumns();
    CHECK(store->sqlite()->columnsFromCache());
    REQUIRE(store->categories().size() == 1);
    CHECK(store->categories().front().name == QStringLiteral("Protests"));
    CHECK(c.category.front() == 0);
}

TEST_CASE("A damaged or foreign cache file is read by scan and written again", "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    addEvents(*EventStore::create(path), 0, 300);
    CHECK_FALSE(loadedFromCache(path));
    REQUIRE(cacheFiles().size() == 1);
    const QString kept = cacheFolder() + QLatin1Char('/') + cacheFiles().front();
    QFile file(kept);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();

    SECTION("cut short")
    {
        REQUIRE(file.resize(size - 9));
    }
    SECTION("longer")
    {
        REQUIRE(file.seek(size));
        REQUIRE(file.write("x") == 1);
    }
    SECTION("empty")
    {
        REQUIRE(file.resize(0));
    }
    SECTION("another format version")
    {
        REQUIRE(file.seek(7));
        REQUIRE(file.write("0") == 1); // TGRSCOL1 → TGRSCOL0
    }
    SECTION("a header saying more rows than the file has")
    {
        REQUIRE(file.seek(16));
        const qint64 rows = qint64(1) << 40;
        REQUIRE(file.write(reinterpret_cast<const char*>(&rows), sizeof rows) == sizeof rows);
    }
    SECTION("another revision")
    {
        REQUIRE(file.seek(8));
        const qint64 revision = 12345;
        REQUIRE(file.write(reinterpret_cast<const char*>(&revision), sizeof revision) ==
                sizeof revision);
    }
    file.close();
    CHECK_FALSE(loadedFromCache(path));
    CHECK(QFileInfo(kept).size() == size);
    CHECK(loadedFromCache(path));
}

TEST_CASE("An unwritable cache folder is no error: the columns are scanned", "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    addEvents(*EventStore::create(path), 0, 100);
    // A file where the folder should be: no folder can be made there, even by root.
    QDir().mkpath(QFileInfo(cacheFolder()).absolutePath());
    QFile blocker(cacheFolder());
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CHECK_FALSE(loadedFromCache(path));
    CHECK_FALSE(loadedFromCache(path));
    CHECK(QFileInfo(cacheFolder()).isFile());
}

TEST_CASE("Columns read inside a write are neither kept nor read from the cache",
          "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    addEvents(*EventStore::create(path), 0, 100);
    CHECK_FALSE(loadedFromCache(path));
    auto store = EventStore::open(path);
    auto w = store->beginWrite();
    w->addEvent(columnsTestEvent(100));
    w->flush();
    const EventColumns inside = store->loadColumns();
    CHECK_FALSE(store->sqlite()->columnsFromCache());
    CHECK(inside.size() == 101); // its own row, not committed yet
    w.reset();                   // rolled back
    CHECK(store->loadColumns().size() == 100);
    CHECK(store->sqlite()->columnsFromCache());
}

TEST_CASE("Schema 8 adds the columns revision, drawn again by each change of the events",
          "[store][columns]")
{
    clearCache();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.tigris"));
    {
        const OldProjectFile old(path, ProjectSchema::createVersion7);
        sqlite3* db = old.db();
        sqliteExec(db, "INSERT INTO events(id, title, start, precision, span_lo, span_hi, lat, "
                       "lon) VALUES(1, 'placed', 0, 3, 0, 86400, 36.3, 43.1)");
    }
    // Read-only media cannot be upgraded: read by scan, nothing kept (root may write anyway).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (!QFileInfo(path).isWritable()) {
        auto reader = EventStore::open(path, true);
        CHECK(reader->schemaVersion() == 7);
        CHECK(reader->loadColumns().size() == 1);
        CHECK(reader->loadColumns().size() == 1);
        CHECK_FALSE(reader->sqlite()->columnsFromCache());
        CHECK(cacheFiles().isEmpty());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    const qint64 migrated = revision(*store);
    addEvents(*store, 0, 3);
    const qint64 added = revision(*store);
    CHECK(added != migrated);
    // The writer lifts the insert trigger inside its transaction only: back as schema 8 made it
    // after a commit, and after a rollback.
    CHECK(ProjectSchema::hasColumnsRevision(store->sqlite()->handle()));
    {
        auto w = store->beginWrite();
        w->addEvent(columnsTestEvent(3));
        w->flush();
        CHECK_FALSE(ProjectSchema::hasColumnsRevision(store->sqlite()->handle()));
    }
    CHECK(ProjectSchema::hasColumnsRevision(store->sqlite()->handle()));
    CHECK(revision(*store) == added);
    sqliteExec(store->sqlite()->handle(), "UPDATE events SET title = 'x' WHERE id = 1");
    CHECK(revision(*store) == added); // not a column loadColumns reads
    sqliteExec(store->sqlite()->handle(), "UPDATE events SET lat = 1 WHERE id = 1");
    const qint64 moved = revision(*store);
    CHECK(moved != added);
    sqliteExec(store->sqlite()->handle(), "DELETE FROM events WHERE id = 1");
    CHECK(revision(*store) != moved);
    // Two new projects never start at the same revision.
    const QString fresh = dir.filePath(QStringLiteral("fresh.tigris"));
    CHECK(revision(*EventStore::create(fresh)) != revision(*EventStore::open(path)));
}
