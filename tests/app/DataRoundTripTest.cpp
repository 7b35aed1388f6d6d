// export-data then import into a new project gives back every event, field for field.
#include "EventCompare.h"
#include "RunTigris.h"
#include "TestCatch.h"
#include "store/EventStore.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <set>

namespace {
void sameEvents(const QString& original, const QString& copy)
{
    const auto a = EventStore::open(original, true)->query({});
    const auto b = EventStore::open(copy, true)->query({});
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        checkSameEvent(b[i], a[i]);
}

// Events without a position, as an import leaves them: a place the gazetteer knows but that was
// not placed (Mosul), one it does not know, and none at all (a TimelineJS slide).
void addUnplaced(const QString& project)
{
    const auto store = EventStore::open(project);
    auto w = store->beginWrite();
    for (const char* place : {"Mosul", "Qaryat al-Nowhere", ""}) {
        Event e;
        e.externalId = QStringLiteral("unplaced-") + QLatin1String(place);
        e.title = QStringLiteral("Unplaced at '%1'").arg(QLatin1String(place));
        e.start = 1402358400; // 2014-06-10
        e.precision = DatePrecision::Month;
        e.start = floorTo(e.start, e.precision);
        e.locationName = QLatin1String(place);
        e.category = QStringLiteral("Reports");
        e.actors = QStringList{QStringLiteral("UNHCR")};
        e.sources = {Source{QStringLiteral("UNHCR"), QStringLiteral("https://unhcr.org/"), {}}};
        w->addEvent(e);
    }
    w->commit();
}
} // namespace

TEST_CASE("CSV, GeoJSON and KML exports round-trip every field", "[cli][export][roundtrip]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    addUnplaced(project); // exported and imported back unplaced, not looked up
    std::vector<const char*> suffixes{"csv", "geojson", "kml"};
#ifdef TIGRIS_HAVE_GDAL
    suffixes.push_back("gpkg"); // GeoPackageExport, read back by OgrImporter
#endif
    for (const char* suffix : suffixes) {
        INFO(suffix);
        const QString out = dir.filePath(QStringLiteral("events.") + QLatin1String(suffix));
        const TigrisRun e = runTigris({QStringLiteral("export-data"), project, out});
        INFO(e.err.toStdString());
        REQUIRE(e.code == 0);
        const QString copy = dir.filePath(QStringLiteral("copy-") + QLatin1String(suffix) +
                                          QStringLiteral(".tigris"));
        const TigrisRun i =
            runTigris({QStringLiteral("import"), copy, out, QStringLiteral("--create")});
        INFO(i.out.toStdString() << i.err.toStdString());
        REQUIRE(i.code == 0);
        CHECK_FALSE(i.out.contains("\"line\""));
        CHECK_FALSE(i.out.contains("\"Mosul\""));
        sameEvents(project, copy);
    }
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readLine().startsWith("event_id_cnty,event_date,time_precision,event_type"));
    QFile kml(dir.filePath(QStringLiteral("events.kml")));
    REQUIRE(kml.open(QIODevice::ReadOnly));
    const QByteArray bytes = kml.readAll();
    CHECK(bytes.count("<Placemark>") == bytes.count("<Point>") + 3); // the unplaced, no geometry
    CHECK(bytes.count("<Data name=\"tigris:position\">") == 3);
}

TEST_CASE("KML export carries time spans for Google Earth; filters apply", "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString kml = dir.filePath(QStringLiteral("june.kml"));
    const TigrisRun r =
        runTigris({QStringLiteral("export-data"), project, kml, QStringLiteral("--from"),
                   QStringLiteral("2014-06"), QStringLiteral("--to"), QStringLiteral("2014-06")});
    REQUIRE(r.code == 0);
    QFile f(kml);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.contains("<TimeSpan>"));
    CHECK(bytes.contains("<name>Fall of Mosul</name>"));
    CHECK_FALSE(bytes.contains("Abu Ghraib prison break")); // July 2013: outside the filter
    CHECK(
        runTigris({QStringLiteral("export-data"), project, dir.filePath(QStringLiteral("x.xlsx"))})
            .code == 2);
}

TEST_CASE("KML export: one-day events as TimeStamp, others as TimeSpan; Tigris's fields in "
          "ExtendedData, in the schema's order",
          "[cli][export][roundtrip]")
{
    // The round trip itself is in the test above; here, that the file is KML other tools read.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString kml = dir.filePath(QStringLiteral("events.kml"));
    REQUIRE(runTigris({QStringLiteral("export-data"), project, kml}).code == 0);
    QFile f(kml);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader r(&f);
    QStringList children; // the children of the Placemark being read
    QSet<QString> names;  // every Data name
    int placemarks = 0, depth = 0, placemarkDepth = -1;
    std::set<QString> orders; // each Placemark's children, joined
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            CHECK(r.namespaceUri() == QStringLiteral("http://www.opengis.net/kml/2.2"));
            if (r.name() == QStringLiteral("Placemark")) {
                placemarkDepth = depth;
                children.clear();
                ++placemarks;
            } else if (depth == placemarkDepth + 1) {
                children << r.name().toString();
            }
            if (r.name() == QStringLiteral("Data"))
                names << r.attributes().value(QStringLiteral("name")).toString();
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == placemarkDepth) orders.insert(children.join(QLatin1Char(' ')));
            --depth;
        }
    }
    REQUIRE_FALSE(r.hasError());
    CHECK(placemarks == 53);
    // KML 2.2's Feature order: name, description, a TimePrimitive, ExtendedData, the geometry.
    CHECK(orders ==
          std::set<QString>{QStringLiteral("name description TimeStamp ExtendedData Point"),
                            QStringLiteral("name description TimeSpan ExtendedData Point")});
    for (const char* name : {"precision", "external_id", "category", "tigris:geo_precision",
                             "tigris:approximate", "tigris:tags", "tigris:sources"})
        CHECK(names.contains(QLatin1String(name)));
}
