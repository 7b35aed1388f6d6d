#include "io/Importer.h"

#include "TestCatch.h"
#include "io/CsvReader.h"
#include "io/ImportError.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

namespace {
const QString kFixtures = QStringLiteral(TIGRIS_FIXTURES "/import/");

std::vector<std::vector<QByteArray>> readAll(const QByteArray& bytes, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, delimiter);
    std::vector<std::vector<QByteArray>> rows;
    std::vector<QByteArray> fields;
    while (reader.next(fields))
        rows.push_back(fields);
    return rows;
}

QString write(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

std::unique_ptr<EventStore> newStore(QTemporaryDir& dir)
{
    return EventStore::create(dir.filePath(QStringLiteral("p.tigris")));
}
} // namespace

TEST_CASE("CsvReader handles quotes, embedded newlines and every line ending", "[import]")
{
    const auto rows = readAll("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\r3,4,5");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][1] == "b,1");
    CHECK(rows[0][2] == "say \"hi\"");
    CHECK(rows[1][0] == "multi\nline");
    CHECK(rows[1][2] == "");
    CHECK(rows[2] == std::vector<QByteArray>{"3", "4", "5"});
    CHECK(CsvReader::detectDelimiter("a;b;\"c,d\"") == ';');
    CHECK(CsvReader::detectDelimiter("a\tb\tc") == '\t');
}

TEST_CASE("CsvReader reports the line of an unterminated quote and survives a 2 MB line",
          "[import]")
{
    QBuffer buffer;
    buffer.setData("a,b\n1,2\n3,\"never closed\n4,5\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    std::vector<QByteArray> fields;
    REQUIRE(reader.next(fields));
    REQUIRE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL("no error");
    } catch (const ImportError& e) {
        CHECK(e.line() == 3);
    }
    const QByteArray big = "x," + QByteArray(2 * 1024 * 1024, 'y') + "\n1,2\n";
    const auto rows = readAll(big);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][1].size() == 2 * 1024 * 1024);
}

TEST_CASE("ACLED import maps precision, actors, places and rejects bad rows by line", "[import]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const ImportReport r = importFile(*store, kFixtures + QStringLiteral("acled_iraq_2014.csv"));
    CHECK(r.format == QStringLiteral("acled"));
    for (const auto& x : r.rejected)
        UNSCOPED_INFO(x.line << ": " << x.reason.toStdString());
    CHECK(r.imported == 4);
    REQUIRE(r.rejected.size() == 3);
    CHECK(r.rejected[0].line == 7); // the Baiji record spans lines 4–5
    CHECK(r.rejected[0].reason.contains(QStringLiteral("latitude 95")));
    CHECK(r.rejected[1].line == 8);
    CHECK(r.rejected[2].line == 9);

    const auto events = store->query({});
    REQUIRE(events.size() == 4);
    CHECK(events[0].externalId == QStringLiteral("IRQ2003")); // Baiji, June 2014, sorts first
    CHECK(events[0].precision == DatePrecision::Month);
    const auto byId = [&](const char* id) {
        for (const auto& e : events)
            if (e.externalId == QLatin1String(id)) return e;
        return Event{};
    };
    const Event m = byId("IRQ2001");
    CHECK(m.startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(m.title == QStringLiteral("Non-state actor overtakes territory in Mosul"));
    CHECK(m.actors.contains(QStringLiteral("ISIS")));
    CHECK_FALSE(m.fatalities.has_value());
    REQUIRE(m.sources.size() == 2);
    CHECK(m.sources[1].name == QStringLiteral("Reuters"));
    CHECK(byId("IRQ2002").fatalities == std::optional<int>(12));
    CHECK(byId("IRQ2002").geoPrecision == GeoPrecision::Near);
    CHECK(byId("IRQ2003").fatalities == std::optional<int>(0));
    CHECK(byId("IRQ2003").description.contains(QLatin1Char('\n')));
    CHECK(byId("IRQ2004").startDate().toIso() == QStringLiteral("2014-06-12"));
    CHECK(store->info().locations == 4);
}

TEST_CASE("Generic CSV: semicolons, BOM, CRLF, decimal commas, tabs, month-only dates", "[import]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    ImportReport r = importFile(*store, kFixtures + QStringLiteral("semicolon_bom_crlf.csv"));
    CHECK(r.format == QStringLiteral("csv"));
    CHECK(r.imported == 2);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 4);
    auto events = store->query({});
    CHECK(events[0].title == QStringLiteral("Mosul falls"));
    CHECK(events[0].lat == Approx(36.34));
    CHECK(events[1].title == QStringLiteral("Tikrit; taken"));

    r = importFile(*store, kFixtures + QStringLiteral("tabs.tsv"));
    CHECK(r.imported == 2);
    events = store->query({});
    REQUIRE(events.size() == 4);
    const auto erbil = std::find_if(events.begin(), events.end(), [](const Event& e) {
        return e.title == QLatin1String("Erbil");
    });
    REQUIRE(erbil != events.end());
    CHECK(erbil->precision == DatePrecision::Month);
    CHECK(erbil->startDate().display() == QStringLiteral("June 2014"));
}

TEST_CASE("GeoJSON import takes points and reports other geometries", "[import]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const ImportReport r = importFile(*store, kFixtures + QStringLiteral("events.geojson"));
    CHECK(r.format == QStringLiteral("geojson"));
    CHECK(r.imported == 2);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 10);
    CHECK(r.rejected[0].reason.contains(QStringLiteral("LineString")));
    const auto events = store->query({});
    CHECK(events[1].fatalities == std::optional<int>(3)); // Kirkuk (June 2014) sorts first
    CHECK(events[0].end.has_value());

    CHECK_THROWS_AS(importFile(*store, write(dir, "bad.geojson", "{\"type\": \"Feat")),
                    ImportError);
}

TEST_CASE("Malformed sources fail cleanly and change nothing", "[import]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const auto fails = [&](const QString& path) {
        CHECK_THROWS_AS(importFile(*store, path), ImportError);
        CHECK(store->info().events == 0);
    };
    fails(write(dir, "empty.csv", ""));
    QByteArray random;
    for (int i = 0; i < 65536; ++i)
        random.append(char((i * 2654435761u) >> 24));
    fails(write(dir, "random.csv", random));
    fails(
        write(dir, "quote.csv", "title,date,lat,lon\nA,2014-06-10,36,43\n\"B,2014-06-11,36,43\n"));
    fails(write(dir, "nodate.csv", "title,lat,lon\nA,36,43\n"));
    fails(dir.filePath(QStringLiteral("missing.csv")));

    const ImportReport bad = importFile(
        *store, write(dir, "bad.csv",
                      "title,date,lat,lon\nA,2014-02-30,36,43\nB,03/04/2014,36,43\nC,2014-06-10,"
                      "abc,43\nD,2014-06-10,36,43\n"));
    CHECK(bad.imported == 1);
    REQUIRE(bad.rejected.size() == 3);
    CHECK(bad.rejected[1].reason.contains(QStringLiteral("ambiguous")));

    const QByteArray longLine =
        "title,date,lat,lon\n\"" + QByteArray(2 * 1024 * 1024, 'z') + "\",2014-06-10,36,43\n";
    CHECK(importFile(*store, write(dir, "long.csv", longLine)).imported == 1);
}

TEST_CASE("UTF-16 with a BOM is read; Windows-1256 when named; other bytes are refused clearly",
          "[import]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString csv = QStringLiteral("title,date,lat,lon\nالموصل,2014-06-10,36.34,43.13\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : csv) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    REQUIRE(importFile(*store, write(dir, "utf16.csv", utf16)).imported == 1);
    CHECK(store->query({})[0].title == QStringLiteral("الموصل"));

    // "الموصل" in Windows-1256.
    const QByteArray arabic =
        "title,date,lat,lon\n\xC7\xE1\xE3\xE6\xD5\xE1,2014-06-11,36.34,43.13\n";
    const QString path = write(dir, "cp1256.csv", arabic);
    try {
        importFile(*store, path);
        FAIL("non-UTF-8 accepted without an encoding");
    } catch (const ImportError& e) {
        CHECK(e.message().contains(QStringLiteral("--encoding")));
    }
    REQUIRE(
        importFile(*store, path, QStringLiteral("auto"), QStringLiteral("windows-1256")).imported ==
        1);
    CHECK(store->query({})[1].title == QStringLiteral("الموصل"));
    CHECK_THROWS_AS(importFile(*store, path, QStringLiteral("auto"), QStringLiteral("klingon-8")),
                    ImportError);
}
