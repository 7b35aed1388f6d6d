// ColumnsScan: a project's columns read in id ranges on several connections side by side are
// the columns read in one pass, and a connection inside an open change reads alone, so that it
// sees its own rows that are not committed yet.
#include "store/ColumnsScan.h"

#include "SameColumns.h"
#include "TestCatch.h"
#include "store/EventStore.h"
#include "store/SqliteEventStore.h"

#include <QTemporaryDir>
#include <cmath>
#include <sqlite3.h>

namespace {
void addEvents(EventStore& store, int from, int to)
{
    auto w = store.beginWrite();
    for (int i = from; i < to; ++i)
        w->addEvent(columnsTestEvent(i));
    w->commit();
}

} // namespace

TEST_CASE("Columns read in parallel ranges equal one pass", "[store][columns]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    {
        auto store = EventStore::create(path);
        addEvents(*store, 0, 2003); // not a multiple of any part count
    }
    for (const bool readOnly : {false, true}) {
        const auto store = EventStore::open(path, readOnly);
        const EventColumns one = ColumnsScan::load(store->sqlite()->handle(), path, {1, 100});
        REQUIRE(one.size() == 2003);
        CHECK(std::isnan(one.x[3]));
        CHECK_FALSE(std::isnan(one.x[4]));
        for (const int parts : {2, 3, 7}) {
            INFO(parts << " parts, read-only " << readOnly);
            requireSameColumns(ColumnsScan::load(store->sqlite()->handle(), path, {parts, 100}),
                               one);
        }
        // Ranges below the minimum are read in one pass, with the same result.
        requireSameColumns(ColumnsScan::load(store->sqlite()->handle(), path, {4, 100'000}), one);
        requireSameColumns(store->loadColumns(), one);
    }
}

TEST_CASE("Columns read inside an open change include its own rows", "[store][columns]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    addEvents(*store, 0, 1000);
    auto w = store->beginWrite();
    for (int i = 1000; i < 1600; ++i)
        w->addEvent(columnsTestEvent(i));
    w->flush();
    // Other connections cannot see these rows yet: the read must stay on this one.
    const EventColumns c = ColumnsScan::load(store->sqlite()->handle(), path, {4, 100});
    REQUIRE(c.size() == 1600);
    CHECK(c.id.front() < c.id.back());
    for (std::size_t i = 1; i < c.size(); ++i)
        REQUIRE(c.id[i - 1] < c.id[i]);
    w.reset(); // rolled back
    CHECK(ColumnsScan::load(store->sqlite()->handle(), path, {4, 100}).size() == 1000);
}

TEST_CASE("Columns of a file whose ids were changed by hand, far apart", "[store][columns]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    addEvents(*store, 0, 10);
    // Tigris writes dense ids; another tool may not. The id range is no count to reserve.
    char* error = nullptr;
    REQUIRE(sqlite3_exec(store->sqlite()->handle(),
                         "UPDATE events SET id = 4000000000000 WHERE id = 10", nullptr, nullptr,
                         &error) == SQLITE_OK);
    for (const int parts : {1, 4}) {
        const EventColumns c = ColumnsScan::load(store->sqlite()->handle(), path, {parts, 2});
        REQUIRE(c.size() == 10);
        CHECK(c.id.back() == 4000000000000);
        CHECK(c.id[8] == 9);
    }
}
