// GeoJSON properties and KML ExtendedData are dated as CSV columns are (issue 13): the date
// order, two-digit year window and epoch unit are learnt over a sample of the file, not
// decided value by value.
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/PropertyDates.h"
#include "io/SpreadSample.h"

#include <QBuffer>

namespace {

using Attributes = EventAttributes;

} // namespace

TEST_CASE("Property dates: a GeoJSON date property is day-first when one feature settles it",
          "[import][inference][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, importFixture("infer_dmy_property.geojson"));
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_property")).toString() == QStringLiteral("date"));
    CHECK(r.guesses.value(QStringLiteral("date_order")).toString() == QStringLiteral("dmy"));
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].title == QStringLiteral("Basra: first clashes"));
    CHECK(isoStart(events[0]) == "2003-03-21");
    CHECK(events[1].title == QStringLiteral("Checkpoint attack"));
    CHECK(isoStart(events[1]) == "2006-03-02"); // not 3 February
    CHECK(events[2].title == QStringLiteral("Market bombing"));
    CHECK(isoStart(events[2]) == "2006-07-01"); // not 7 January
    CHECK(events[2].precision == DatePrecision::Day);
    CHECK(events[2].attributes ==
          Attributes{{QStringLiteral("casualties_estimate"), QStringLiteral("12")}});
}

TEST_CASE("Property dates: an order no feature settles is one error naming the flag, which "
          "settles it",
          "[import][inference][geojson]")
{
    QTemporaryDir dir;
    const QString path = writeSource(dir, "ambiguous.geojson",
                                     R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[44.37,33.31]},"properties":{"date":"1/7/2006","title":"A"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[44.37,33.31]},"properties":{"date":"2/3/2006","title":"B"}}
]})");
    auto store = newProject(dir);
    try {
        importWithoutFlags(*store, path);
        FAIL("an ambiguous date property was imported");
    } catch (const ImportError& e) {
        CHECK(e.message().contains(QStringLiteral("property 'date'")));
        CHECK(e.message().contains(QStringLiteral("--date-order dmy")));
    }
    CHECK(store->info().events == 0);
    ImportOptions mdy;
    mdy.dateOrder = QStringLiteral("mdy");
    const ImportReport r = importWithoutFlags(*store, path, mdy);
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(isoStart(events[0]) == "2006-01-07");
    CHECK(isoStart(events[1]) == "2006-02-03");
}

TEST_CASE("Property dates: two-digit years and month names in a GeoJSON sequence",
          "[import][inference][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, importFixture("infer_two_digit.geojsonl"));
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_property")).toString() ==
          QStringLiteral("event_date"));
    CHECK(r.guesses.value(QStringLiteral("dates")).toString() ==
          QStringLiteral("two-digit years read as 1925–2024"));
    // One warning for the feature without a geometry or place, no "unplaced" name.
    CHECK(r.unplaced.isEmpty());
    CHECK(r.warnings.join(QLatin1Char('\n'))
              .contains(QStringLiteral("1 feature(s) without a geometry or place")));
    const auto events = store->query({});
    REQUIRE(events.size() == 4);
    CHECK(events[0].title == QStringLiteral("Locarno Treaties signed"));
    CHECK(isoStart(events[0]) == "1925-12-01"); // with 1929 and 1931, not 2025
    CHECK(events[1].title == QStringLiteral("Black Thursday"));
    CHECK(isoStart(events[1]) == "1929-10-24");
    CHECK(events[2].title == QStringLiteral("Mukden incident"));
    CHECK(isoStart(events[2]) == "1931-09-18");
    CHECK(events[2].lat == Approx(41.8));
    CHECK(events[3].title == QStringLiteral("Report published"));
    CHECK(isoStart(events[3]) == "2015-07-30");
    CHECK_FALSE(events[3].hasCoordinate());
}

TEST_CASE("Property dates: NOAA-style YEAR, MONTH, DAY, HOUR, MINUTE, SECOND properties",
          "[import][inference][geojson]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, importFixture("infer_noaa_split.geojson"));
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 4);
    CHECK(isoStart(events[0]) == "1050");
    CHECK(events[0].precision == DatePrecision::Year);
    CHECK(isoStart(events[1]) == "1822-09");
    CHECK(events[1].precision == DatePrecision::Month);
    CHECK(isoStart(events[2]) == "2003-03-21T14:05:09Z");
    CHECK(events[2].precision == DatePrecision::Second);
    CHECK(events[2].lat == Approx(35.5));
    CHECK(isoStart(events[3]) == "2017-11-12T18:18Z");
    CHECK(events[3].precision == DatePrecision::Minute);
    // The parts of the date are read; everything else is kept.
    CHECK(events[3].attributes ==
          Attributes{{QStringLiteral("COUNTRY"), QStringLiteral("IRAN")},
                     {QStringLiteral("DEATHS"), QStringLiteral("630")},
                     {QStringLiteral("EQ_PRIMARY"), QStringLiteral("7.3")},
                     {QStringLiteral("FOCAL_DEPTH"), QStringLiteral("19")},
                     {QStringLiteral("ID"), QStringLiteral("10270")},
                     {QStringLiteral("LOCATION_NAME"), QStringLiteral("IRAN:  KERMANSHAH")}});
}

TEST_CASE("Property dates: a property of dates is found by its values when no name says so",
          "[import][inference][geojson]")
{
    QTemporaryDir dir;
    const QString path = writeSource(dir, "fecha.geojson",
                                     R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[44.37,33.31]},"properties":{"fecha":"10 June 2014","id_num":17,"titulo":"Caída de Mosul"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[44.37,33.31]},"properties":{"fecha":"2014-06","id_num":18,"titulo":"Junio"}}
]})");
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, path);
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_property")).toString() == QStringLiteral("fecha"));
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(isoStart(events[0]) == "2014-06");
    CHECK(isoStart(events[1]) == "2014-06-10");
    CHECK(events[1].attributes ==
          Attributes{{QStringLiteral("id_num"), QStringLiteral("17")},
                     {QStringLiteral("titulo"), QStringLiteral("Caída de Mosul")}});
}

TEST_CASE("Property dates: the features after the sample settle the order (spread sample)",
          "[import][inference][geojson]")
{
    // 10,000 features (the whole sample) that read either way, then one with a day over 12.
    QByteArray lines;
    for (int i = 0; i < 10'000; ++i)
        lines += R"({"type":"Feature","geometry":{"type":"Point","coordinates":[44.3,33.3]},)"
                 R"("properties":{"date":"1/7/2006","title":"A"}})"
                 "\n";
    lines += R"({"type":"Feature","geometry":{"type":"Point","coordinates":[44.3,33.3]},)"
             R"("properties":{"date":"25/12/2006","title":"Last"}})"
             "\n";
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, writeSource(dir, "late.geojsonl", lines));
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_order")).toString() == QStringLiteral("dmy"));
    CHECK(store->info().events == 10'001);
    const auto first = store->query({});
    REQUIRE(!first.empty());
    CHECK(isoStart(first.front()) == "2006-07-01");
}

TEST_CASE("Property dates: KML ExtendedData dates placemarks without a KML time, day-first "
          "when another placemark says so",
          "[import][inference][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(*store, importFixture("infer_extended_date.kml"));
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_order")).toString() == QStringLiteral("dmy"));
    CHECK(r.annotations == 1); // the undated place is a pin, as before
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].title == QStringLiteral("Basra: first clashes"));
    CHECK(isoStart(events[0]) == "2003-03-21");
    CHECK(events[1].title == QStringLiteral("Checkpoint attack"));
    CHECK(isoStart(events[1]) == "2006-03-02");
    CHECK(events[2].title == QStringLiteral("Market bombing"));
    CHECK(isoStart(events[2]) == "2006-07-01");
    CHECK(events[2].fatalities == 12);
    CHECK(events[2].lon == Approx(44.37));
    CHECK(events[2].attributes ==
          Attributes{{QStringLiteral("Magnitude"), QStringLiteral("high")}});
}

TEST_CASE("Property dates: a spread sample finds whole records in windows of the file",
          "[import][inference]")
{
    QByteArray geo = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < 3000; ++i)
        geo += QByteArray(R"({"type":"Feature","properties":{"date":"1/2/2006","n":)") +
               QByteArray::number(i) + R"(},"geometry":null},)";
    geo += R"({"type":"Feature","properties":{"date":"13/2/2006"},"geometry":null}]})";
    QBuffer buffer(&geo);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    buffer.seek(100);
    const QList<QByteArray> windows = SpreadSample::windows(&buffer, 4, 4096);
    REQUIRE(windows.size() == 4);
    CHECK(buffer.pos() == 100); // restored
    CHECK(geo.startsWith(windows.first()));
    CHECK(geo.endsWith(windows.last()));
    qsizetype found = 0;
    for (const QByteArray& w : windows)
        for (const QJsonObject& p : SpreadSample::geoJsonProperties(w)) {
            CHECK(p.value(QStringLiteral("date")).toString().endsWith(QStringLiteral("/2006")));
            ++found;
        }
    CHECK(found > 4 * 50); // a window of 4 KB holds some 60 whole features
    // The last feature, at the very end, is seen.
    CHECK(SpreadSample::geoJsonProperties(windows.last()).last().value(QStringLiteral("date")) ==
          QStringLiteral("13/2/2006"));
    // A file smaller than the windows is read whole.
    const auto whole = SpreadSample::windows(&buffer, 4, 1 << 20);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0] == geo);

    const QByteArray kml = R"(<kml><Placemark><name>a</name><ExtendedData>
<Data name="Date"><value> 21/3/2003 </value></Data><SchemaData><SimpleData name="Mag">4.5</SimpleData></SchemaData>
</ExtendedData></Placemark><Placemark><ExtendedData><Data name="date"><value><![CDATA[1/7/2006]]></value></Data>)";
    const auto records = SpreadSample::kmlExtendedData(kml);
    REQUIRE(records.size() == 1); // the second placemark is cut by the window's edge
    CHECK(records[0] == SpreadSample::Record{{QStringLiteral("date"), QStringLiteral("21/3/2003")},
                                             {QStringLiteral("mag"), QStringLiteral("4.5")}});
}

TEST_CASE("Property dates: USGS earthquakes (real feed): time in epoch milliseconds, every "
          "other property kept",
          "[import][inference][geojson][real]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWithoutFlags(
        *store, QStringLiteral(TIGRIS_FIXTURES "/real/usgs_all_day_2016-11-03.geojson"));
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_property")).toString() == QStringLiteral("time"));
    CHECK(r.guesses.value(QStringLiteral("dates")).toString() ==
          QStringLiteral("epoch milliseconds"));
    const auto events = store->query({});
    REQUIRE(events.size() == 5);
    const Event& last = events.back();
    CHECK(last.title == QStringLiteral("M 1.1 - 24km E of Lake Isabella, CA"));
    CHECK(isoStart(last) == "2016-11-03T18:38:16Z");
    CHECK(last.precision == DatePrecision::Second);
    CHECK(last.lat == Approx(35.6175));
    CHECK(last.lon == Approx(-118.2046667));
    CHECK(last.category == QStringLiteral("earthquake"));
    CHECK(last.locationName == QStringLiteral("24km E of Lake Isabella, CA"));
    CHECK(last.externalId == QStringLiteral("ci37517303"));
    const Event& first = events.front();
    CHECK(first.title == QStringLiteral("M 4.5 - 254km SE of Latung, Philippines"));
    CHECK(isoStart(first) == "2016-11-03T16:44:31Z");
    CHECK(first.lat == Approx(3.6593));
    // USGS's "sources" (",us,") is no list of Tigris sources: kept as an attribute.
    bool sources = false, updated = false;
    for (const auto& [name, value] : last.attributes) {
        sources = sources || (name == QLatin1String("sources") && value == QLatin1String(",ci,"));
        updated = updated ||
                  (name == QLatin1String("updated") && value == QLatin1String("1478198670585"));
    }
    CHECK(sources);
    CHECK(updated);
}
