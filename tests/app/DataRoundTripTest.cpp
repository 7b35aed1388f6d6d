// export-data then import into a new project gives back every event, field for field.
#include "RunTigris.h"
#include "TestCatch.h"
#include "store/EventStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

namespace {
void sameEvents(const QString& original, const QString& copy)
{
    const auto a = EventStore::open(original, true)->query({});
    const auto b = EventStore::open(copy, true)->query({});
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO(a[i].title.toStdString());
        CHECK(b[i].externalId == a[i].externalId);
        CHECK(b[i].title == a[i].title);
        CHECK(b[i].description == a[i].description);
        CHECK(b[i].start == a[i].start);
        CHECK(b[i].end == a[i].end);
        CHECK(b[i].precision == a[i].precision);
        CHECK(b[i].approximate == a[i].approximate);
        CHECK(b[i].category == a[i].category);
        CHECK(b[i].subCategory == a[i].subCategory);
        CHECK(b[i].actors == a[i].actors);
        CHECK(b[i].tags == a[i].tags);
        CHECK(b[i].fatalities == a[i].fatalities);
        CHECK(b[i].locationName == a[i].locationName);
        CHECK(b[i].lat == Approx(a[i].lat).margin(1e-9));
        CHECK(b[i].lon == Approx(a[i].lon).margin(1e-9));
        CHECK(b[i].geoPrecision == a[i].geoPrecision);
        CHECK(b[i].sources == a[i].sources);
    }
}
} // namespace

TEST_CASE("CSV and GeoJSON exports round-trip every field", "[cli][export][roundtrip]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    for (const char* suffix : {"csv", "geojson"}) {
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
        sameEvents(project, copy);
    }
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readLine().startsWith("event_id_cnty,event_date,time_precision,event_type"));
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

TEST_CASE("KML export then import gives back the fields KML carries", "[cli][export][roundtrip]")
{
    // KML has no place for geo precision, the approximate flag, tags or a second source;
    // everything else comes back (positions to the 6 decimals written).
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString kml = dir.filePath(QStringLiteral("events.kml"));
    REQUIRE(runTigris({QStringLiteral("export-data"), project, kml}).code == 0);
    const QString copy = dir.filePath(QStringLiteral("copy-kml.tigris"));
    const TigrisRun i =
        runTigris({QStringLiteral("import"), copy, kml, QStringLiteral("--create")});
    INFO(i.out.toStdString() << i.err.toStdString());
    REQUIRE(i.code == 0);
    const auto a = EventStore::open(project, true)->query({});
    const auto b = EventStore::open(copy, true)->query({});
    std::size_t positioned = 0;
    for (const Event& e : a)
        positioned += e.hasCoordinate() ? 1 : 0;
    REQUIRE(b.size() == positioned);
    REQUIRE(positioned > 0);
    for (const Event& original : a) {
        if (!original.hasCoordinate()) continue;
        INFO(original.title.toStdString());
        const auto it = std::find_if(b.begin(), b.end(), [&](const Event& e) {
            return e.externalId == original.externalId && e.title == original.title;
        });
        REQUIRE(it != b.end());
        CHECK(it->description == original.description);
        CHECK(it->start == original.start);
        CHECK(it->end == original.end);
        CHECK(it->precision == original.precision);
        CHECK(it->category == original.category);
        CHECK(it->subCategory == original.subCategory);
        CHECK(it->actors == original.actors);
        CHECK(it->fatalities == original.fatalities);
        CHECK(it->locationName == original.locationName);
        CHECK(it->lat == Approx(original.lat).margin(1e-6));
        CHECK(it->lon == Approx(original.lon).margin(1e-6));
        if (!original.sources.isEmpty()) {
            REQUIRE(!it->sources.isEmpty());
            CHECK(it->sources.first().name == original.sources.first().name);
            CHECK(it->sources.first().url == original.sources.first().url);
        }
    }
    QFile f(kml);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.contains("<TimeStamp>")); // one-day events
    CHECK(bytes.contains("<TimeSpan>"));  // months and multi-day spans
}
