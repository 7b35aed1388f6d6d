// The statistics `tigris info` reads (schema 7): kept by the writer in its transaction, and
// after every kind of change equal to a full scan of the events table itself.
#include "store/EventStatistics.h"

#include "OldProjectFile.h"
#include "TestCatch.h"
#include "store/EventStore.h"
#include "store/ProjectSchema.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <random>
#include <sqlite3.h>

namespace {

// The truth, from the table (not an index): what the stored row must equal.
EventStatistics fullScan(sqlite3* db)
{
    SqliteStatement s(db, "SELECT count(*), coalesce(max(id), 0), min(span_lo), max(span_hi), "
                          "min(lon), min(lat), max(lon), max(lat) FROM events NOT INDEXED");
    REQUIRE(s.step());
    EventStatistics out;
    out.events = s.int64(0);
    out.maxEventId = s.int64(1);
    if (!s.isNull(2)) out.timeFrom = s.int64(2);
    if (!s.isNull(3)) out.timeTo = s.int64(3);
    if (!s.isNull(4)) out.west = s.real(4);
    if (!s.isNull(5)) out.south = s.real(5);
    if (!s.isNull(6)) out.east = s.real(6);
    if (!s.isNull(7)) out.north = s.real(7);
    return out;
}

void requireMatchesScan(const EventStore& store)
{
    const ProjectInfo info = store.info();
    const EventStatistics truth = fullScan(store.sqlite()->handle());
    CHECK(info.events == truth.events);
    CHECK(info.timeFrom == truth.timeFrom);
    CHECK(info.timeTo == truth.timeTo);
    CHECK(info.west == truth.west);
    CHECK(info.south == truth.south);
    CHECK(info.east == truth.east);
    CHECK(info.north == truth.north);
}

// n events at random times and places (some without a position), one transaction.
void addEvents(EventStore& store, int n, std::mt19937& rng, bool commit = true)
{
    std::uniform_real_distribution<double> lat(10, 40), lon(30, 50);
    std::uniform_int_distribution<qint64> when(1'300'000'000, 1'700'000'000);
    std::uniform_int_distribution<int> precision(1, 6), percent(0, 99);
    auto w = store.beginWrite();
    for (int i = 0; i < n; ++i) {
        Event e;
        e.title = QStringLiteral("event %1").arg(i);
        e.start = when(rng);
        e.precision = static_cast<DatePrecision>(precision(rng));
        if (percent(rng) < 10) e.end = e.start + 40 * 86400;
        if (percent(rng) < 90) {
            e.lat = lat(rng);
            e.lon = lon(rng);
        }
        w->addEvent(e);
    }
    if (commit) w->commit();
}

qint64 stale(const EventStore& store)
{
    SqliteStatement s(store.sqlite()->handle(), "SELECT stale FROM event_stats");
    return s.step() ? s.int64(0) : -1;
}

} // namespace

TEST_CASE("Stored statistics equal a full scan after writes, a rollback and nothing at all",
          "[store][stats]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    std::mt19937 rng(7);
    // Empty: zero events, no range, no box, and stored from the start.
    ProjectInfo info = store->info();
    CHECK(info.events == 0);
    CHECK_FALSE(info.timeFrom);
    CHECK_FALSE(info.west);
    CHECK(info.statistics == ProjectInfo::Statistics::Stored);

    addEvents(*store, 500, rng);
    requireMatchesScan(*store);
    CHECK(store->info().statistics == ProjectInfo::Statistics::Stored);
    addEvents(*store, 300, rng, false); // rolled back: neither rows nor statistics change
    requireMatchesScan(*store);
    CHECK(store->info().events == 500);
    addEvents(*store, 700, rng); // merged into the stored row
    requireMatchesScan(*store);
    CHECK(store->info().events == 1200);
    CHECK(store->info().statistics == ProjectInfo::Statistics::Stored);

    // A reader on its own connection sees them as committed.
    auto reader = EventStore::open(store->path(), true);
    CHECK(reader->info().events == 1200);
    CHECK(reader->info().statistics == ProjectInfo::Statistics::Stored);
}

TEST_CASE("Deleting or moving events, or inserting them behind the writer's back, is noticed",
          "[store][stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    std::mt19937 rng(11);
    addEvents(*store, 400, rng);

    SECTION("a delete marks them stale; the next info() recomputes and stores them")
    {
        // The extremes go, so a stale row would be visibly wrong.
        sqliteExec(store->sqlite()->handle(),
                   "DELETE FROM events WHERE span_lo = (SELECT min(span_lo) FROM events) OR "
                   "lat = (SELECT max(lat) FROM events) OR id = (SELECT max(id) FROM events)");
        CHECK(stale(*store) == 1);
        CHECK(store->info().statistics == ProjectInfo::Statistics::Recomputed);
        requireMatchesScan(*store);
        CHECK(stale(*store) == 0);
        CHECK(store->info().statistics == ProjectInfo::Statistics::Stored);
        addEvents(*store, 50, rng); // and the writer merges into the recomputed row
        requireMatchesScan(*store);
    }
    SECTION("moving an event or changing its time marks them stale")
    {
        sqliteExec(store->sqlite()->handle(), "UPDATE events SET lon = 170 WHERE id = 5");
        CHECK(stale(*store) == 1);
        requireMatchesScan(*store);
        CHECK(*store->info().east == 170);
        sqliteExec(store->sqlite()->handle(),
                   "UPDATE events SET span_hi = span_hi + 1 WHERE id = 6");
        CHECK(stale(*store) == 1);
        requireMatchesScan(*store);
    }
    SECTION("an insert that is not the writer's leaves max_event_id behind")
    {
        sqliteExec(store->sqlite()->handle(),
                   "INSERT INTO events(title, start, precision, span_lo, span_hi, lat, lon) "
                   "VALUES('elsewhere', 0, 3, 0, 86400, -45, -100)");
        CHECK(stale(*store) == 0);
        CHECK(store->info().statistics == ProjectInfo::Statistics::Recomputed);
        requireMatchesScan(*store);
        CHECK(*store->info().south == -45);
    }
    SECTION("stale under a writer: its commit recomputes them in its transaction")
    {
        sqliteExec(store->sqlite()->handle(), "DELETE FROM events WHERE id <= 100");
        addEvents(*store, 20, rng);
        CHECK(stale(*store) == 0);
        requireMatchesScan(*store);
        CHECK(store->info().events == 320);
    }
    SECTION("a read-only reader stores them through a connection of its own")
    {
        sqliteExec(store->sqlite()->handle(), "DELETE FROM events WHERE id % 2 = 0");
        auto reader = EventStore::open(path, true);
        CHECK(reader->info().statistics == ProjectInfo::Statistics::Recomputed);
        requireMatchesScan(*reader);
        CHECK(stale(*store) == 0);
    }
    SECTION("while another connection writes, they are computed and not stored")
    {
        sqliteExec(store->sqlite()->handle(), "DELETE FROM events WHERE id % 3 = 0");
        sqlite3* other = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
        sqliteExec(other, "BEGIN IMMEDIATE");
        auto reader = EventStore::open(path, true);
        CHECK(reader->info().statistics == ProjectInfo::Statistics::NotStored);
        requireMatchesScan(*reader);
        CHECK(store->info().statistics == ProjectInfo::Statistics::NotStored);
        sqliteExec(other, "ROLLBACK");
        sqlite3_close(other);
        CHECK(store->info().statistics == ProjectInfo::Statistics::Recomputed);
        CHECK(store->info().statistics == ProjectInfo::Statistics::Stored);
    }
}

TEST_CASE("An older project gains its statistics when it is migrated", "[store][stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.tigris"));
    {
        const OldProjectFile old(path, ProjectSchema::createVersion2);
        sqlite3* db = old.db();
        sqliteExec(db, "INSERT INTO events(id, title, start, precision, span_lo, span_hi, lat, "
                       "lon) VALUES(1, 'a', 0, 3, 0, 86400, 36.3, 43.1), "
                       "(2, 'b', 86400, 3, 86400, 172800, NULL, NULL), "
                       "(7, 'c', -86400, 3, -86400, 0, 30.5, 47.8)");
    }
    auto store = EventStore::open(path, true); // read-only, as `tigris info` opens it
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    const ProjectInfo info = store->info();
    CHECK(info.statistics == ProjectInfo::Statistics::Stored);
    CHECK(info.events == 3);
    CHECK(info.timeFrom == -86400);
    CHECK(info.timeTo == 172800);
    CHECK(info.west == 43.1);
    CHECK(info.east == 47.8);
    requireMatchesScan(*store);
}
