// Whole-file inference and "nothing dropped, nothing rejected that a person would keep"
// (issue 13): one fixture per class of real-world file, each asserting the exact events.
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/BinaryFormat.h"
#include "io/DateColumn.h"
#include "io/GisFormats.h"

#include <QJsonArray>

namespace {

using Attributes = EventAttributes;

ImportReport importWith(EventStore& store, const char* fixture, ImportOptions options = {})
{
    return importWithoutFlags(store, importFixture(fixture), options);
}

bool hasWarning(const ImportReport& r, const QString& part)
{
    for (const QString& w : r.warnings)
        if (w.contains(part)) return true;
    return false;
}

} // namespace

TEST_CASE("Inference: a column with 3/21/2003 is month-first, so 1/7/2006 is 7 January",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_month_first.csv");
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("date_order")).toString() == QStringLiteral("mdy"));
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].title == QStringLiteral("Invasion begins"));
    CHECK(isoStart(events[0]) == "2003-03-21");
    CHECK(isoStart(events[1]) == "2004-06-28");
    CHECK(events[2].title == QStringLiteral("Bombing"));
    CHECK(isoStart(events[2]) == "2006-01-07");
    CHECK(events[2].precision == DatePrecision::Day);
    CHECK(events[2].lat == Approx(33.31));
}

TEST_CASE("Inference: two-digit years in the window the column's years need", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_two_digit_years.csv");
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("dates")).toString() ==
          QStringLiteral("two-digit years read as 1999–2098"));
    const auto events = store->query({});
    REQUIRE(events.size() == 4);
    CHECK(events[0].title == QStringLiteral("Before"));
    CHECK(isoStart(events[0]) == "1999-01-05");
    CHECK(isoStart(events[1]) == "2003-03-20"); // 20-Mar-03: not 1903
    CHECK(isoStart(events[2]) == "2003-04-09");
    CHECK(isoStart(events[3]) == "2011-12-15");
}

TEST_CASE("Inference: month names, 'Mon D, YYYY' and spaces around", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_month_names.csv");
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(isoStart(events[0]) == "2014-07-04");
    CHECK(isoStart(events[1]) == "2015-07-30");
    CHECK(isoStart(events[2]) == "2016-03");
    CHECK(events[2].precision == DatePrecision::Month);
}

TEST_CASE("Inference: epoch seconds in CSV, milliseconds in GeoJSON, by magnitude",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_epoch_seconds.csv");
    CHECK(rejections(r).empty());
    CHECK(r.guesses.value(QStringLiteral("dates")).toString() == QStringLiteral("epoch seconds"));
    auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].startDate().toIso() == QStringLiteral("2014-06-10T00:00:00Z"));
    CHECK(events[0].precision == DatePrecision::Second);
    CHECK(isoStart(events[1]) == "2014-06-11T00:00:00Z");

    auto quakes = EventStore::create(dir.filePath(QStringLiteral("quakes.tigris")));
    const ImportReport q = importWith(*quakes, "infer_epoch_ms.geojson");
    CHECK(rejections(q).empty());
    events = quakes->query({});
    REQUIRE(events.size() == 1);
    const Event& e = events[0];
    CHECK(e.startDate().toIso() == QStringLiteral("2020-07-06T01:46:40Z"));
    CHECK(e.precision == DatePrecision::Second);
    CHECK(e.title == QStringLiteral("M 5.1 - 10 km N of Mosul, Iraq"));
    CHECK(e.category == QStringLiteral("earthquake"));
    CHECK(e.lat == Approx(36.43));
    CHECK(e.lon == Approx(43.13));
    // Nothing dropped: the properties without a role (null has no value to keep).
    CHECK(e.attributes == Attributes{{QStringLiteral("mag"), QStringLiteral("5.1")},
                                     {QStringLiteral("tsunami"), QStringLiteral("0")}});
}

TEST_CASE("Inference: a date split across year, month and day, with the precision they give",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_split_dates.csv");
    CHECK(rejections(r).empty());
    auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].title == QStringLiteral("Year known"));
    CHECK(events[0].precision == DatePrecision::Year);
    CHECK(isoStart(events[0]) == "2014");
    CHECK(events[1].title == QStringLiteral("Month known"));
    CHECK(events[1].precision == DatePrecision::Month);
    CHECK(isoStart(events[1]) == "2014-06");
    CHECK(events[2].title == QStringLiteral("Mosul falls"));
    CHECK(isoStart(events[2]) == "2014-06-10");
    CHECK(events[2].attributes == Attributes{{QStringLiteral("source_id"), QStringLiteral("a1")}});

    auto geo = EventStore::create(dir.filePath(QStringLiteral("geo.tigris")));
    const ImportReport g = importWith(*geo, "infer_split_dates.geojson");
    CHECK(rejections(g).empty());
    events = geo->query({});
    REQUIRE(events.size() == 3);
    CHECK(isoStart(events[0]) == "2014");
    CHECK_FALSE(events[0].hasCoordinate()); // null geometry: kept without a position
    CHECK(events[0].titleDerived);
    CHECK(events[0].title == QStringLiteral("Event of 2014"));
    CHECK(events[0].attributes ==
          Attributes{{QStringLiteral("date_note"), QStringLiteral("no day")}});
    CHECK(isoStart(events[1]) == "2014-06");
    CHECK(events[1].title == QStringLiteral("Month known"));
    CHECK(isoStart(events[2]) == "2014-06-10");
    CHECK(events[2].title == QStringLiteral("Mosul falls")); // NAME, whatever its case
    CHECK(events[2].attributes == Attributes{{QStringLiteral("DEATHS"), QStringLiteral("25")}});
}

TEST_CASE("Inference: HXL rows, repeated headers and blank rows are skipped with warnings",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_hxl_repeated_blank.csv");
    CHECK(rejections(r).empty());
    CHECK(hasWarning(r, QStringLiteral("line 2 is an HXL hashtag row")));
    CHECK(hasWarning(r, QStringLiteral("1 repeated header row(s) skipped")));
    CHECK(hasWarning(r, QStringLiteral("2 blank row(s) skipped")));
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("Mosul"));
    CHECK(events[0].attributes ==
          Attributes{{QStringLiteral("admin2"), QStringLiteral("Mosul district")}});
    CHECK(events[1].title == QStringLiteral("Tikrit"));
    CHECK(events[1].attributes.isEmpty());
}

TEST_CASE("Inference: CR, LF, CRLF and mixed line endings", "[import][inference]")
{
    QTemporaryDir dir;
    for (const char* fixture : {"infer_cr_only.csv", "infer_mixed_endings.csv"}) {
        INFO(fixture);
        auto store =
            EventStore::create(dir.filePath(QLatin1String(fixture) + QStringLiteral(".tigris")));
        const ImportReport r = importWith(*store, fixture);
        CHECK(rejections(r).empty());
        const auto events = store->query({});
        REQUIRE(events.size() >= 2);
        CHECK(events[0].title == QStringLiteral("Mosul"));
        CHECK(isoStart(events[0]) == "2014-06-10");
        CHECK(events[1].title == QStringLiteral("Tikrit"));
        CHECK(events[1].lon == Approx(43.68));
    }
}

TEST_CASE("Inference: a timeline without places imports without positions", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_no_places.csv");
    CHECK(rejections(r).empty());
    CHECK(r.imported == 2);
    CHECK(hasWarning(r, QStringLiteral("2 row(s) without a position or place")));
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("Displacement"));
    CHECK(events[0].precision == DatePrecision::Month);
    CHECK_FALSE(events[0].hasCoordinate());
    CHECK(events[1].title == QStringLiteral("Mosul falls"));
    CHECK(events[1].description == QStringLiteral("ISIL takes the city"));
}

TEST_CASE("Inference: a 0/1 column is never the title; titles are derived and marked",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_flag_title.csv");
    CHECK(rejections(r).empty());
    const QJsonArray notes = r.guesses.value(QStringLiteral("notes")).toArray();
    CHECK(notes.contains(QStringLiteral("'name' holds numbers or yes/no, so it is not the title "
                                        "(kept as an attribute)")));
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("Battles in Mosul, 10 June 2014"));
    CHECK(events[0].titleDerived);
    CHECK(events[0].attributes == Attributes{{QStringLiteral("name"), QStringLiteral("1")},
                                             {QStringLiteral("verified"), QStringLiteral("yes")}});
    CHECK(events[1].title == QStringLiteral("Protests in Tikrit, 11 June 2014"));
}

TEST_CASE("Inference: WKT POINT columns and lon,lat pairs are positions", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportReport r = importWith(*store, "infer_wkt.csv");
    CHECK(rejections(r).empty());
    auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].lat == Approx(36.34));
    CHECK(events[0].lon == Approx(43.13));
    CHECK(events[1].lat == Approx(34.61));
    CHECK(events[0].attributes.isEmpty()); // the WKT column is the position, not an attribute

    auto pairs = EventStore::create(dir.filePath(QStringLiteral("pairs.tigris")));
    r = importWith(*pairs, "infer_lonlat_pairs.csv");
    CHECK(rejections(r).empty());
    events = pairs->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("Mosul"));
    CHECK(events[0].lat == Approx(36.34)); // 43.13,36.34 read as lon,lat: 100.5 settles it
    CHECK(events[0].lon == Approx(43.13));
    CHECK(events[1].lat == Approx(13.75));
    CHECK(events[1].lon == Approx(100.5));
}

TEST_CASE("Inference: two position pairs are a choice (--position-columns)", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError e = importFailure(*store, importFixture("infer_two_pairs.csv"));
    CHECK(e.message().contains(QStringLiteral("2 latitude/longitude pairs")));
    CHECK(e.message().contains(QStringLiteral("--position-columns")));
    CHECK(store->info().events == 0);

    ImportOptions options;
    options.positionColumns = {QStringLiteral("dropoff_latitude"),
                               QStringLiteral("dropoff_longitude")};
    const ImportReport r = importWith(*store, "infer_two_pairs.csv", options);
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].lat == Approx(40.64));
    CHECK(events[0].lon == Approx(-73.78));
    CHECK(events[0].startDate().toIso() == QStringLiteral("2014-06-10T08:00Z"));
    CHECK(events[0].titleDerived);
    CHECK(events[0].attribute(QStringLiteral("pickup_latitude")) == QStringLiteral("40.75"));
    CHECK(events[0].attribute(QStringLiteral("fare")) == QStringLiteral("52"));
}

TEST_CASE("Inference: 0,0 is imported without a position, with a warning", "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_null_island.csv");
    CHECK(rejections(r).empty());
    CHECK(hasWarning(r, QStringLiteral("1 row(s) at 0,0")));
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("Zeros"));
    CHECK_FALSE(events[0].hasCoordinate());
    CHECK(events[1].lat == Approx(36.34));
}

TEST_CASE("Inference: a truly ambiguous column is one error naming --date-order",
          "[import][inference]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError e = importFailure(*store, importFixture("infer_ambiguous.csv"));
    CHECK(e.message().contains(QStringLiteral("'date' read day-first or month-first alike")));
    CHECK(e.message().contains(QStringLiteral("--date-order dmy")));
    ImportOptions options;
    options.dateOrder = QStringLiteral("dmy");
    const ImportReport r = importWith(*store, "infer_ambiguous.csv", options);
    CHECK(rejections(r).empty());
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == QStringLiteral("B"));
    CHECK(isoStart(events[0]) == "2006-03-02");
    CHECK(isoStart(events[1]) == "2006-07-01");
}

TEST_CASE("KML: open-ended spans, nameless placemarks, ExtendedData kept", "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importWith(*store, "infer_open_spans.kml");
    CHECK(rejections(r).empty());
    CHECK(hasWarning(r, QStringLiteral("1 dated placemark(s) without a geometry or place")));
    const auto events = store->query({});
    REQUIRE(events.size() == 5);
    CHECK(events[0].titleDerived); // nameless, at a point
    CHECK(events[0].title.startsWith(QStringLiteral("Event of 10 June 2014")));
    CHECK(events[0].lat == Approx(36.34));
    CHECK(events[1].title == QStringLiteral("M 4.6"));
    CHECK(events[1].attributes == Attributes{{QStringLiteral("Magnitude"), QStringLiteral("4.6")},
                                             {QStringLiteral("Depth"), QStringLiteral("10 km")},
                                             {QStringLiteral("country"), QStringLiteral("Iraq")}});
    CHECK(events[2].title == QStringLiteral("Event of 13 June 2014"));
    CHECK_FALSE(events[2].hasCoordinate());
    CHECK(events[3].title == QStringLiteral("Siege begins"));
    CHECK(isoStart(events[3]) == "2014-06-18");
    CHECK(events[3].openEnd);
    CHECK_FALSE(events[3].openStart);
    CHECK(events[4].title == QStringLiteral("Siege ends"));
    CHECK(isoStart(events[4]) == "2014-11");
    CHECK(events[4].precision == DatePrecision::Month);
    CHECK(events[4].openStart);
    CHECK_FALSE(events[4].end.has_value());
}

TEST_CASE("Encodings: ICU's detector tells Windows-1251 and -1254 apart from 1252",
          "[import][encoding]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportReport r = importWith(*store, "infer_cp1251.csv");
    CHECK(r.encoding == QStringLiteral("windows-1251"));
    const QJsonObject guess = r.guesses.value(QStringLiteral("encoding")).toObject();
    CHECK(guess.value(QStringLiteral("confidence")).toInt() > 0);
    CHECK(guess.value(QStringLiteral("by")).toString() == QStringLiteral("ICU charset detector"));
    auto events = store->query({});
    REQUIRE_FALSE(events.empty());
    CHECK(events[0].title == QStringLiteral("Событие 0 в Москве"));

    auto turkish = EventStore::create(dir.filePath(QStringLiteral("tr.tigris")));
    r = importWith(*turkish, "infer_cp1254.csv");
    CHECK(r.encoding == QStringLiteral("windows-1254"));
    events = turkish->query({});
    REQUIRE_FALSE(events.empty());
    CHECK(events[0].title == QStringLiteral("İstanbul'da gösteri 0"));

    // The 1252/1256 rule still decides between Western and Arabic files.
    auto arabic = EventStore::create(dir.filePath(QStringLiteral("ar.tigris")));
    CHECK(importFile(*arabic, importFixture("places_cp1256.csv")).encoding ==
          QStringLiteral("windows-1256"));
    auto cafe = EventStore::create(dir.filePath(QStringLiteral("cafe.tigris")));
    CHECK(importFile(*cafe, importFixture("cafe_cp1252.csv")).encoding ==
          QStringLiteral("windows-1252"));
}

TEST_CASE("Files that are not text are named by their first bytes", "[import][binary]")
{
    const auto sqlite = [](quint32 app) {
        QByteArray b("SQLite format 3\0", 16);
        b.append(QByteArray(100 - 16, '\0'));
        b[68] = char(app >> 24);
        b[69] = char(app >> 16);
        b[70] = char(app >> 8);
        b[71] = char(app);
        return b;
    };
    const auto zip = [](const QByteArray& first, const QByteArray& second) {
        QByteArray b;
        for (const QByteArray& name : {first, second}) {
            QByteArray header("PK\x03\x04", 4);
            header.append(QByteArray(22, '\0'));
            header.append(char(name.size()));
            header.append('\0');
            header.append(QByteArray(2, '\0'));
            b += header + name + "data";
        }
        return b;
    };
    CHECK(describeBinaryFormat(sqlite(0x47504B47)) == QStringLiteral("a GeoPackage"));
    CHECK(describeBinaryFormat(sqlite(0)) == QStringLiteral("an SQLite database"));
    CHECK(describeBinaryFormat(QByteArray("\x00\x00\x27\x0a\x00\x00", 6)) ==
          QStringLiteral("a Shapefile (.shp)"));
    CHECK(describeBinaryFormat(QByteArray("fgb\x03"
                                          "fgb\x01",
                                          8)) == QStringLiteral("a FlatGeobuf file"));
    CHECK(describeBinaryFormat(zip("[Content_Types].xml", "xl/workbook.xml")) ==
          QStringLiteral("an Excel workbook (XLSX)"));
    CHECK(describeBinaryFormat(zip("mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
                                   "x")) == QStringLiteral("an OpenDocument spreadsheet (ODS)"));
    CHECK(describeBinaryFormat(zip("roads.shp", "roads.dbf")) ==
          QStringLiteral("a ZIP archive holding a Shapefile"));
    CHECK(describeBinaryFormat(zip("doc.kml", "files/icon.png")).isEmpty()); // a KMZ
    CHECK(describeBinaryFormat("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">") ==
          QStringLiteral("a GPX file"));
    CHECK(describeBinaryFormat("date,title\n2014,A\n").isEmpty());

    // With GDAL (the plugin loaded), OgrImporter claims such a file first (GDAL then reads
    // this empty one by its name, as a CSV without a date field); without it, the message
    // names the format (ctest gis_formats_without_gdal runs this case without it).
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(dir, "layers.csv", sqlite(0x47504B47));
    const ImportError e = importFailure(*store, path);
    if (GisFormats::available())
        CHECK(e.message().startsWith(path + QStringLiteral(": layer layers: ")));
    else
        CHECK(e.message() == GisFormats::unavailableMessage(path, QStringLiteral("GeoPackage")));
}

TEST_CASE("DateColumn: orders, windows, epochs, and rows that contradict the column",
          "[import][inference]")
{
    DateColumn c;
    for (const char* v : {"21/3/2003", "1/7/2006", "5/5/2005"})
        c.observe(QString::fromLatin1(v));
    c.settle();
    CHECK(c.order() == DateColumn::Order::DayFirst);
    CHECK_FALSE(c.ambiguous());
    QString reason;
    CHECK(c.parse(QStringLiteral("1/7/2006"), &reason)->toIso() == QStringLiteral("2006-07-01"));
    CHECK_FALSE(c.parse(QStringLiteral("3/21/2003"), &reason));
    CHECK(reason == QStringLiteral("'3/21/2003' is not day-first like the rest of its column"));
    CHECK(c.parse(QStringLiteral("21.03.2003 14:05"), &reason)->toIso() ==
          QStringLiteral("2003-03-21T14:05Z"));

    DateColumn open;
    open.observe(QStringLiteral("1/7/2006"));
    open.settle();
    CHECK(open.ambiguous());
    open.setOrder(DateColumn::Order::MonthFirst);
    CHECK_FALSE(open.ambiguous());
    CHECK(open.parse(QStringLiteral("1/7/2006"), &reason)->toIso() == QStringLiteral("2006-01-07"));

    DateColumn ms;
    ms.observe(QStringLiteral("1.594e+12"));
    ms.settle();
    CHECK(ms.describe() == QStringLiteral("epoch milliseconds"));
    CHECK(ms.parse(QStringLiteral("1.594e+12"), &reason)->toIso() ==
          QStringLiteral("2020-07-06T01:46:40Z"));
}

TEST_CASE("Geocoding: the file's dominant country breaks a tie; unplaced names listed once",
          "[import][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(
        *store, writeSource(dir, "iraq.csv",
                            "date,title,place\n"
                            "2014-08-03,Sinjar falls,Sinjar\n" // several Sinjars: Iraq wins
                            "2014-06-10,Mosul falls,Mosul\n"
                            "2014-06-11,Tikrit falls,Tikrit\n"
                            "2014-06-12,Kirkuk held,Kirkuk\n"
                            "2014-06-13,Baiji besieged,Baiji\n"
                            "2014-06-14,Nowhere,Qaryat al-Nowhere\n"
                            "2014-06-15,Nowhere again,Qaryat al-Nowhere\n"));
    CHECK(rejections(r).empty());
    CHECK(r.ambiguous.isEmpty());
    const ImportReport::Placement* sinjar = nullptr;
    for (const auto& g : r.geocoded)
        if (g.place == QStringLiteral("Sinjar")) sinjar = &g;
    REQUIRE(sinjar);
    CHECK(sinjar->by.endsWith(QStringLiteral("the file's dominant country")));
    CHECK(sinjar->lat == Approx(36.32).margin(0.1));
    CHECK(sinjar->lon == Approx(41.87).margin(0.1));
    CHECK(hasWarning(r, QStringLiteral("were placed in Iraq")));
    REQUIRE(r.unplaced.size() == 1);
    CHECK(r.unplaced[0].place == QStringLiteral("Qaryat al-Nowhere"));
    CHECK(r.unplaced[0].rows == 2);
    CHECK(r.unplaced[0].firstLine == 7);
    CHECK(r.unplaced[0].candidates.isEmpty());
}
