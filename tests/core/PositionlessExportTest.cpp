// Events without a position through export and import (issue 6): CSV, GeoJSON and KML keep
// them, and the import leaves them without a position instead of looking their place up, even
// when the gazetteer knows it ("Mosul"). Placed events keep their coordinates.
#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/EventExport.h"

#include <QFile>
#include <cmath>

namespace {

Event dated(const QString& id, const QString& title, int day)
{
    Event e;
    e.externalId = id;
    e.title = title;
    e.start = utcDay(2014, 6, day);
    e.precision = DatePrecision::Day;
    return e;
}

// Two placed events and three without a position: one whose place the gazetteer knows, one it
// does not know, one with no place at all (a TimelineJS slide).
std::vector<Event> mixedEvents(EventStore& store)
{
    auto w = store.beginWrite();
    Event placed = dated(QStringLiteral("P1"), QStringLiteral("Fall of Mosul"), 10);
    placed.lat = 36.34;
    placed.lon = 43.13;
    placed.locationName = QStringLiteral("Mosul");
    placed.category = QStringLiteral("Battles");
    placed.actors = QStringList{QStringLiteral("ISIL"), QStringLiteral("Iraqi Army")};
    placed.fatalities = 12;
    w->addEvent(placed);

    Event bare = dated(QStringLiteral("P2"), QStringLiteral("Checkpoint"), 11);
    bare.lat = 35.5;
    bare.lon = 44.25;
    bare.geoPrecision = GeoPrecision::Region;
    bare.category = QStringLiteral("Battles");
    w->addEvent(bare);

    Event mosul = dated(QStringLiteral("U1"), QStringLiteral("Reports from the city"), 1);
    mosul.precision = DatePrecision::Month;
    mosul.end = utcDay(2014, 7, 1);
    mosul.approximate = true;
    mosul.locationName = QStringLiteral("Mosul"); // in the gazetteer, yet not placed
    mosul.geoPrecision = GeoPrecision::Near;
    mosul.category = QStringLiteral("Reports");
    mosul.subCategory = QStringLiteral("Displacement");
    mosul.actors = QStringList{QStringLiteral("UNHCR")};
    mosul.tags = QStringList{QStringLiteral("refugees"), QStringLiteral("unplaced")};
    mosul.fatalities = 0;
    mosul.description = QStringLiteral("Families leave; <b>not</b> HTML & kept as written");
    mosul.sources = {Source{QStringLiteral("UNHCR"), QStringLiteral("https://unhcr.org/x"),
                            QStringLiteral("\"500,000\" fled")}};
    w->addEvent(mosul);

    Event unknown = dated(QStringLiteral("U2"), QStringLiteral("Somewhere upriver"), 12);
    unknown.locationName = QStringLiteral("Qaryat al-Nowhere");
    unknown.category = QStringLiteral("Reports");
    w->addEvent(unknown);

    Event slide = dated(QString(), QStringLiteral("A slide with no place"), 13);
    slide.category = QStringLiteral("Reports");
    w->addEvent(slide);
    w->commit();
    return store.query({});
}

} // namespace

TEST_CASE("Events without a position round-trip through CSV, GeoJSON and KML unplaced",
          "[export][roundtrip][positionless]")
{
    QTemporaryDir dir;
    const auto original = EventStore::create(dir.filePath(QStringLiteral("original.tigris")));
    const std::vector<Event> events = mixedEvents(*original);
    REQUIRE(events.size() == 5);
    REQUIRE(std::count_if(events.begin(), events.end(),
                          [](const Event& e) { return !e.hasCoordinate(); }) == 3);

    for (const char* suffix : {"csv", "geojson", "kml"}) {
        INFO(suffix);
        const QString file = exportEvents(dir, suffix, events);
        const auto copy = EventStore::create(dir.filePath(
            QStringLiteral("copy-") + QLatin1String(suffix) + QStringLiteral(".tigris")));
        const ImportReport report = importFile(*copy, file, QStringLiteral("auto"));
        CHECK(rejections(report).empty());
        CHECK(report.imported == 5);
        // Nothing was looked up: not placed on Mosul, not reported unknown or ambiguous.
        CHECK(report.geocoded.isEmpty());
        CHECK(report.ambiguous.isEmpty());
        CHECK(report.warnings.isEmpty());
        const std::vector<Event> back = copy->query({});
        REQUIRE(back.size() == events.size());
        for (std::size_t i = 0; i < events.size(); ++i)
            checkSameEvent(back[i], events[i]);
    }
}

namespace {
// The four rows of the CSV and GeoJSON cases: marked without coordinates (kept unplaced, its
// place name kept), marked with coordinates (placed there), unmarked (looked up, on
// `lookedUpLine`), marked without any place.
void checkMarked(const std::vector<Event>& events, const ImportReport& r, int lookedUpLine)
{
    REQUIRE(events.size() == 4);
    CHECK_FALSE(events[0].hasCoordinate());
    CHECK(events[0].locationName == QStringLiteral("Mosul"));
    CHECK(events[1].lat == Approx(33.31));
    CHECK(events[2].hasCoordinate());
    CHECK_FALSE(events[3].hasCoordinate());
    CHECK(events[3].locationName.isEmpty());
    REQUIRE(r.geocoded.size() == 1);
    CHECK(r.geocoded[0].line == lookedUpLine);
}
} // namespace

TEST_CASE("The 'none' position marker: only without coordinates, and files without it are still "
          "geocoded",
          "[import][positionless][gazetteer]")
{
    QTemporaryDir dir;
    SECTION("KML")
    {
        auto store = newProject(dir);
        const QByteArray none = "<ExtendedData><Data name=\"tigris:position\"><value>none</value>"
                                "</Data><Data name=\"place\"><value>Mosul</value></Data>"
                                "</ExtendedData>";
        const QByteArray kml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            "<Placemark><name>Kept unplaced</name>" + // 3
            none +
            "<address>Tikrit, Iraq</address>"
            "<TimeStamp><when>2014-06-10</when></TimeStamp></Placemark>\n"
            "<Placemark><name>Edited by hand</name>" + // 4
            none +
            "<TimeStamp><when>2014-06-11</when></TimeStamp>"
            "<Point><coordinates>44.37,33.31</coordinates></Point></Placemark>\n"
            "<Placemark><name>Mosul</name>" // 5: no marker, looked up as before
            "<TimeStamp><when>2014-06-12</when></TimeStamp></Placemark>\n"
            "<Placemark><name>Bad marker</name>" // 6
            "<ExtendedData><Data name=\"tigris:position\"><value>unknown</value></Data>"
            "</ExtendedData><TimeStamp><when>2014-06-13</when></TimeStamp></Placemark>\n"
            "<Placemark><name>Undated</name>" + // 7: an event needs a date, marker or not
            none +
            "</Placemark>\n</Document></kml>\n";
        ImportOptions options;
        options.keepValid = true;
        const ImportReport r = importFile(*store, writeSource(dir, "marked.kml", kml), options);
        CHECK(rejections(r) ==
              std::vector<std::pair<qint64, std::string>>{
                  {6, "tigris:position 'unknown' is not none"}, {7, "placemark has no geometry"}});
        const auto events = store->query({});
        REQUIRE(events.size() == 3);
        const Event* kept = findEvent(events, QStringLiteral("Kept unplaced"));
        REQUIRE(kept);
        CHECK_FALSE(kept->hasCoordinate());
        CHECK(kept->locationName == QStringLiteral("Mosul")); // ExtendedData's, not the address
        const Event* edited = findEvent(events, QStringLiteral("Edited by hand"));
        REQUIRE(edited);
        CHECK(edited->lat == Approx(33.31));
        CHECK(edited->lon == Approx(44.37));
        const Event* looked = findEvent(events, QStringLiteral("Mosul"));
        REQUIRE(looked);
        CHECK(looked->hasCoordinate());
        REQUIRE(r.geocoded.size() == 1);
        CHECK(r.geocoded[0].line == 5);
    }
    SECTION("CSV (Tigris's ACLED columns)")
    {
        auto store = newProject(dir);
        const QByteArray csv =
            "event_id_cnty,event_date,event_type,location,latitude,longitude,title,position\n"
            "U1,2014-06-10,Reports,Mosul,,,Kept unplaced,none\n"
            "U2,2014-06-11,Reports,Baghdad,33.31,44.37,Edited by hand,none\n"
            "U3,2014-06-12,Reports,Mosul,,,Looked up,\n"
            "U4,2014-06-13,Reports,,,,No place,none\n";
        const ImportReport r = importFile(*store, writeSource(dir, "marked.csv", csv));
        CHECK(rejections(r).empty());
        CHECK(r.format == QStringLiteral("acled"));
        checkMarked(store->query({}), r, 4);
    }
    SECTION("GeoJSON")
    {
        auto store = newProject(dir);
        const QByteArray json =
            R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": null, "properties": {"title": "Kept unplaced",
 "start": "2014-06-10", "location": "Mosul", "position": "none"}},
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.37, 33.31]},
 "properties": {"title": "Edited by hand", "start": "2014-06-11", "position": "none"}},
{"type": "Feature", "geometry": null, "properties": {"title": "Looked up",
 "start": "2014-06-12", "location": "Mosul"}},
{"type": "Feature", "geometry": null, "properties": {"title": "No place",
 "start": "2014-06-13", "position": "none"}}]})";
        const ImportReport r = importFile(*store, writeSource(dir, "marked.geojson", json));
        CHECK(rejections(r).empty());
        checkMarked(store->query({}), r, 6); // the line of the third feature's {
    }
    SECTION("GeoJSON text sequence")
    {
        auto store = newProject(dir);
        const QByteArray lines =
            R"({"type": "Feature", "geometry": null, "properties": {"title": "Kept unplaced", "start": "2014-06-10", "location": "Mosul", "position": "none"}}
{"type": "Feature", "geometry": null, "properties": {"title": "Looked up", "start": "2014-06-12", "location": "Mosul"}}
)";
        const ImportReport r = importFile(*store, writeSource(dir, "marked.geojsonl", lines));
        CHECK(rejections(r).empty());
        const auto events = store->query({});
        REQUIRE(events.size() == 2);
        CHECK_FALSE(events[0].hasCoordinate());
        CHECK(events[0].locationName == QStringLiteral("Mosul"));
        CHECK(events[1].hasCoordinate());
        REQUIRE(r.geocoded.size() == 1);
        CHECK(r.geocoded[0].line == 2);
    }
}
