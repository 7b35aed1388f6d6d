// Files other people published for other tools (tests/fixtures/real, with their sources and
// licences), imported as a new user would: no flags first. Each asserts the count and the
// dates and positions of a few rows (issue 13's bar: the events a person would expect, or one
// message that says what to do).
#include "ImportTestSupport.h"
#include "TestCatch.h"

namespace {

QString realFile(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/real/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("Real files: kepler.gl's San Francisco trips: two position pairs, one question, then "
          "every trip",
          "[import][real]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // Pick-up and drop-off: which is the event's place is the user's choice, asked once.
    try {
        importWithoutFlags(*store, realFile("kepler_sf_trips.csv"));
        FAIL("a file with two position pairs was imported without a choice");
    } catch (const ImportError& e) {
        CHECK(e.message().contains(QStringLiteral("--position-columns")));
        CHECK(e.message().contains(QStringLiteral("'begintrip_lat'/'begintrip_lng'")));
        CHECK(e.message().contains(QStringLiteral("'dropoff_lat'/'dropoff_lng'")));
    }
    CHECK(store->info().events == 0);

    ImportOptions pickup;
    pickup.positionColumns = {QStringLiteral("begintrip_lat"), QStringLiteral("begintrip_lng")};
    const ImportReport r = importWithoutFlags(*store, realFile("kepler_sf_trips.csv"), pickup);
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 9);
    const Event& first = events.front();
    CHECK(isoStart(first) == "2016-01-26T01:02:04Z");
    CHECK(first.precision == DatePrecision::Second);
    CHECK(first.lat == Approx(37.77565501));
    CHECK(first.lon == Approx(-122.4403984));
    CHECK(first.titleDerived);
    const Event& last = events.back();
    CHECK(isoStart(last) == "2016-01-26T01:13:30Z");
    CHECK(last.lat == Approx(38.4163786));
    // Nothing dropped: the drop-off is kept with the rest.
    bool dropoff = false;
    for (const auto& [name, value] : last.attributes)
        dropoff = dropoff ||
                  (name == QLatin1String("dropoff_lat") && value == QLatin1String("38.5590766"));
    CHECK(dropoff);
}

#ifdef TIGRIS_HAVE_GDAL
TEST_CASE("Real files: a gpx.studio track: its timed points are events, the track a line",
          "[import][real][ogr]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, realFile("gpxstudio_with_time.gpx"));
    CHECK(rejections(r).empty());
    CHECK(r.annotations == 1);
    const auto events = store->query({});
    REQUIRE(events.size() == 5);
    CHECK(isoStart(events[0]) == "2023-12-31T23:00:00Z");
    CHECK(events[0].precision == DatePrecision::Second);
    CHECK(events[0].lat == Approx(50.790867));
    CHECK(events[0].lon == Approx(4.404968));
    CHECK(isoStart(events[4]) == "2023-12-31T23:00:17Z");
    CHECK(events[4].lat == Approx(50.790008));
}
#endif

TEST_CASE("Real files: a TimelineJS example of the 7th century: years, days and spans",
          "[import][real]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, realFile("timelinejs_seventh_century.json"));
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 5);
    CHECK(events[0].title == QStringLiteral("Last great Roman-Persian War."));
    CHECK(isoStart(events[0]) == "0602");
    CHECK(events[0].precision == DatePrecision::Year);
    REQUIRE(events[0].endDate());
    CHECK(events[0].endDate()->toIso() == QStringLiteral("0629"));
    CHECK(events[1].title == QStringLiteral("Tang Dynasty in China"));
    CHECK(isoStart(events[1]) == "0618-06-18");
    CHECK(events[1].precision == DatePrecision::Day);
    CHECK(events[2].title == QStringLiteral("Muhammad Migrates from Mecca to Medina"));
    CHECK(isoStart(events[2]) == "0622-08-09");
    CHECK(events[4].title == QStringLiteral("Arab Army led by Omar Ibn Al-'Aas takes Alexandria"));
    CHECK(isoStart(events[4]) == "0643");
    for (const Event& e : events)
        CHECK_FALSE(e.hasCoordinate()); // a timeline: no places
}
