#include "store/EventStore.h"

#include "OldProjectFile.h"
#include "TestCatch.h"
#include "store/ProjectSchema.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cmath>
#include <sqlite3.h>

namespace {
qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Event mosulFalls(qint64 locationId)
{
    Event e;
    e.externalId = QStringLiteral("IRQ1");
    e.title = QStringLiteral("ISIS seizes Mosul");
    e.description = QStringLiteral("Airport, TV stations and the governor's office taken.");
    e.start = day(2014, 6, 10);
    e.precision = DatePrecision::Day;
    e.category = QStringLiteral("Battles");
    e.subCategory = QStringLiteral("Non-state actor overtakes territory");
    e.actors = {QStringLiteral("ISIS"), QStringLiteral("Iraqi Security Forces")};
    e.tags = {QStringLiteral("offensive")};
    e.fatalities = 0; // known zero: distinct from unknown
    e.locationId = locationId;
    e.geoPrecision = GeoPrecision::Near;
    e.sources = {Source{QStringLiteral("The New York Times"), QStringLiteral("https://nytimes.com"),
                        QStringLiteral("This is an order")},
                 Source{QStringLiteral("Seed article"), {}, {}}};
    return e;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("A new project has the current schema and round-trips an event", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    qint64 id = 0;
    {
        auto store = EventStore::create(path);
        CHECK(store->schemaVersion() == EventStore::kSchemaVersion);
        auto w = store->beginWrite();
        Location mosul;
        mosul.name = QStringLiteral("Mosul");
        mosul.altNames = {QStringLiteral("Al-Mawsil"), QStringLiteral("الموصل")};
        mosul.lat = 36.34;
        mosul.lon = 43.13;
        mosul.kind = QStringLiteral("city");
        mosul.country = QStringLiteral("Iraq");
        const qint64 loc = w->addLocation(mosul);
        id = w->addEvent(mosulFalls(loc));
        Event unknown;
        unknown.title = QStringLiteral("Badush prison emptied");
        unknown.start = day(2014, 6, 1);
        unknown.precision = DatePrecision::Month;
        unknown.approximate = true;
        unknown.lat = 36.40;
        unknown.lon = 43.00;
        w->addEvent(unknown);
        w->commit();
    }
    auto store = EventStore::open(path);
    const auto e = store->event(id);
    REQUIRE(e);
    const Event expected = mosulFalls(e->locationId.value_or(-1));
    CHECK(e->title == expected.title);
    CHECK(e->externalId == expected.externalId);
    CHECK(e->start == expected.start);
    CHECK(e->precision == DatePrecision::Day);
    CHECK(e->actors == expected.actors);
    CHECK(e->tags == expected.tags);
    CHECK(e->fatalities == std::optional<int>(0));
    CHECK(e->sources == expected.sources);
    CHECK(e->locationName == QStringLiteral("Mosul"));
    CHECK(e->lat == Approx(36.34));
    CHECK(e->geoPrecision == GeoPrecision::Near);
    CHECK(store->locations().at(0).altNames.contains(QStringLiteral("الموصل")));

    const auto all = store->query({});
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].fatalities.has_value()); // June 2014 sorts first; unknown stays unknown
    CHECK(all[0].approximate);

    const ProjectInfo info = store->info();
    CHECK(info.events == 2);
    CHECK(info.locations == 1);
    CHECK(info.categories == 1);
    CHECK(*info.timeFrom == day(2014, 6, 1));
    CHECK(*info.timeTo == day(2014, 7, 1));
}

TEST_CASE("A writer destroyed without commit leaves nothing behind", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    {
        auto w = store->beginWrite();
        Event e;
        e.title = QStringLiteral("never saved");
        e.start = day(2014, 6, 10);
        w->addEvent(e);
    }
    CHECK(store->info().events == 0);
    CHECK(store->query({}).empty());
}

TEST_CASE("Queries use the overlap rule, the bounding box, text and categories", "[store]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    {
        auto w = store->beginWrite();
        auto add = [&](const char* title, qint64 start, DatePrecision p, double lat, double lon,
                       const char* category) {
            Event e;
            e.title = QString::fromUtf8(title);
            e.start = start;
            e.precision = p;
            e.lat = lat;
            e.lon = lon;
            e.category = QString::fromUtf8(category);
            w->addEvent(e);
        };
        add("Mosul falls", day(2014, 6, 10), DatePrecision::Day, 36.34, 43.13, "Battles");
        add("Raqqa oil income", day(2014, 6, 1), DatePrecision::Month, 35.95, 39.01, "Strategic");
        add("Abu Ghraib break", day(2013, 7, 21), DatePrecision::Day, 33.29, 44.06, "Battles");
        add("Fiji", day(2014, 6, 10), DatePrecision::Day, -17.7, 179.5, "Other");
        w->commit();
    }
    EventQuery q;
    q.window = TimeWindow{day(2014, 6, 10), day(2014, 6, 11)};
    auto r = store->query(q);
    REQUIRE(r.size() == 3); // the month-precision event overlaps 10 June
    CHECK(r[0].title == QStringLiteral("Raqqa oil income"));

    q.bbox = GeoBox{40.0, 29.0, 48.6, 37.4}; // Iraq east of Raqqa
    r = store->query(q);
    REQUIRE(r.size() == 1);
    CHECK(r[0].title == QStringLiteral("Mosul falls"));

    EventQuery wrap;
    wrap.bbox = GeoBox{170, -30, -170, 0}; // across the antimeridian
    CHECK(store->query(wrap).size() == 1);

    EventQuery text;
    text.text = QStringLiteral("ghraib");
    CHECK(store->query(text).size() == 1);
    for (const char* hostile : {"\"", "AND (", "*", "NEAR(", "'; DROP TABLE events; --"}) {
        text.text = QString::fromUtf8(hostile);
        CHECK_NOTHROW(store->query(text));
    }
    EventQuery cat;
    cat.categories = {QStringLiteral("Battles")};
    CHECK(store->query(cat).size() == 2);

    const EventColumns cols = store->loadColumns();
    REQUIRE(cols.size() == 4);
    CHECK(cols.x[0] == Approx((43.13 + 180) / 360));
    CHECK(store->categories().size() == 3);
    CHECK(store->categories()[cols.category[1]].name == QStringLiteral("Strategic"));
}

TEST_CASE("Category colours are stable and can be set", "[store]")
{
    CHECK(Category::defaultColourFor(QStringLiteral("Battles")) ==
          Category::defaultColourFor(QStringLiteral("Battles")));
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
    auto w = store->beginWrite();
    w->setCategoryColour(QStringLiteral("Battles"), 0x112233);
    Event e;
    e.title = QStringLiteral("x");
    e.category = QStringLiteral("Battles");
    w->addEvent(e);
    w->commit();
    REQUIRE(store->categories().size() == 1);
    CHECK(store->categories()[0].colour == QColor(QStringLiteral("#112233")));
}

TEST_CASE("A version 1 project is migrated forward", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.tigris"));
    const OldProjectFile old(path, ProjectSchema::createVersion1);
    sqlite3* db = old.db();
    sqlite3_close(db);

    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    CHECK(store->info().annotations == 0); // the v2 table exists
    store->setSetting(QStringLiteral("view"), QStringLiteral("{}"));
    CHECK(store->setting(QStringLiteral("view")) == QStringLiteral("{}"));
}

TEST_CASE("A version 2 project gains the columns index, or is read as it is when read-only",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.tigris"));
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        ProjectSchema::createVersion2(db);
        sqliteExec(db, "INSERT INTO categories(id, name, colour) VALUES(1, 'Battles', '#ff0000')");
        sqliteExec(db, "INSERT INTO events(id, title, start, precision, span_lo, span_hi, "
                       "category_id, lat, lon) VALUES(1, 'placed', 0, 3, 0, 86400, 1, 36.3, 43.1), "
                       "(2, 'nowhere', 86400, 3, 86400, 172800, NULL, NULL, NULL)");
    }
    const auto hasIndex = [](const EventStore& store) {
        SqliteStatement s(store.sqlite()->handle(),
                          "SELECT 1 FROM sqlite_master WHERE name='events_columns'");
        return s.step();
    };
    // Read-only media: not upgraded, read through the table.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (!QFileInfo(path).isWritable()) { // root may write anyway
        auto reader = EventStore::open(path, true);
        CHECK(reader->schemaVersion() == 2);
        CHECK_FALSE(hasIndex(*reader));
        const EventColumns cols = reader->loadColumns();
        REQUIRE(cols.size() == 2);
        CHECK(std::isnan(cols.x[1]));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    CHECK(hasIndex(*store));
    const EventColumns cols = store->loadColumns();
    REQUIRE(cols.size() == 2);
    CHECK(cols.id == std::vector<qint64>{1, 2});
    CHECK(cols.x[0] == Approx((43.1 + 180) / 360));
    CHECK(std::isnan(cols.x[1]));
    CHECK(std::isnan(cols.y[1]));
    CHECK(cols.hi[1] == 172800);
    CHECK(cols.category[0] == 0);

    // The index follows later writes in their transaction.
    auto w = store->beginWrite();
    Event e;
    e.title = QStringLiteral("later");
    e.start = 172800;
    e.lat = 33.3;
    e.lon = 44.4;
    w->addEvent(e);
    w->commit();
    SqliteStatement check(store->sqlite()->handle(),
                          "SELECT count(*) FROM events INDEXED BY events_columns");
    REQUIRE(check.step());
    CHECK(check.int64(0) == 3);
    CHECK(store->loadColumns().size() == 3);
}

TEST_CASE("Newer, foreign, corrupt and truncated files are refused with a message", "[store]")
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.tigris"));
    EventStore::create(newer).reset();
    {
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(newer).constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    try {
        EventStore::open(newer);
        FAIL("newer schema accepted");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("newer Tigris")));
        CHECK(e.message().contains(QStringLiteral("99")));
    }

    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    {
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(foreign).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    CHECK_THROWS_AS(EventStore::open(foreign), StoreError);

    const QString random = dir.filePath(QStringLiteral("random.tigris"));
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes.append(char((i * 2654435761u) >> 24));
    writeBytes(random, bytes);
    CHECK_THROWS_AS(EventStore::open(random), StoreError);
    writeBytes(random, QByteArray());
    CHECK_THROWS_AS(EventStore::open(random), StoreError);
    CHECK_THROWS_AS(EventStore::open(dir.filePath(QStringLiteral("missing.tigris"))), StoreError);
    CHECK_THROWS_AS(EventStore::open(dir.path()), StoreError);

    // A real project cut in half.
    const QString whole = dir.filePath(QStringLiteral("whole.tigris"));
    {
        auto store = EventStore::create(whole);
        auto w = store->beginWrite();
        for (int i = 0; i < 2000; ++i) {
            Event e;
            e.title = QStringLiteral("event %1 with a long enough description").arg(i);
            e.description = QString(300, QLatin1Char('x'));
            e.start = day(2014, 6, 10) + i;
            e.lat = 36;
            e.lon = 43;
            w->addEvent(e);
        }
        w->commit();
        sqlite3_wal_checkpoint_v2(store->sqlite()->handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                  nullptr, nullptr);
    }
    QFile f(whole);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const QByteArray all = f.readAll();
    f.close();
    const QString cut = dir.filePath(QStringLiteral("cut.tigris"));
    writeBytes(cut, all.left(all.size() / 2));
    // No log explains the missing half: SQLite's quick_check names the damage.
    try {
        EventStore::open(cut);
        FAIL("truncated file accepted");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("is damaged")));
        CHECK(e.message().contains(QStringLiteral("tigris check --repair")));
    }
}

TEST_CASE("A read-only project refuses writes with a clear message", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    EventStore::create(path).reset();
    auto store = EventStore::open(path, true);
    CHECK(store->isReadOnly());
    CHECK_THROWS_AS(store->beginWrite(), StoreError);
    CHECK_THROWS_AS(store->setSetting(QStringLiteral("a"), QStringLiteral("b")), StoreError);
}
