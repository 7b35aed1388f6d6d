#include "io/CsvImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

using Rejections = std::vector<std::pair<qint64, std::string>>;

TEST_CASE("CSV: semicolons, BOM, CRLF, decimal commas and the rejected lines", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("semicolon_bom_crlf.csv"));
    CHECK(r.format == QStringLiteral("csv"));
    CHECK(r.imported == 5);
    // 03/06/2014 is 3 June: its column also has 18/06/2014, so it is day-first.
    CHECK(rejections(r) == Rejections{{5, "no date"}, {7, "latitude 95 out of range"}});
    CHECK(r.guesses.value(QStringLiteral("date_order")).toString() == QStringLiteral("dmy"));

    const auto events = store->query({});
    REQUIRE(events.size() == 5);
    const Event* ambiguous = findEvent(events, QStringLiteral("Ambiguous"));
    REQUIRE(ambiguous);
    CHECK(ambiguous->startDate().toIso() == QStringLiteral("2014-06-03"));
    const Event* mosul = findEvent(events, QStringLiteral("Mosul falls"));
    REQUIRE(mosul);
    CHECK(mosul->lat == Approx(36.34)); // "36,34": a decimal comma in a ';' file
    CHECK(mosul->lon == Approx(43.13));
    CHECK(mosul->category == QStringLiteral("Battles"));
    CHECK(mosul->description == QStringLiteral("ISIL takes the city"));
    const Event* tikrit = findEvent(events, QStringLiteral("Tikrit; taken"));
    REQUIRE(tikrit);
    CHECK(tikrit->description == QStringLiteral("Police withdraw;\r\nthe city falls"));
    const Event* baiji = findEvent(events, QStringLiteral("Baiji refinery besieged"));
    REQUIRE(baiji); // 18/06/2014: the day can only be 18
    CHECK(baiji->startDate().toIso() == QStringLiteral("2014-06-18"));
    const Event* kirkuk = findEvent(events, QStringLiteral("Kirkuk"));
    REQUIRE(kirkuk);
    CHECK(kirkuk->startDate().toIso() == QStringLiteral("2014-06-12"));
    CHECK(kirkuk->category == QStringLiteral("Strategic developments"));
}

TEST_CASE("CSV: tab-separated, end dates, month precision, fatalities", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("tabs.tsv"));
    CHECK(r.imported == 2);
    CHECK(rejections(r) == Rejections{{5, "end date 2014-06-01 is before the start"},
                                      {6, "fatalities: '-3' is not a count"}});
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    const Event* samarra = findEvent(events, QStringLiteral("Samarra attack"));
    REQUIRE(samarra);
    CHECK(samarra->description == QStringLiteral("multi\nline note"));
    CHECK(samarra->end == std::optional<qint64>(utcDay(2014, 6, 6)));
    CHECK(samarra->fatalities == std::optional<int>(12));
    const Event* erbil = findEvent(events, QStringLiteral("Erbil"));
    REQUIRE(erbil);
    CHECK(erbil->precision == DatePrecision::Month);
    CHECK(erbil->startDate().display() == QStringLiteral("June 2014"));
    CHECK_FALSE(erbil->fatalities.has_value()); // empty is unknown, not 0
}

TEST_CASE("CSV: quoted fields over several lines keep the line numbers right", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("quoted_newlines.csv"));
    CHECK(r.imported == 3);
    // Mosul's description spans lines 2-5, the bad date's record lines 6-7; "Nowhere" has
    // neither coordinates nor a place and is kept without a position.
    CHECK(rejections(r) == Rejections{{6, "'2014-13-01' is not a valid date"}});
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK_FALSE(events[2].hasCoordinate());
    const Event& mosul = events[0];
    CHECK(mosul.title == QStringLiteral("Mosul falls"));
    CHECK(mosul.precision == DatePrecision::Minute);
    CHECK(mosul.startDate().toIso() == QStringLiteral("2014-06-10T03:00Z"));
    CHECK(mosul.description == QStringLiteral("ISIL fighters enter the city.\nThe army "
                                              "withdraws.\n\nThe governor flees to Erbil."));
    CHECK(mosul.actors == QStringList{QStringLiteral("ISIL"), QStringLiteral("Iraqi Army")});
    CHECK(mosul.category == QStringLiteral("Battles"));
    CHECK(mosul.locationName == QStringLiteral("Mosul"));
    REQUIRE(mosul.sources.size() == 1);
    CHECK(mosul.sources[0].name == QStringLiteral("New York Times"));
    CHECK(mosul.sources[0].url.startsWith(QStringLiteral("https://www.nytimes.com/2014/06/11/")));
    CHECK(events[1].description == QStringLiteral("a \"quoted\" word"));
}

TEST_CASE("CSV: columns are found by name, in any order and any case", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(
        *store, writeSource(dir, "any-order.csv",
                            "Source,LNG,Notes,Timestamp,Extra,LAT,Headline,Type,Fatalities\n"
                            "AP,44.3922,Peshmerga,2014-06-12,x,35.4681,Kirkuk,Battles,7\n"));
    CHECK(r.imported == 1);
    CHECK(r.rejected.isEmpty());
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].title == QStringLiteral("Kirkuk"));
    CHECK(events[0].lat == Approx(35.4681));
    CHECK(events[0].lon == Approx(44.3922));
    CHECK(events[0].description == QStringLiteral("Peshmerga"));
    CHECK(events[0].category == QStringLiteral("Battles"));
    CHECK(events[0].fatalities == std::optional<int>(7));
    REQUIRE(events[0].sources.size() == 1);
    CHECK(events[0].sources[0].name == QStringLiteral("AP"));

    // x/y and no title column: the title is the description's start.
    const ImportReport xy = importFile(
        *store, writeSource(dir, "xy.csv", "x,y,date,description\n43.13,36.34,2014,Mosul\n"));
    CHECK(xy.imported == 1);
    const auto all = store->query({});
    const Event* mosul = findEvent(all, QStringLiteral("Mosul"));
    REQUIRE(mosul);
    CHECK(mosul->lat == Approx(36.34));
    CHECK(mosul->precision == DatePrecision::Year);
}

TEST_CASE("CSV: a decimal comma outside ';' files is rejected, not guessed", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(
        *store, writeSource(dir, "comma.csv", "title,date,lat,lon\nA,2014-06-10,\"36,34\",43\n"));
    CHECK(r.imported == 0);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 2);
    CHECK(r.rejected[0].reason.contains(QStringLiteral("decimal comma")));
}

TEST_CASE("CSV: a header without the needed columns is not this format", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportError e =
        importFailure(*store, writeSource(dir, "nodate.csv", "title,lat,lon\nA,36,43\n"));
    CHECK(e.message().contains(QStringLiteral("no date column")));
    CHECK(e.line() == 1);
    CHECK(store->info().events == 0);
    // Dates without places: a timeline, imported without positions.
    const ImportReport r =
        importFile(*store, writeSource(dir, "noplace.csv", "title,date\nA,2014\n"));
    CHECK(r.imported == 1);
    CHECK_FALSE(store->query({})[0].hasCoordinate());
}

TEST_CASE("CSV: malformed sources fail whole, and nothing is written", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // One good event first: a failed import must leave it exactly as it was.
    REQUIRE(importFile(*store, writeSource(dir, "good.csv",
                                           "title,date,lat,lon\nMosul,2014-06-10,36.34,43.13\n"))
                .imported == 1);
    const auto unchanged = [&] {
        const ProjectInfo info = store->info();
        CHECK(info.events == 1);
        CHECK(info.categories == 0);
        CHECK(store->query({})[0].title == QStringLiteral("Mosul"));
    };

    SECTION("an unterminated quote, after good rows")
    {
        const QString path = writeSource(dir, "quote.csv",
                                         "title,date,lat,lon,type\n"
                                         "A,2014-06-10,36,43,Battles\n"
                                         "B,2014-06-11,36,43,Battles\n"
                                         "\"C,2014-06-12,36,43,Battles\n"
                                         "D,2014-06-13,36,43,Battles\n");
        const ImportError e = importFailure(*store, path);
        CHECK(e.line() == 4);
        CHECK(e.message() == path + QStringLiteral(", line 4: unterminated quoted field "
                                                   "starting on line 4"));
    }
    SECTION("an empty file")
    {
        const QString path = writeSource(dir, "empty.csv", "");
        CHECK(importFailure(*store, path).message() ==
              path + QStringLiteral(": the file is empty"));
        CHECK_FALSE(
            importFailure(*store, writeSource(dir, "blank.csv", "\n \r\n")).message().isEmpty());
    }
    SECTION("random bytes")
    {
        QByteArray bytes;
        quint32 x = 2463534242u; // xorshift32, seeded: the same bytes every run
        for (int i = 0; i < 65536; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes.append(char(x & 0xff));
        }
        const QString path = writeSource(dir, "random.csv", bytes);
        const ImportError e = importFailure(*store, path);
        CHECK(e.message().startsWith(path + QStringLiteral(": not a CSV file")));
        CHECK(importFailure(*store, path, QStringLiteral("csv")).message() == e.message());
    }
    SECTION("a missing file and a folder")
    {
        CHECK(importFailure(*store, dir.filePath(QStringLiteral("missing.csv")))
                  .message()
                  .contains(QStringLiteral("missing.csv: cannot be read")));
        CHECK(importFailure(*store, dir.path()).message().contains(QStringLiteral("folder")));
    }
    unchanged();
}

TEST_CASE("CSV: every row rejected gives a report and writes nothing", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, writeSource(dir, "bad.csv",
                                                          "title,date,lat,lon,type\n"
                                                          "A,2014-02-30,36,43,Battles\n"
                                                          "B,14/14/2014,36,43,Battles\n"
                                                          "C,2014-06-10,abc,43,Battles\n"
                                                          "D,2014-06-10,36,181,Battles\n"
                                                          "\n"
                                                          "E,,36,43,Battles\n"));
    CHECK(r.imported == 0);
    CHECK(rejectedLines(r) == std::vector<qint64>{2, 3, 4, 5, 7}); // the blank line is skipped
    CHECK(r.rejected[0].reason == QStringLiteral("'2014-02-30' is not a valid date"));
    CHECK(r.rejected[2].reason == QStringLiteral("latitude 'abc' is not a number"));
    CHECK(r.rejected[3].reason == QStringLiteral("longitude 181 out of range"));
    CHECK(store->info().events == 0);
    CHECK(store->info().categories == 0); // the rows' category was never created
}

TEST_CASE("CSV: a 2 MB line is imported whole", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray notes(2 * 1024 * 1024, 'z');
    const ImportReport r = importFile(
        *store, writeSource(dir, "long.csv",
                            "title,date,lat,lon,notes\nLong,2014-06-10,36,43,\"" + notes +
                                "\"\nShort,2014-06-11,36,43,s\nBad,2014-06-12,95,43,s\n"));
    CHECK(r.imported == 2);
    CHECK(rejectedLines(r) == std::vector<qint64>{4});
    const auto events = store->query({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].description.size() == notes.size());
}

TEST_CASE("CSV: a row with a place and no coordinates takes a known location's position",
          "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("acled_iraq_2014.csv")); // adds Mosul at 36.3350, 43.1189
    const ImportReport r = importFile(*store, writeSource(dir, "places.csv",
                                                          "title,date,place,lat,lon\n"
                                                          "A,2015-01-01,Mosul,,\n"
                                                          "B,2015-01-02,Tigrisopolis,,\n"));
    CHECK(r.imported == 2);
    CHECK(r.rejected.isEmpty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].startsWith(QStringLiteral("1 imported rows have no coordinates")));
    const auto events = store->query({});
    const Event* a = findEvent(events, QStringLiteral("A"));
    const Event* b = findEvent(events, QStringLiteral("B"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->locationId.has_value());
    CHECK(a->locationName == QStringLiteral("Mosul"));
    CHECK(a->lat == Approx(36.3350));
    CHECK_FALSE(b->locationId.has_value());
    CHECK(b->locationName == QStringLiteral("Tigrisopolis"));
    CHECK_FALSE(b->hasCoordinate());
}
