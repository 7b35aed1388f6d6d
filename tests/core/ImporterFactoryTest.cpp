#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/Importer.h"

namespace {
QString sniffed(const QByteArray& head, const char* fileName = "source.txt")
{
    const auto importer = makeImporter(QStringLiteral("auto"), QString::fromLatin1(fileName), head);
    return importer ? importer->format() : QStringLiteral("none");
}
} // namespace

TEST_CASE("makeImporter: names, and 'auto' sniffing from the first bytes", "[import]")
{
    for (const char* f : {"csv", "acled", "ucdp", "gtd", "gdelt", "geojson"})
        CHECK(importerFormats().contains(QLatin1String(f)));
    for (const QString& f : importerFormats())
        CHECK(makeImporter(f, QString(), QByteArray())->format() == f);
    CHECK(makeImporter(QStringLiteral("ACLED"), QString(), QByteArray())->format() ==
          QStringLiteral("acled"));
    CHECK_FALSE(makeImporter(QStringLiteral("xls"), QString(), QByteArray()));

    CHECK(sniffed("event_id_cnty,event_date,year\nIRQ1,2014-06-10,2014\n") ==
          QStringLiteral("acled"));
    CHECK(sniffed("\xEF\xBB\xBF"
                  "EVENT_DATE;SUB_EVENT_TYPE;ACTOR1;latitude\n") == QStringLiteral("acled"));
    CHECK(sniffed("  \n{\"type\": \"FeatureCollection\"") == QStringLiteral("geojson"));
    CHECK(sniffed("\xEF\xBB\xBF{\"type\": \"FeatureCollection\"") == QStringLiteral("geojson"));
    CHECK(sniffed("", "events.GeoJSON") == QStringLiteral("geojson"));
    CHECK(sniffed("title,event_date,lat,lon\n") == QStringLiteral("csv")); // no ACLED columns
    CHECK(sniffed("title;date\n") == QStringLiteral("csv"));
}

TEST_CASE("importFile: a named format is used even when the content looks otherwise", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // ACLED columns read by the generic CSV importer: its own title rule does not apply.
    const QString path = writeSource(dir, "a.csv",
                                     "event_id_cnty,event_date,latitude,longitude,notes\n"
                                     "IRQ1,2014-06-10,36.34,43.13,Clashes in Mosul\n");
    const ImportReport r = importFile(*store, path, QStringLiteral("csv"));
    CHECK(r.format == QStringLiteral("csv"));
    CHECK(store->query({})[0].title == QStringLiteral("Clashes in Mosul"));
    CHECK(importFailure(*store, path, QStringLiteral("xls")).message() ==
          QStringLiteral("unknown format 'xls'"));
}

TEST_CASE("importFile: UTF-16 with a BOM is read; Windows-1256 detected or named; unknown "
          "names refused",
          "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString csv = QStringLiteral("title,date,lat,lon\nالموصل,2014-06-10,36.34,43.13\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : csv) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    REQUIRE(importFile(*store, writeSource(dir, "utf16.csv", utf16)).imported == 1);
    CHECK(store->query({})[0].title == QStringLiteral("الموصل"));

    // "الموصل" in Windows-1256.
    const QByteArray arabic =
        "title,date,lat,lon\n\xC7\xE1\xE3\xE6\xD5\xE1,2014-06-11,36.34,43.13\n";
    const QString path = writeSource(dir, "cp1256.csv", arabic);
    const ImportReport detected = importFile(*store, path);
    CHECK(detected.encoding == QStringLiteral("windows-1256"));
    REQUIRE(detected.imported == 1);
    CHECK(store->query({})[1].title == QStringLiteral("الموصل"));
    REQUIRE(importAgain(*store, path, QStringLiteral("auto"), QStringLiteral("windows-1256"))
                .imported == 1);
    CHECK_THROWS_AS(importFile(*store, path, QStringLiteral("auto"), QStringLiteral("klingon-8")),
                    ImportError);
    CHECK(store->info().events == 3);
}
