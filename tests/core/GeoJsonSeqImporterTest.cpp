#include "io/GeoJsonSeqImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

using Rejections = std::vector<std::pair<qint64, std::string>>;

TEST_CASE("GeoJSON sequence: one feature a line, rejections at their line", "[import][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("events.ndjson"));
    CHECK(r.format == QStringLiteral("geojson"));
    CHECK(r.imported == 3);
    const auto rejected = rejections(r);
    REQUIRE(rejected.size() == 5);
    CHECK(rejected[0].first == 4);
    CHECK(QString::fromStdString(rejected[0].second).startsWith(QStringLiteral("not valid JSON")));
    CHECK(Rejections(rejected.begin() + 1, rejected.end()) ==
          Rejections{{5, "LineString geometry is not a point; only points become events"},
                     {6, "latitude 95 out of range"},
                     {7, "no date"},
                     {8, "a FeatureCollection, not a Feature"}});
    const auto events = store->query({});
    const Event* tikrit = findEvent(events, QStringLiteral("Tikrit taken"));
    REQUIRE(tikrit);
    CHECK(tikrit->precision == DatePrecision::Second);
    const Event* baghdad = findEvent(events, QStringLiteral("Baghdad on alert"));
    REQUIRE(baghdad); // "start" found among the usual names
    CHECK(baghdad->precision == DatePrecision::Year);
    CHECK(findEvent(events, QStringLiteral("Mosul falls"))->fatalities == std::optional<int>(3));
}

TEST_CASE("GeoJSON sequence: the date property can be named", "[import][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportOptions options;
    options.dateProperty = QStringLiteral("reported");
    const ImportReport r = importFile(*store, importFixture("events.ndjson"), options);
    CHECK(r.imported == 1);
    CHECK(rejectedLines(r) == std::vector<qint64>{1, 2, 4, 5, 6, 7, 8});
    CHECK(r.rejected[0].reason == QStringLiteral("no 'reported' property"));
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].startDate().toIso() == QStringLiteral("2014-06-14"));

    // The same option applies to a FeatureCollection.
    auto other = EventStore::create(dir.filePath(QStringLiteral("other.tigris")));
    const ImportReport fc = importFile(*other, importFixture("events.geojson"), options);
    CHECK(fc.imported == 0);
    CHECK(fc.rejected.size() == 8); // the three points that imported before, too
    CHECK(fc.rejected[0].reason == QStringLiteral("no 'reported' property"));
}

TEST_CASE("GeoJSON sequence: RFC 8142 records after RS may span lines", "[import][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("events_rs.geojsons"));
    CHECK(r.format == QStringLiteral("geojson"));
    CHECK(r.imported == 3);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 5); // the truncated record
    CHECK(r.rejected[0].reason.startsWith(QStringLiteral("not valid JSON")));
    const auto events = store->query({});
    const Event* kirkuk = findEvent(events, QStringLiteral("Kirkuk"));
    REQUIRE(kirkuk);
    CHECK(kirkuk->precision == DatePrecision::Month);
}

TEST_CASE("GeoJSON sequence: detection, a bounded record, nothing but blanks", "[import][geojson]")
{
    CHECK(GeoJsonSeqImporter::looksLikeSequence(
        "{\"type\": \"Feature\", \"geometry\": null}\n{\"type\": \"Feature\"}\n"));
    CHECK(GeoJsonSeqImporter::looksLikeSequence("\x1e{\"type\": \"Feature\",\n"));
    CHECK_FALSE(GeoJsonSeqImporter::looksLikeSequence("{\n  \"type\": \"FeatureCollection\",\n"));
    CHECK_FALSE(GeoJsonSeqImporter::looksLikeSequence(
        "{\"type\": \"FeatureCollection\", \"features\": []}\n"));

    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray first = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", "
                             "\"coordinates\": [43.1, 36.3]}, \"properties\": {\"title\": \"A\", "
                             "\"date\": \"2014\"}}\n";
    const QByteArray huge = first + "{\"type\": \"Feature\", \"properties\": {\"notes\": \"" +
                            QByteArray(GeoJsonSeqImporter::kMaxRecordBytes + 10, 'x') + "\"}}\n";
    const ImportError e = importFailure(*store, writeSource(dir, "huge.geojsonl", huge));
    CHECK(e.message().contains(QStringLiteral("a record over 16 MB starting on line 2")));
    CHECK(e.line() == 2);
    CHECK(store->info().events == 0);
}
