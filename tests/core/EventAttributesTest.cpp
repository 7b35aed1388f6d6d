// Event attributes (issue 13, point 8): every source field without a role is kept as name →
// value, stored (schema 5), found by a text search, and carried through export-data CSV,
// GeoJSON and KML and back, in order, field for field.
#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "OldProjectFile.h"
#include "TestCatch.h"
#include "io/EventExport.h"
#include "store/ProjectSchema.h"

#include <QFile>
#include <sqlite3.h>

namespace {

Event quake(const QString& id, int day)
{
    Event e;
    e.externalId = id;
    e.title = QStringLiteral("M 5.1 - northern Iraq");
    e.start = utcDay(2014, 6, day);
    e.precision = DatePrecision::Day;
    e.lat = 36.5;
    e.lon = 43.9;
    return e;
}

} // namespace

TEST_CASE("Attributes are stored in order, read back and found by a text search",
          "[attributes][store]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    Event e = quake(QStringLiteral("us1"), 10);
    e.attributes = {{QStringLiteral("mag"), QStringLiteral("5.1")},
                    {QStringLiteral("depth"), QStringLiteral("10")},
                    {QStringLiteral("net"), QStringLiteral("usgs \"quoted\"\n\\ \x01")},
                    {QStringLiteral("آخر"), QStringLiteral("الموصل")}};
    e.titleDerived = true;
    Event plain = quake(QStringLiteral("us2"), 11);
    {
        auto w = store->beginWrite();
        w->addEvent(e);
        w->addEvent(plain);
        w->commit();
    }
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].attributes == e.attributes);
    CHECK(events[0].titleDerived);
    CHECK(events[1].attributes.isEmpty());
    CHECK_FALSE(events[1].titleDerived);
    CHECK(events[0].attribute(QStringLiteral("depth")) == QStringLiteral("10"));

    EventQuery byValue;
    byValue.text = QStringLiteral("usgs");
    CHECK(store->queryIds(byValue) == std::vector<qint64>{events[0].id});
    byValue.text = QStringLiteral("الموصل");
    CHECK(store->queryIds(byValue) == std::vector<qint64>{events[0].id});
}

TEST_CASE("A schema 3 project migrates with empty attributes", "[attributes][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tigris"));
    {
        // A schema 3 file as an older Tigris wrote it: version 2's tables, the covering index
        // of version 3, one event; no attributes (v5), sources (v6) or statistics (v7).
        const OldProjectFile old(path, ProjectSchema::createVersion2);
        sqlite3* db = old.db();
        REQUIRE(sqlite3_exec(db,
                             "CREATE INDEX events_columns ON events(id, lat, lon, span_lo, "
                             "span_hi, category_id, precision, geo_precision, approximate); "
                             "INSERT INTO events(id, title, start, precision, span_lo, span_hi, "
                             "lat, lon, own_coord) VALUES(1, 'old', 1402358400, 3, 1402358400, "
                             "1402444800, 36.34, 43.13, 1); "
                             "INSERT INTO event_positions VALUES(1, 43.13, 43.13, 36.34, 36.34); "
                             "PRAGMA user_version=3",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].attributes.isEmpty());
    auto w = store->beginWrite();
    Event e = quake(QStringLiteral("new"), 11);
    e.attributes = {{QStringLiteral("mag"), QStringLiteral("4.2")}};
    w->addEvent(e);
    w->commit();
    CHECK(store->query({}).back().attributes == e.attributes);
}

TEST_CASE("Attributes round-trip through CSV, GeoJSON and KML, names of fields included",
          "[attributes][export][roundtrip]")
{
    QTemporaryDir dir;
    const auto original = EventStore::create(dir.filePath(QStringLiteral("original.tigris")));
    {
        auto w = original->beginWrite();
        Event a = quake(QStringLiteral("q1"), 10);
        // Names that are also Tigris's own fields ("notes", "title", "country") or look like
        // the prefix itself stay attributes; order is kept, not sorted.
        a.attributes = {{QStringLiteral("mag"), QStringLiteral("5.1")},
                        {QStringLiteral("depth"), QStringLiteral("10")},
                        {QStringLiteral("notes"), QStringLiteral("felt, \"strongly\"")},
                        {QStringLiteral("title"), QStringLiteral("an attribute called title")},
                        {QStringLiteral("country"), QStringLiteral("Iraq")},
                        {QStringLiteral("attr:x"), QStringLiteral("prefixed")},
                        {QStringLiteral("Alert"), QStringLiteral("green")}};
        a.titleDerived = true;
        w->addEvent(a);
        Event b = quake(QStringLiteral("q2"), 11);
        b.attributes = {{QStringLiteral("mag"), QStringLiteral("4.0")}};
        w->addEvent(b);
        Event c = quake(QStringLiteral("q3"), 12);
        w->addEvent(c);
        w->commit();
    }
    const std::vector<Event> events = original->query({});
    for (const char* suffix : {"csv", "geojson", "kml"}) {
        INFO(suffix);
        const auto copy = EventStore::create(dir.filePath(
            QStringLiteral("copy-") + QLatin1String(suffix) + QStringLiteral(".tigris")));
        const ImportReport report = importFile(*copy, exportEvents(dir, suffix, events));
        CHECK(rejections(report).empty());
        const std::vector<Event> back = copy->query({});
        REQUIRE(back.size() == events.size());
        for (std::size_t i = 0; i < events.size(); ++i)
            checkSameEvent(back[i], events[i]);
    }
}
