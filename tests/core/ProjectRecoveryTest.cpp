// The store's open path after crashes, on damaged and foreign files: SQLite recovers what it
// can, damage is noticed and repairable, nothing is written to a file that is not a project.
#include "TestCatch.h"
#include "store/EventStore.h"
#include "store/ProjectCheck.h"
#include "store/ProjectFileState.h"
#include "store/ProjectSchema.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile out(to);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytesOf(from));
}

void addEvents(EventStore& store, int count, const QString& title = QStringLiteral("event"))
{
    auto w = store.beginWrite();
    for (int i = 0; i < count; ++i) {
        Event e;
        e.title = QStringLiteral("%1 %2").arg(title).arg(i);
        e.description = QString(200, QLatin1Char('d'));
        e.start = 1402358400 + i * 60;
        e.lat = 36 + i * 1e-4;
        e.lon = 43;
        w->addEvent(e);
    }
    w->commit();
}

qint64 eventCount(const QString& path)
{
    return EventStore::open(path, true)->info().events;
}

// A raw connection, as a process that is about to die holds it.
sqlite3* rawOpen(const QString& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    return db;
}

} // namespace

TEST_CASE("A foreign SQLite database is refused and left exactly as it was", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("other.db"));
    sqlite3* db = rawOpen(foreign);
    sqliteExec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1)");
    sqlite3_close(db);
    const QByteArray before = bytesOf(foreign);
    for (const bool readOnly : {false, true}) {
        try {
            EventStore::open(foreign, readOnly);
            FAIL("a foreign database was accepted");
        } catch (const StoreError& e) {
            CHECK(e.message().contains(QStringLiteral("not a Tigris project")));
        }
    }
    // Not switched to WAL (header bytes 18-19), no log created beside it.
    CHECK(bytesOf(foreign) == before);
    CHECK_FALSE(QFile::exists(foreign + QStringLiteral("-wal")));
}

TEST_CASE("A hot journal left by a killed import is rolled back, by read-only opens too",
          "[store][recovery]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.tigris"));
    addEvents(*EventStore::create(live), 10);
    // An import into a project in rollback-journal mode, caught mid-transaction: the copies
    // of the file and its journal are what a kill -9 leaves behind.
    sqlite3* db = rawOpen(live);
    sqliteExec(db, "PRAGMA journal_mode=DELETE; PRAGMA cache_size=8; BEGIN");
    for (int i = 0; i < 3000; ++i)
        sqliteExec(db, "INSERT INTO events(title, description, start, precision, span_lo, "
                       "span_hi) VALUES('new', zeroblob(400), 0, 3, 0, 86400)");
    const QString crashed = dir.filePath(QStringLiteral("crashed.tigris"));
    copyFile(live, crashed);
    copyFile(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal"));
    sqlite3_close(db); // rolls back the original
    REQUIRE(QFile::exists(crashed + QStringLiteral("-journal")));
    REQUIRE(bytesOf(crashed) != bytesOf(live)); // the spill reached the file

    // `info`, `query`, `export-image` open read-only: they recover it (the file may be
    // written) instead of calling it damaged.
    auto store = EventStore::open(crashed, true);
    CHECK(store->info().events == 10);
    CHECK(ProjectCheck::problems(store->sqlite()->handle(), ProjectCheck::Depth::Full).isEmpty());
    CHECK_FALSE(QFile::exists(crashed + QStringLiteral("-journal")));
}

TEST_CASE("A log left mid-checkpoint opens with every committed row", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.tigris"));
    auto store = EventStore::create(live);
    addEvents(*store, 10);
    sqlite3_wal_checkpoint_v2(store->sqlite()->handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                              nullptr, nullptr);
    sqliteExec(store->sqlite()->handle(), "PRAGMA wal_autocheckpoint=0");
    addEvents(*store, 3000);
    // The log is in use by this process: not an orphan.
    CHECK_FALSE(ProjectFileState::hasOrphanWal(live));
    const QString crashed = dir.filePath(QStringLiteral("crashed.tigris"));
    copyFile(live, crashed);
    copyFile(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal"));
    // Checkpointing began: page 1 (with the new page count) reached the file before the
    // file grew. Tigris once refused this as "truncated"; SQLite recovers it intact.
    sqlite3_wal_checkpoint_v2(store->sqlite()->handle(), nullptr, SQLITE_CHECKPOINT_FULL, nullptr,
                              nullptr);
    QFile file(crashed);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(bytesOf(live).left(8192));
    file.close();
    store.reset();
    REQUIRE(QFile(crashed).size() < QFile(live).size());
    CHECK(ProjectFileState::hasOrphanWal(crashed));

    CHECK(eventCount(crashed) == 3010);
    auto reopened = EventStore::open(crashed);
    CHECK(
        ProjectCheck::problems(reopened->sqlite()->handle(), ProjectCheck::Depth::Full).isEmpty());
    addEvents(*reopened, 1); // and it takes writes
    CHECK(reopened->info().events == 3011);
}

TEST_CASE("Damage is noticed before writing, and a repair copies what is readable",
          "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    int root = 0;
    {
        auto store = EventStore::create(path);
        addEvents(*store, 2000);
        SqliteStatement s(store->sqlite()->handle(),
                          "SELECT rootpage FROM sqlite_schema WHERE name='events_by_span'");
        REQUIRE(s.step());
        root = int(s.int64(0));
    }
    // Random bytes over the end of the time index's root page, where its cells are.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(qint64(root) * 8192 - 3000);
        QByteArray noise;
        for (int i = 0; i < 2990; ++i)
            noise.append(char((i * 2654435761u) >> 24));
        f.write(noise);
    }
    try {
        auto store = EventStore::open(path);
        store->beginWrite();
        FAIL("a write into a damaged project was allowed");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("is damaged")));
        CHECK(e.message().contains(QStringLiteral("tigris check --repair")));
    }
    const ProjectCheck::Report report = ProjectCheck::check(path);
    CHECK(report.isProject);
    CHECK_FALSE(report.problems.isEmpty());

    const QString fixed = dir.filePath(QStringLiteral("fixed.tigris"));
    const ProjectCheck::Repair repair = ProjectCheck::repair(path, fixed);
    CHECK(repair.problemsAfter.isEmpty());
    auto store = EventStore::open(fixed);
    CHECK(store->info().events == 2000); // the table was intact; only an index was hit
    EventQuery q;
    q.text = QStringLiteral("event 1999");
    CHECK(store->query(q).size() == 1); // the text index was rebuilt
    q = EventQuery();
    q.bbox = GeoBox{42, 35, 44, 37};
    CHECK(store->queryIds(q).size() == 2000);                       // and the spatial one
    CHECK_THROWS_AS(ProjectCheck::repair(path, fixed), StoreError); // never overwrites
}

TEST_CASE("A full disk is named as such and the project is left as it was", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    addEvents(*store, 10);
    // SQLite's page limit fails writes with SQLITE_FULL, as a full disk does.
    SqliteStatement pages(store->sqlite()->handle(), "PRAGMA page_count");
    REQUIRE(pages.step());
    const QByteArray limit = "PRAGMA max_page_count=" + QByteArray::number(pages.int64(0) + 2);
    pages = SqliteStatement();
    sqliteExec(store->sqlite()->handle(), limit.constData());
    try {
        addEvents(*store, 3000);
        FAIL("no error on a full disk");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("disk is full")));
        CHECK(e.message().contains(QStringLiteral("not saved")));
    }
    CHECK(store->info().events == 10);
}
