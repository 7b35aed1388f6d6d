#include "io/TimelineJsImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

using Rejections = std::vector<std::pair<qint64, std::string>>;

TEST_CASE("TimelineJS: events with the precision of their parts; rejections at their line",
          "[import][timelinejs]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("timeline_iraq_2014.json"));
    CHECK(r.format == QStringLiteral("timelinejs"));
    CHECK(r.imported == 3);
    CHECK(rejections(r) == Rejections{{26, "start_date has a day but no month"},
                                      {30, "start_date 2014-13 is not a date"},
                                      {34, "end_date is before start_date"},
                                      {39, "location: latitude 95 out of range"},
                                      {44, "start_date has no year"},
                                      {47, "no text.headline or text.text"},
                                      {51, "start_date.year is not a whole number"}});
    CHECK(r.warnings ==
          QStringList{QStringLiteral("1 event(s) have no location: they are in "
                                     "the list and on the timeline, not on the map")});

    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    const Event* mosul = findEvent(events, QStringLiteral("Mosul falls"));
    REQUIRE(mosul); // the headline's <b> is gone, the text's paragraphs stay apart
    CHECK(mosul->description ==
          QStringLiteral("Fighters take the airport & the bases.\n\nTwo divisions melt away."));
    CHECK(mosul->startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(mosul->category == QStringLiteral("Battles"));
    CHECK(mosul->externalId == QStringLiteral("mosul-fall"));
    CHECK(mosul->lat == Approx(36.34));
    CHECK(mosul->lon == Approx(43.13));
    CHECK(mosul->locationName == QStringLiteral("Mosul"));
    REQUIRE(mosul->sources.size() == 1);
    CHECK(mosul->sources[0] == Source{QStringLiteral("The New York Times"),
                                      QStringLiteral("https://www.nytimes.com/"),
                                      QStringLiteral("Smoke over Mosul")});

    const Event* kirkuk = findEvent(events, QStringLiteral("Peshmerga hold Kirkuk"));
    REQUIRE(kirkuk); // year and month as numbers: June to July 2014, no position
    CHECK(kirkuk->precision == DatePrecision::Month);
    CHECK(kirkuk->start == utcDay(2014, 6, 1));
    CHECK(kirkuk->spanEnd() == utcDay(2014, 8, 1));
    CHECK_FALSE(kirkuk->hasCoordinate());
    CHECK(kirkuk->category == QStringLiteral("Strategic developments"));

    const Event* abuGhraib = findEvent(events, QStringLiteral("Abu Ghraib prison break"));
    REQUIRE(abuGhraib); // hour and minute given: minute precision; "c." marks it approximate
    CHECK(abuGhraib->precision == DatePrecision::Minute);
    CHECK(abuGhraib->startDate().toIso() == QStringLiteral("2013-07-21T21:30Z"));
    CHECK(abuGhraib->approximate);
    CHECK(abuGhraib->lat == Approx(33.33));
}

TEST_CASE("TimelineJS: detection, forcing, and files that are not TimelineJS",
          "[import][timelinejs]")
{
    CHECK(makeImporter(QStringLiteral("auto"), QStringLiteral("t.json"),
                       "{\"events\": [{\"start_date\": {\"year\": 2014}}]}")
              ->format() == QStringLiteral("timelinejs"));
    CHECK(makeImporter(QStringLiteral("auto"), QStringLiteral("t.json"),
                       "{\"type\": \"FeatureCollection\", \"features\": []}")
              ->format() == QStringLiteral("geojson"));
    CHECK(makeImporter(QStringLiteral("auto"), QStringLiteral("t.json"),
                       "{\"type\": \"Feature\", \"properties\": {\"events\": 3, "
                       "\"start_date\": \"2014-06-10\"}}\n")
              ->format() == QStringLiteral("geojson"));
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError e = importFailure(
        *store, writeSource(dir, "fc.json", "{\"type\": \"FeatureCollection\", \"features\": []}"),
        QStringLiteral("timelinejs"));
    CHECK(e.message().endsWith(QStringLiteral("not a TimelineJS file: no \"events\" array")));
    const ImportError broken = importFailure(
        *store,
        writeSource(dir, "broken.json", "{\"events\": [\n{\"start_date\": {\"year\": 2014}\n]}"),
        QStringLiteral("timelinejs"));
    CHECK(broken.line() == 3);
    CHECK(broken.message().contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("TimelineJS: streamed, the title may follow the events; invalid JSON after them "
          "writes nothing",
          "[import][timelinejs]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray events = "{\"events\": [\n"
                              " {\"start_date\": {\"year\": 2014, \"month\": 6}, \"text\": "
                              "{\"headline\": \"June, with \\\"events\\\": [\"}},\n"
                              " {\"start_date\": {\"year\": \"x\"}, \"text\": {\"text\": \"t\"}}\n"
                              "],\n";
    const ImportReport r =
        importFile(*store, writeSource(dir, "last.json",
                                       events + "\"title\": {\"text\": {\"headline\": "
                                                "\"Iraq\"}}}\n"));
    CHECK(r.imported == 1);
    CHECK(rejections(r) == Rejections{{3, "start_date.year is not a whole number"}});
    CHECK(store->query({})[0].title == QStringLiteral("June, with \"events\": ["));

    const ImportError e =
        importFailure(*store, writeSource(dir, "bad.json", events + "\"title\": }\n"),
                      QStringLiteral("timelinejs"));
    CHECK(e.line() == 5);
    CHECK(e.message().contains(QStringLiteral("not valid JSON")));
    CHECK(store->info().events == 1);
}
