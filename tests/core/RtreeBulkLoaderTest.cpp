#include "TestCatch.h"
#include "store/EventStore.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"
#include "store/ZOrderRuns.h"

#include <QTemporaryDir>
#include <algorithm>
#include <random>
#include <set>
#include <sqlite3.h>

namespace {

// Writes `n` seeded events, a tenth of them without a position, in one transaction.
void addEvents(EventStore& store, int n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lat(29.0, 37.5), lon(38.5, 48.5), jitter(-0.01, 0.01);
    auto writer = store.beginWrite();
    for (int i = 0; i < n; ++i) {
        Event e;
        e.title = QStringLiteral("event %1").arg(i);
        e.start = 1400000000 + i;
        if (rng() % 10 != 0) {
            // Clustered, with repeated positions, as real exports are.
            e.lat = rng() % 3 == 0 ? 36.34 : lat(rng) + jitter(rng);
            e.lon = rng() % 3 == 0 ? 43.13 : lon(rng) + jitter(rng);
        }
        writer->addEvent(e);
    }
    writer->commit();
}

QString rtreeCheck(EventStore& store)
{
    SqliteStatement check(store.sqlite()->handle(), "SELECT rtreecheck('event_positions')");
    return check.step() ? check.text(0) : QString();
}

std::set<qint64> inBox(EventStore& store, bool useTree, double w, double s, double e, double n)
{
    const char* sql = useTree ? "SELECT id FROM event_positions WHERE max_lon >= ?1 AND "
                                "min_lon <= ?3 AND max_lat >= ?2 AND min_lat <= ?4"
                              : "SELECT id FROM events WHERE lon >= ?1 AND lon <= ?3 AND "
                                "lat >= ?2 AND lat <= ?4";
    SqliteStatement q(store.sqlite()->handle(), sql);
    q.bind(1, w);
    q.bind(2, s);
    q.bind(3, e);
    q.bind(4, n);
    std::set<qint64> ids;
    while (q.step())
        ids.insert(q.int64(0));
    return ids;
}

qint64 scalar(EventStore& store, const char* sql)
{
    SqliteStatement q(store.sqlite()->handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

void checkBoxes(EventStore& store, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lat(28.0, 38.0), lon(38.0, 49.0), size(0.01, 4.0);
    for (int k = 0; k < 40; ++k) {
        const double w = lon(rng), s = lat(rng);
        const double e = w + size(rng), n = s + size(rng);
        INFO("box " << w << "," << s << "," << e << "," << n);
        CHECK(inBox(store, true, w, s, e, n) == inBox(store, false, w, s, e, n));
    }
    // Exactly on a repeated position: float rounding must not lose it.
    CHECK(inBox(store, true, 43.13, 36.34, 43.13, 36.34) ==
          inBox(store, false, 43.13, 36.34, 43.13, 36.34));
}

} // namespace

TEST_CASE("R*Tree: a new tree is packed, valid, and answers like a scan", "[store][rtree]")
{
    // Sizes around the node capacity (51 cells) and the depths above it.
    for (int n : {0, 1, 40, 51, 52, 120, 2601, 2700, 20000}) {
        INFO(n << " events");
        QTemporaryDir dir;
        auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
        addEvents(*store, n, std::uint32_t(n));
        CHECK(rtreeCheck(*store) == QStringLiteral("ok"));
        CHECK(scalar(*store, "SELECT count(*) FROM event_positions") ==
              scalar(*store, "SELECT count(*) FROM events WHERE lat IS NOT NULL"));
        if (n > 0) checkBoxes(*store, std::uint32_t(n) + 1);
        const ProjectInfo info = store->info();
        if (n > 1) {
            REQUIRE(info.west.has_value());
            CHECK(*info.west >= 38.48);
            CHECK(*info.east <= 48.52);
        }
    }
}

TEST_CASE("R*Tree: a tree of more positions than one sorted run (spilled runs, merged)",
          "[store][rtree]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    const int n = int(ZOrderRuns::kRunEntries) * 5 / 4; // a tenth without a position
    addEvents(*store, n, 21);
    CHECK(rtreeCheck(*store) == QStringLiteral("ok"));
    CHECK(scalar(*store, "SELECT count(*) FROM event_positions") ==
          scalar(*store, "SELECT count(*) FROM events WHERE lat IS NOT NULL"));
    CHECK(scalar(*store, "SELECT count(*) FROM events WHERE lat IS NOT NULL") >
          qint64(ZOrderRuns::kRunEntries));
    // So many positions that some lie within a float32 step of a box's edge, which the tree
    // (float32 boxes rounded outwards) then also returns: every event the scan finds, and
    // nothing farther than that step.
    std::mt19937 rng(22);
    std::uniform_real_distribution<double> lat(28.0, 38.0), lon(38.0, 49.0), size(0.01, 4.0);
    for (int k = 0; k < 40; ++k) {
        const double w = lon(rng), s = lat(rng);
        const double e = w + size(rng), n = s + size(rng);
        INFO("box " << w << "," << s << "," << e << "," << n);
        const std::set<qint64> tree = inBox(*store, true, w, s, e, n);
        const std::set<qint64> scan = inBox(*store, false, w, s, e, n);
        CHECK(std::includes(tree.begin(), tree.end(), scan.begin(), scan.end()));
        const double step = 1e-5; // a float32 step at 50 degrees is 3.8e-6
        const std::set<qint64> near = inBox(*store, false, w - step, s - step, e + step, n + step);
        CHECK(std::includes(near.begin(), near.end(), tree.begin(), tree.end()));
    }
}

TEST_CASE("R*Tree: a packed tree takes later imports and deletes as usual", "[store][rtree]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    addEvents(*store, 5000, 7); // packed
    addEvents(*store, 3000, 8); // inserted one by one into the packed tree
    CHECK(rtreeCheck(*store) == QStringLiteral("ok"));
    CHECK(scalar(*store, "SELECT count(*) FROM event_positions") ==
          scalar(*store, "SELECT count(*) FROM events WHERE lat IS NOT NULL"));
    checkBoxes(*store, 9);
    sqliteExec(store->sqlite()->handle(), "DELETE FROM event_positions WHERE id % 3 = 0");
    CHECK(rtreeCheck(*store) == QStringLiteral("ok"));
    CHECK(scalar(*store, "SELECT count(*) FROM event_positions") ==
          scalar(*store, "SELECT count(*) FROM events WHERE lat IS NOT NULL AND id % 3 != 0"));
}

TEST_CASE("R*Tree: a file packed by Tigris reopens and still answers", "[store][rtree]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    {
        auto store = EventStore::create(path);
        addEvents(*store, 3000, 11);
    }
    auto store = EventStore::open(path);
    CHECK(rtreeCheck(*store) == QStringLiteral("ok"));
    checkBoxes(*store, 12);
}
