#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/EncodingGuess.h"

TEST_CASE("importFile: keepValid false writes nothing when a row is rejected", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportOptions allOrNothing;
    allOrNothing.keepValid = false;
    const ImportReport r =
        importFile(*store, importFixture("ucdp_ged_iraq_2014.csv"), allOrNothing);
    CHECK(r.imported == 0);
    CHECK(r.valid == 7);
    CHECK(r.rejected.size() == 8); // still every rejection, with its line
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] ==
          QStringLiteral(
              "nothing imported: 8 rows rejected (--keep-valid imports the 7 valid rows)"));
    CHECK(store->info().events == 0);
    CHECK(store->locations().empty());

    // A clean file is imported whole either way.
    const QString clean = writeSource(dir, "clean.csv",
                                      "title,date,latitude,longitude\n"
                                      "Mosul falls,2014-06-10,36.34,43.13\n");
    CHECK(importFile(*store, clean, allOrNothing).imported == 1);

    // keepValid (the default of the API, the app's behaviour): the valid rows are committed.
    const ImportReport kept = importFile(*store, importFixture("ucdp_ged_iraq_2014.csv"));
    CHECK(kept.imported == 7);
    CHECK(kept.valid == 7);
    CHECK(kept.warnings.isEmpty());
    CHECK(store->info().events == 8);
}

TEST_CASE("importFile: progress reports bytes of the file and can cancel", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // GDELT rows: that importer reports progress every 1024 lines.
    QFile fixture(importFixture("gdelt1_iraq_2014.export.CSV"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray row = fixture.readLine();
    QByteArray csv;
    for (int i = 0; i < 5000; ++i)
        csv += row;
    const QString path = writeSource(dir, "many.export.CSV", csv);

    std::vector<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&](qint64 read, qint64 total) {
        calls.emplace_back(read, total);
        return true;
    };
    CHECK(importFile(*store, path, options).imported == 5000);
    REQUIRE(calls.size() >= 4); // every 1024 rows
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].second == csv.size());
        CHECK(calls[i].first > 0);
        CHECK(calls[i].first <= csv.size());
        if (i > 0) CHECK(calls[i].first >= calls[i - 1].first);
    }

    options.progress = [](qint64, qint64) { return false; };
    CHECK_THROWS_AS(importFile(*store, path, options), ImportError);
    CHECK(store->info().events == 5000); // the cancelled import left nothing
}

TEST_CASE("Encoding: text that is not UTF-8 is read as Windows-1256 or Windows-1252",
          "[import][encoding]")
{
    CHECK(guessSingleByteEncoding("\xC7\xE1\xE3\xE6\xD5\xE1") == QStringLiteral("windows-1256"));
    CHECK(guessSingleByteEncoding("Caf\xE9 Nour, M\xFCller, \x93quoted\x94") ==
          QStringLiteral("windows-1252"));
    CHECK(guessSingleByteEncoding("plain ascii") == QStringLiteral("windows-1252"));

    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport arabic = importFile(*store, importFixture("places_cp1256.csv"));
    CHECK(arabic.encoding == QStringLiteral("windows-1256"));
    CHECK(arabic.imported == 2);
    const auto events = store->query({});
    CHECK(findEvent(events, QStringLiteral("سقوط الموصل")));
    CHECK(findEvent(events, QStringLiteral("Tikrit (تكريت) seized")));
    CHECK(events[0].locationName == QStringLiteral("الموصل"));

    auto store2 = EventStore::create(dir.filePath(QStringLiteral("latin.tigris")));
    const ImportReport latin = importFile(*store2, importFixture("cafe_cp1252.csv"));
    CHECK(latin.encoding == QStringLiteral("windows-1252"));
    const auto events2 = store2->query({});
    CHECK(findEvent(events2, QStringLiteral("Bomb at the Café Nour")));
    CHECK(findEvent(events2, QStringLiteral("Peshmerga enter Kirkuk – “no resistance”")));

    // UTF-8 stays UTF-8, and a named encoding is reported as named.
    CHECK(importFile(*store2, importFixture("ucdp_ged_iraq_2014.csv")).encoding ==
          QStringLiteral("utf-8"));
    CHECK(importAgain(*store2, importFixture("cafe_cp1252.csv"), QStringLiteral("csv"),
                      QStringLiteral("windows-1252"))
              .encoding == QStringLiteral("windows-1252"));
}
