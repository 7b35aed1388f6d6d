#include "io/GdeltImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

namespace {
using Rejections = std::vector<std::pair<qint64, std::string>>;

Event byId(const std::vector<Event>& events, const char* id)
{
    for (const auto& e : events)
        if (e.externalId == QLatin1String(id)) return e;
    FAIL("no event " << id);
    return {};
}

QByteArray fixtureBytes(const char* name)
{
    QFile f(importFixture(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("GDELT 1.0: 58 columns, rows rejected by line and reason", "[import][gdelt]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("gdelt1_iraq_2014.export.CSV"));
    CHECK(r.format == QStringLiteral("gdelt"));
    CHECK(r.imported == 4); // line 8, without an ActionGeo location: kept without a position
    CHECK(rejections(r) ==
          Rejections{{4, "SQLDATE '20140631' is not a YYYYMMDD date"},
                     {5, "ActionGeo: latitude 95 out of range"},
                     {6, "30 columns, not 58 as in the first row (GDELT 1.0)"},
                     {7, "EventRootCode '25' is not a CAMEO root code (01 to 20)"}});
    CHECK(r.warnings.contains(QStringLiteral("1 row(s) without an ActionGeo location imported "
                                             "without a position (timeline and list only)")));

    const auto events = store->query({});
    const Event mosul = byId(events, "305113216");
    CHECK(mosul.title == QStringLiteral("Fight: IRAQ – IRAQI in Mosul, Ninawa, Iraq"));
    CHECK(mosul.category == QStringLiteral("Fight"));
    CHECK(mosul.subCategory == QStringLiteral("CAMEO 190"));
    CHECK(mosul.actors == QStringList{QStringLiteral("IRAQ"), QStringLiteral("IRAQI")});
    CHECK(mosul.startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(mosul.lat == Approx(36.335));
    CHECK(mosul.lon == Approx(43.1189));
    CHECK(mosul.geoPrecision == GeoPrecision::Exact); // ActionGeo_Type 4, a world city
    CHECK(mosul.description == QStringLiteral("Mentions: 48 in 9 sources, 46 articles"));
    REQUIRE(mosul.sources.size() == 1);
    CHECK(mosul.sources[0].name == QStringLiteral("www.reuters.com"));
    CHECK(mosul.sources[0].url.startsWith(QStringLiteral("http://www.reuters.com/article/")));
    CHECK(mosul.locationName == QStringLiteral("Mosul, Ninawa, Iraq"));

    const Event kirkuk = byId(events, "305497118");
    CHECK(kirkuk.title == QStringLiteral("Exhibit force posture: KURDISTAN in Kirkuk, At Ta'mim, "
                                         "Iraq"));
    const Event un = byId(events, "305331777"); // ActionGeo_Type 1: the country only
    CHECK(un.geoPrecision == GeoPrecision::Region);
    CHECK(un.category == QStringLiteral("Appeal"));
}

TEST_CASE("GDELT 1.0 backfile rows (57 columns, no SOURCEURL) and GDELT 2.0 (61)",
          "[import][gdelt]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // The first two rows of the 1.0 fixture without their last column.
    QByteArray v1;
    for (const QByteArray& line : fixtureBytes("gdelt1_iraq_2014.export.CSV").split('\n').mid(0, 2))
        v1 += line.left(line.lastIndexOf('\t')) + '\n';
    const ImportReport r1 = importFile(*store, writeSource(dir, "2013.csv", v1));
    CHECK(r1.format == QStringLiteral("gdelt"));
    CHECK(r1.imported == 2);
    CHECK(r1.rejected.isEmpty());
    CHECK(store->query({})[0].sources.isEmpty());

    auto store2 = EventStore::create(dir.filePath(QStringLiteral("v2.tigris")));
    const ImportReport r2 = importFile(*store2, importFixture("gdelt2_iraq_2015.export.CSV"));
    CHECK(r2.format == QStringLiteral("gdelt"));
    CHECK(r2.imported == 2);
    CHECK(rejections(r2) == Rejections{{3, "58 columns, not 61 as in the first row (GDELT 2.0)"}});
    const auto events = store2->query({});
    const Event tikrit = byId(events, "410479387");
    CHECK(tikrit.lat == Approx(34.6)); // ActionGeo_Lat after the 2.0 ADM2 column
    CHECK(tikrit.lon == Approx(43.6833));
    CHECK(tikrit.locationName == QStringLiteral("Tikrit, Salah ad Din, Iraq"));
    CHECK(tikrit.sources.value(0).url.contains(QStringLiteral("aljazeera.com")));
    const Event ramadi = byId(events, "436718212");
    CHECK(ramadi.category == QStringLiteral("Assault"));
    CHECK(ramadi.subCategory == QStringLiteral("CAMEO 1831"));
}

TEST_CASE("GDELT: detection by column count and date; a CSV forced as GDELT is refused",
          "[import][gdelt]")
{
    const QByteArray first = fixtureBytes("gdelt1_iraq_2014.export.CSV").split('\n')[0];
    CHECK(GdeltImporter::looksLikeGdelt(first));
    QByteArray badDate = first;
    badDate.replace("\t20140610\t", "\t2014-06-10\t");
    CHECK_FALSE(GdeltImporter::looksLikeGdelt(badDate));
    CHECK_FALSE(GdeltImporter::looksLikeGdelt("a\tb\tc"));
    CHECK(GdeltImporter::cameoRootName(QStringLiteral("20")) ==
          QStringLiteral("Use unconventional mass violence"));
    CHECK(GdeltImporter::cameoRootName(QStringLiteral("01")) ==
          QStringLiteral("Make public statement"));
    CHECK(GdeltImporter::cameoRootName(QStringLiteral("21")).isEmpty());

    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError e =
        importFailure(*store, importFixture("ucdp_ged_iraq_2014.csv"), QStringLiteral("gdelt"));
    CHECK(
        e.message().contains(QStringLiteral("not a GDELT event export: 1 tab-separated columns")));
    CHECK(e.line() == 1);
    CHECK(store->info().events == 0);
}

TEST_CASE("GDELT: a line over 1 MB refuses the file, nothing written", "[import][gdelt]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray first = fixtureBytes("gdelt1_iraq_2014.export.CSV").split('\n')[0];
    const QString path =
        writeSource(dir, "long.export.CSV", first + '\n' + QByteArray(2 * 1024 * 1024, 'x'));
    const ImportError e = importFailure(*store, path);
    CHECK(e.message().contains(QStringLiteral("a line over 1 MB")));
    CHECK(e.line() == 2);
    CHECK(store->info().events == 0);
}
