// Queries against the project file: the overlap rule through both time indexes, text search
// with hostile input and non-Latin names, the R*Tree after several writes, info() and columns.
#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "store/EventStore.h"
#include "store/FtsQuery.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <random>
#include <sqlite3.h>

namespace {
qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Event event(const QString& title, qint64 start, DatePrecision p, double lat, double lon)
{
    Event e;
    e.title = title;
    e.start = start;
    e.precision = p;
    e.lat = lat;
    e.lon = lon;
    return e;
}

std::vector<qint64> idsOf(const std::vector<Event>& events)
{
    std::vector<qint64> ids;
    for (const auto& e : events)
        ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("Long spans are found by the overlap rule in every window they touch", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    {
        auto w = store->beginWrite();
        Event siege = event(QStringLiteral("Siege of Amerli"), day(2014, 6, 1),
                            DatePrecision::Month, 34.72, 44.59);
        siege.end = day(2014, 8, 1); // June to August 2014: three whole months
        w->addEvent(siege);
        w->addEvent(event(QStringLiteral("Oil income"), day(2014, 1, 1), DatePrecision::Year, 35.95,
                          39.01));
        w->addEvent(event(QStringLiteral("Mosul falls"), day(2014, 6, 10), DatePrecision::Day,
                          36.34, 43.13));
        w->commit();
    }
    const auto titles = [&](qint64 from, qint64 to, std::optional<GeoBox> box = {}) {
        EventQuery q;
        q.window = TimeWindow{from, to};
        q.bbox = box;
        QStringList out;
        for (const auto& e : store->query(q))
            out << e.title;
        CHECK(store->queryIds(q) == idsOf(store->query(q)));
        return out;
    };
    // Mid-July: inside the siege and the year, long after Mosul.
    CHECK(titles(day(2014, 7, 15), day(2014, 7, 16)) ==
          QStringList{QStringLiteral("Oil income"), QStringLiteral("Siege of Amerli")});
    // The siege ends with August; the year-precision event lasts to the end of 2014.
    CHECK(titles(day(2014, 9, 1), day(2014, 9, 2)) == QStringList{QStringLiteral("Oil income")});
    CHECK(titles(day(2014, 8, 31), day(2014, 9, 1)).contains(QStringLiteral("Siege of Amerli")));
    CHECK(titles(day(2015, 1, 1), day(2016, 1, 1)).isEmpty());
    // Half-open windows: a window ending where the siege begins does not touch it.
    CHECK_FALSE(
        titles(day(2014, 5, 1), day(2014, 6, 1)).contains(QStringLiteral("Siege of Amerli")));
    // Time and box together, through both indexes.
    CHECK(titles(day(2014, 6, 1), day(2014, 7, 1), GeoBox{43.0, 34.0, 45.0, 37.0}) ==
          QStringList{QStringLiteral("Siege of Amerli"), QStringLiteral("Mosul falls")});
}

TEST_CASE("Text search takes any user input and finds places by any of their names", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    qint64 mosulEvent = 0;
    {
        auto w = store->beginWrite();
        Location mosul;
        mosul.name = QStringLiteral("Mosul");
        mosul.altNames = {QStringLiteral("Al-Mawsil"), QStringLiteral("الموصل")};
        mosul.lat = 36.34;
        mosul.lon = 43.13;
        Event e;
        e.title = QStringLiteral("City taken");
        e.description = QStringLiteral("Fighters of \"the State\" AND (others) took the airport.");
        e.actors = {QStringLiteral("Hay'at Tahrir al-Sham"), QStringLiteral("تنظيم الدولة")};
        e.start = day(2014, 6, 10);
        e.locationId = w->addLocation(mosul);
        mosulEvent = w->addEvent(e);
        w->addEvent(event(QStringLiteral("Tikrit taken"), day(2014, 6, 11), DatePrecision::Day,
                          34.6, 43.68));
        w->commit();
    }
    const auto search = [&](const char* text) {
        EventQuery q;
        q.text = QString::fromUtf8(text);
        return store->queryIds(q);
    };
    const std::vector<qint64> mosulOnly{mosulEvent};
    CHECK(search("mawsil") == mosulOnly);
    CHECK(search("الموصل") == mosulOnly);
    CHECK(search("تنظيم") == mosulOnly);
    CHECK(search("AIRPORT") == mosulOnly);
    CHECK(search("al-Sham") == mosulOnly); // hyphenated: both tokens required
    CHECK(search("\"the State\"") == mosulOnly);
    CHECK(search("taken").size() == 2);
    CHECK(search("taken tikrit").size() == 1);
    CHECK(search("AND (") == mosulOnly); // "and" is a word of the description
    CHECK(search("NEAR(airport, 2)").empty());
    for (const char* hostile :
         {"\"", "AND (", "*", "NEAR(", "'; DROP TABLE events; --", "a:b", "^x", "))((", "-", "\\",
          "title:airport", "OR", "NOT", "🙂", "x\"y"}) {
        EventQuery q;
        q.text = QString::fromUtf8(hostile);
        CHECK_NOTHROW(store->query(q));
    }
    CHECK(search("*").empty());       // no word at all matches nothing, not everything
    CHECK(search("   ").size() == 2); // blank text does not filter
    CHECK(FtsQuery::matchExpression(QStringLiteral("a \"b\" NEAR(c*)")) ==
          QStringLiteral("\"a\" \"b\" \"NEAR\" \"c\""));
    const auto read = store->event(mosulEvent);
    REQUIRE(read);
    CHECK(read->actors.at(1) == QStringLiteral("تنظيم الدولة"));
    CHECK(read->description.contains(QStringLiteral("\"the State\" AND (others)")));
}

TEST_CASE("Several writes keep the R*Tree, info and columns consistent", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> lat(12.0, 37.5), lon(34.0, 48.0);
    double west = 180, east = -180, south = 90, north = -90;
    for (int batch = 0; batch < 3; ++batch) {
        auto w = store->beginWrite();
        double bw = 180, be = -180, bs = 90, bn = -90;
        for (int i = 0; i < 1500; ++i) {
            const Event e = event(QStringLiteral("e%1").arg(i), day(2015, 1, 1) + i * 3600,
                                  DatePrecision::Hour, lat(rng), lon(rng));
            bw = std::min(bw, e.lon);
            be = std::max(be, e.lon);
            bs = std::min(bs, e.lat);
            bn = std::max(bn, e.lat);
            w->addEvent(e);
        }
        Event nowhere;
        nowhere.title = QStringLiteral("no position");
        nowhere.start = day(2015, 1, 1);
        w->addEvent(nowhere);
        if (batch == 1) continue; // destroyed without commit: rolled back, R*Tree included
        w->commit();
        west = std::min(west, bw);
        east = std::max(east, be);
        south = std::min(south, bs);
        north = std::max(north, bn);
    }
    const ProjectInfo info = store->info();
    CHECK(info.events == 3002);
    // float32 boxes in the R*Tree are rounded outwards by at most a few metres.
    CHECK(*info.west == Approx(west).margin(1e-4));
    CHECK(*info.east == Approx(east).margin(1e-4));
    CHECK(*info.south == Approx(south).margin(1e-4));
    CHECK(*info.north == Approx(north).margin(1e-4));
    CHECK(*info.west <= west);
    CHECK(*info.north >= north);

    EventQuery everywhere;
    everywhere.bbox = GeoBox{};
    CHECK(store->queryIds(everywhere).size() == 3000); // the two without position are not in it
    EventQuery box;
    box.bbox = GeoBox{40.0, 30.0, 44.0, 33.0};
    const auto inBox = store->query(box);
    CHECK(idsOf(inBox) == store->queryIds(box));
    CHECK_FALSE(inBox.empty());
    for (const auto& e : inBox) {
        CHECK(e.lon >= 40.0);
        CHECK(e.lon <= 44.0);
    }

    // Every event, the two without a position included (x = y = NaN), in id order.
    const EventColumns cols = store->loadColumns();
    REQUIRE(cols.size() == 3002);
    CHECK(std::is_sorted(cols.id.begin(), cols.id.end()));
    std::size_t unplaced = 0;
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (std::isnan(cols.x[i])) {
            CHECK(std::isnan(cols.y[i]));
            CHECK(store->event(cols.id[i])->title == QStringLiteral("no position"));
            CHECK(cols.lo[i] == day(2015, 1, 1));
            ++unplaced;
        }
    CHECK(unplaced == 2);
    for (std::size_t i = 0; i < cols.size(); i += 97) {
        if (std::isnan(cols.x[i])) continue;
        const auto e = store->event(cols.id[i]);
        REQUIRE(e);
        const QPointF p = WebMercator::project(e->lat, e->lon);
        CHECK(cols.x[i] == Approx(p.x()));
        CHECK(cols.y[i] == Approx(p.y()));
        CHECK(cols.lo[i] == e->spanBegin());
        CHECK(cols.hi[i] == e->spanEnd());
        CHECK(cols.precision[i] == std::uint8_t(DatePrecision::Hour));
    }

    auto reader = EventStore::open(path, true);
    CHECK(reader->queryIds(box) == store->queryIds(box));

    // The table scan of an older (schema 2) file reads the same columns as the index.
    sqliteExec(store->sqlite()->handle(), "DROP INDEX events_columns");
    const EventColumns scanned = store->loadColumns();
    CHECK(scanned.id == cols.id);
    CHECK(scanned.lo == cols.lo);
    CHECK(scanned.category == cols.category);
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (std::isnan(cols.x[i]) != std::isnan(scanned.x[i]) ||
            (!std::isnan(cols.x[i]) && cols.x[i] != scanned.x[i]))
            FAIL("row " << i << " differs");
}

TEST_CASE("An event without its own position takes its location's", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    auto w = store->beginWrite();
    Location kirkuk;
    kirkuk.name = QStringLiteral("Kirkuk");
    kirkuk.lat = 35.468;
    kirkuk.lon = 44.392;
    Event e;
    e.title = QStringLiteral("Peshmerga enter Kirkuk");
    e.start = day(2014, 6, 12);
    e.locationId = w->addLocation(kirkuk);
    const qint64 id = w->addEvent(e);
    Event named;
    named.title = QStringLiteral("Somewhere near Baiji");
    named.locationName = QStringLiteral("Baiji");
    named.start = day(2014, 6, 11);
    const qint64 namedId = w->addEvent(named);
    Event dangling = e;
    dangling.locationId = 999;
    CHECK_THROWS_AS(w->addEvent(dangling), StoreError);
    w->commit();

    const auto read = store->event(id);
    REQUIRE(read);
    CHECK(read->lat == Approx(35.468));
    CHECK(read->lon == Approx(44.392));
    CHECK(read->locationName == QStringLiteral("Kirkuk"));
    EventQuery q;
    q.bbox = GeoBox{44, 35, 45, 36};
    CHECK(store->queryIds(q) == std::vector<qint64>{id});
    const auto bare = store->event(namedId);
    REQUIRE(bare);
    CHECK(bare->locationName == QStringLiteral("Baiji"));
    CHECK_FALSE(bare->hasCoordinate());
    const EventColumns cols = store->loadColumns(); // both: the bare one without a position
    REQUIRE(cols.size() == 2);
    CHECK(cols.id == std::vector<qint64>{id, namedId});
    CHECK_FALSE(std::isnan(cols.x[0]));
    CHECK(std::isnan(cols.x[1]));
}

TEST_CASE("A row the database refuses fails the write, and nothing of it stays", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    bool thrown = false;
    try {
        auto w = store->beginWrite();
        for (int i = 0; i < 5000; ++i) {
            Event e = event(QStringLiteral("e%1").arg(i), day(2015, 1, 1), DatePrecision::Day, 33.0,
                            44.0);
            if (i == 10) e.precision = static_cast<DatePrecision>(9); // violates a CHECK
            w->addEvent(e); // rows are stored in the background: the error surfaces later
        }
        w->commit();
    } catch (const StoreError& e) {
        thrown = true;
        CHECK(e.message().contains(QStringLiteral("CHECK")));
    }
    CHECK(thrown);
    CHECK(store->info().events == 0);
    CHECK(store->queryIds({}).empty());
    // The store is usable afterwards.
    auto w = store->beginWrite();
    w->addEvent(event(QStringLiteral("ok"), day(2015, 1, 1), DatePrecision::Day, 33.0, 44.0));
    w->commit();
    CHECK(store->info().events == 1);
    CHECK_THROWS_AS(store->beginWrite(), StoreError); // one writer at a time
    w.reset();
    char* mode = nullptr;
    sqlite3* db = store->sqlite()->handle();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    mode = qstrdup(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    CHECK(QByteArray(mode) == "wal"); // the bulk journal of the first write was switched back
    delete[] mode;
}

TEST_CASE("A second connection reads what a writer on an empty project committed", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto writerSide = EventStore::create(path);
    auto readerSide = EventStore::open(path, true);
    CHECK(readerSide->info().events == 0);
    {
        auto w = writerSide->beginWrite();
        w->addEvent(event(QStringLiteral("a"), day(2014, 6, 10), DatePrecision::Day, 36, 43));
        CHECK(readerSide->info().events == 0); // not visible before commit
        w->commit();
    }
    CHECK(readerSide->info().events == 1);
    CHECK(readerSide->queryIds({}).size() == 1);
    auto again = writerSide->beginWrite(); // the connection is still usable for writing
    again->addEvent(event(QStringLiteral("b"), day(2014, 6, 11), DatePrecision::Day, 36, 43));
    again->commit();
    CHECK(readerSide->info().events == 2);
}
