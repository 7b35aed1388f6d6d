#include "io/GeoJsonImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

using Rejections = std::vector<std::pair<qint64, std::string>>;

TEST_CASE("GeoJSON: points become events; other features are rejected at their line", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("events.geojson"));
    CHECK(r.format == QStringLiteral("geojson"));
    CHECK(r.imported == 4); // line 23, without geometry or place: kept without a position
    CHECK(rejections(r) ==
          Rejections{{12, "LineString geometry is not a point; only points become events"},
                     {24, "no date"},
                     {29, "latitude 95 out of range"},
                     {34, "Polygon geometry is not a point; only points become events"}});

    const auto events = store->query({});
    REQUIRE(events.size() == 4);
    const Event* mosul = findEvent(events, QStringLiteral("Mosul falls"));
    REQUIRE(mosul);
    CHECK(mosul->lon == Approx(43.13)); // GeoJSON order is [lon, lat]
    CHECK(mosul->lat == Approx(36.34));
    CHECK(mosul->startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(mosul->category == QStringLiteral("Battles"));
    CHECK(mosul->actors == QStringList{QStringLiteral("ISIL"), QStringLiteral("Iraqi Army")});
    CHECK(mosul->fatalities == std::optional<int>(3));
    CHECK(mosul->description.startsWith(QStringLiteral("Fighters take the airport")));
    REQUIRE(mosul->sources.size() == 1);
    CHECK(mosul->sources[0].name == QStringLiteral("New York Times"));
    CHECK(mosul->sources[0].url == QStringLiteral("https://www.nytimes.com/"));

    const Event* kirkuk = findEvent(events, QStringLiteral("Kirkuk under Peshmerga control"));
    REQUIRE(kirkuk); // the title from "name", the dates from "start" and "end"
    CHECK(kirkuk->precision == DatePrecision::Month);
    CHECK(kirkuk->end == std::optional<qint64>(utcDay(2014, 7, 1)));
    CHECK(kirkuk->spanEnd() == utcDay(2014, 8, 1));
    CHECK(kirkuk->locationName == QStringLiteral("Kirkuk"));
    CHECK_FALSE(kirkuk->fatalities.has_value());

    const Event* samarra = findEvent(events, QStringLiteral("Samarra attack"));
    REQUIRE(samarra); // "timestamp", to the second; fatalities given as a string
    CHECK(samarra->precision == DatePrecision::Second);
    CHECK(samarra->startDate().toIso() == QStringLiteral("2014-06-05T14:30:00Z"));
    CHECK(samarra->fatalities == std::optional<int>(0));
}

TEST_CASE("GeoJSON: invalid JSON is an error at its line; nothing is written", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(dir, "broken.geojson",
                                     "{\n  \"type\": \"FeatureCollection\",\n"
                                     "  \"features\": [\n"
                                     "    {\"type\": \"Feature\", \"geometry\": {\"type\": "
                                     "\"Point\", \"coordinates\": [43.1, 36.3]},\n"
                                     "     \"properties\": {\"title\": \"A\", \"date\": "
                                     "\"2014-06-10\"}},\n"
                                     "    {\"type\": \"Feature\",, }\n  ]\n}\n");
    const ImportError e = importFailure(*store, path);
    CHECK(e.line() == 6);
    CHECK(e.message().startsWith(path + QStringLiteral(", line 6: not valid JSON")));
    CHECK(store->info().events == 0);
}

TEST_CASE("GeoJSON: other JSON is not GeoJSON; a byte order mark is tolerated", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    CHECK(importFailure(*store, writeSource(dir, "point.geojson",
                                            R"({"type": "Point", "coordinates": [43.1, 36.3]})"))
              .message()
              .contains(QStringLiteral("not a GeoJSON FeatureCollection")));
    CHECK(importFailure(*store, writeSource(dir, "array.json", "[1, 2]"), QStringLiteral("geojson"))
              .message()
              .contains(QStringLiteral("not a GeoJSON FeatureCollection")));

    const ImportReport r = importFile(
        *store,
        writeSource(dir, "bom.json",
                    "\xEF\xBB\xBF{\"type\": \"FeatureCollection\", \"features\": [{\"type\": "
                    "\"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                    "[43.1, 36.3]}, \"properties\": {\"name\": \"A\", \"event_date\": "
                    "\"10 June 2014\"}}]}"));
    CHECK(r.format == QStringLiteral("geojson"));
    CHECK(r.imported == 1);
    CHECK(store->query({})[0].startDate().toIso() == QStringLiteral("2014-06-10"));
}

TEST_CASE("GeoJSON: feature lines skip other arrays of the root and count any element", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r =
        importFile(*store, writeSource(dir, "members.geojson",
                                       "{\"type\": \"FeatureCollection\",\n"
                                       " \"links\": [{\"href\": \"a\"},\n {\"href\": \"b\"}],\n"
                                       " \"bbox\": [43, 34, 45, 37],\n"
                                       " \"features\": [\n"
                                       "  42,\n"
                                       "  {\"type\": \"Feature\", \"properties\": {\"title\": "
                                       "\"x\\\" [{\", \"date\": \"2014\"},\n"
                                       "   \"geometry\": {\"type\": \"MultiPoint\", "
                                       "\"coordinates\": [[43, 36]]}},\n"
                                       "  {\"type\": \"Feature\",\n"
                                       "   \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                                       "[43, 36, 250]},\n"
                                       "   \"properties\": {\"title\": \"ok\", \"date\": "
                                       "\"2014-06\"}}, {\"type\": \"Feature\"}\n"
                                       " ]}\n"));
    CHECK(r.imported == 1);
    CHECK(rejections(r) ==
          Rejections{{6, "feature is not a JSON object"},
                     {7, "MultiPoint geometry is not a point; only points become events"},
                     {11, "no date"}});
}

TEST_CASE("GeoJSON: streamed, the type may follow the features; a nested 'features' is not "
          "the collection's",
          "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray point = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", "
                             "\"coordinates\": [43.13, 36.34]}, \"properties\": {\"title\": ";
    const ImportReport r = importFile(
        *store, writeSource(dir, "last.geojson",
                            "{\"meta\": {\"features\": [{\"title\": \"not an event\"}]},\n"
                            " \"features\": [\n  " +
                                point + "\"A\", \"date\": \"2014-06\"}},\n  " + point +
                                "\"B\", \"features\": [1], \"date\": \"1 June\"}}\n ],\n"
                                " \"type\": \"FeatureCollection\"}\n"));
    CHECK(r.imported == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 4);
    CHECK(r.rejected[0].reason.contains(QStringLiteral("'1 June' is not a date")));
    CHECK(store->query({})[0].title == QStringLiteral("A"));

    // Features read before a type that is not FeatureCollection are not written.
    const ImportError e = importFailure(*store,
                                        writeSource(dir, "notfc.json",
                                                    "{\"features\": [" + point +
                                                        "\"C\", \"date\": \"2014\"}}],\n"
                                                        "\"type\": \"GeometryCollection\"}"),
                                        QStringLiteral("geojson"));
    CHECK(e.message().contains(QStringLiteral("not a GeoJSON FeatureCollection")));
    CHECK(store->info().events == 1);
}
