// The error family's context (issue 15 point 7): file, line, column and field are fields of
// tigris::Error, and the message a user reads is composed from them.
#include "base/Error.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/DatasetLoader.h"
#include "io/GdeltImporter.h"
#include "store/EventStore.h"

TEST_CASE("tigris::Error composes its message from file, line, column, field and reason", "[error]")
{
    const tigris::Error all(QStringLiteral("is not a date"),
                            {QStringLiteral("events.csv"), 12, 4, QStringLiteral("date_start")});
    CHECK(all.file() == QStringLiteral("events.csv"));
    CHECK(all.line() == 12);
    CHECK(all.column() == 4);
    CHECK(all.field() == QStringLiteral("date_start"));
    CHECK(all.reason() == QStringLiteral("is not a date"));
    CHECK(all.message() ==
          QStringLiteral("events.csv, line 12, column 4, date_start: is not a date"));
    CHECK(QString::fromUtf8(all.what()) == all.message());

    CHECK(tigris::Error(QStringLiteral("no context")).message() == QStringLiteral("no context"));
    CHECK(ImportError(QStringLiteral("bad"), 3).message() == QStringLiteral("line 3: bad"));
    CHECK(StoreError(QStringLiteral("no such file"), {QStringLiteral("a.tigris")}).message() ==
          QStringLiteral("a.tigris: no such file"));
}

TEST_CASE("tigris::Error::inFile names the file once, and a rethrow keeps the subclass", "[error]")
{
    try {
        try {
            throw ImportError(QStringLiteral("not valid"), 7);
        } catch (tigris::Error& e) {
            e.inFile(QStringLiteral("first.kml"));
            e.inFile(QStringLiteral("second.kml")); // the file named first is kept
            throw;
        }
    } catch (const ImportError& e) {
        CHECK(e.file() == QStringLiteral("first.kml"));
        CHECK(e.line() == 7);
        CHECK(e.message() == QStringLiteral("first.kml, line 7: not valid"));
    }
}

TEST_CASE("Import errors carry the source file and line as fields", "[error][import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);

    const QString csv =
        writeSource(dir, "quote.csv", "date,title,lat,lon\n2014-06-10,a,36,43\n\"open,b,1,2\n");
    const ImportError quote = importFailure(*store, csv);
    CHECK(quote.file() == csv);
    CHECK(quote.line() == 3);
    CHECK(quote.reason() == QStringLiteral("unterminated quoted field starting on line 3"));
    CHECK(quote.message() == csv + QStringLiteral(", line 3: ") + quote.reason());

    // GDELT reads through the CSV-family skeleton now: its line cap is the reader's.
    QFile gdelt(importFixture("gdelt1_iraq_2014.export.CSV"));
    REQUIRE(gdelt.open(QIODevice::ReadOnly));
    const QString longLine = writeSource(
        dir, "long.export.CSV", gdelt.readLine() + QByteArray(2 * 1024 * 1024, 'x') + '\n');
    const ImportError tooLong = importFailure(*store, longLine);
    CHECK(tooLong.file() == longLine);
    CHECK(tooLong.line() == 2);
    CHECK(tooLong.reason() == QStringLiteral("a line over 1 MB"));

    const ImportError missing = importFailure(*store, dir.filePath(QStringLiteral("absent.csv")));
    CHECK(missing.file() == dir.filePath(QStringLiteral("absent.csv")));
    CHECK(missing.line() == 0);
    CHECK(missing.reason().startsWith(QStringLiteral("cannot be read")));
    CHECK(store->info().events == 0);
}

TEST_CASE("A dataset's errors name the file and the entry as the field", "[error][import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    auto writer = store->beginWrite();
    try {
        DatasetLoader::loadJson(R"({"events": [5]})", QStringLiteral("mine.json"), *writer);
        FAIL("a number accepted as an event");
    } catch (const ImportError& e) {
        CHECK(e.file() == QStringLiteral("mine.json"));
        CHECK(e.field() == QStringLiteral("events[0]"));
        CHECK(e.reason() == QStringLiteral("is not an object"));
        CHECK(e.message() == QStringLiteral("mine.json, events[0]: is not an object"));
    }
}

TEST_CASE("Store errors name the project file as a field", "[error][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.tigris"));
    try {
        EventStore::open(path, true);
        FAIL("a missing project opened");
    } catch (const StoreError& e) {
        CHECK(e.file() == path);
        CHECK(e.reason() == QStringLiteral("no such file"));
        CHECK(e.message() == path + QStringLiteral(": no such file"));
    }
}
