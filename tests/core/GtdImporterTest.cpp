#include "io/GtdImporter.h"

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

const QString kIsil = QStringLiteral("Islamic State of Iraq and the Levant (ISIL)");
} // namespace

TEST_CASE("GTD: a Windows-1252 CSV, detected, rows rejected by line and reason", "[import][gtd]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("gtd_iraq_2014_cp1252.csv"));
    CHECK(r.format == QStringLiteral("gtd"));
    CHECK(r.encoding == QStringLiteral("windows-1252"));
    CHECK(r.imported == 5);
    CHECK(rejections(r) == Rejections{{7, "iyear/imonth/iday '2014/6/31' is not a date"},
                                      {8, "latitude 95 out of range"},
                                      {9, "nkill: '-3' is not a count"},
                                      {10, "specificity '9' is not 1 to 5"},
                                      {11, "9 columns, the header has 38"},
                                      {12, "resolution '6/19/2014' is before the start"}});
    CHECK(store->info().events == 5);
}

TEST_CASE("GTD: text from Windows-1252, groups, sources, nkill and the title rule", "[import][gtd]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("gtd_iraq_2014_cp1252.csv"), QStringLiteral("gtd"));
    const auto events = store->query({});

    const Event mosul = byId(events, "201406100001");
    CHECK(mosul.title == QStringLiteral("Armed Assault in Mosul"));
    CHECK(mosul.category == QStringLiteral("Armed Assault"));
    CHECK(mosul.actors == QStringList{kIsil});
    CHECK_FALSE(mosul.fatalities.has_value()); // nkill empty: unknown, not 0
    CHECK(mosul.description.contains(QStringLiteral("the Café Nour checkpoint")));
    REQUIRE(mosul.sources.size() == 2);
    CHECK(mosul.sources[0].name ==
          QStringLiteral("“Militants seize Iraq’s second city,” The Guardian, June 10, 2014."));
    CHECK(mosul.startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(mosul.geoPrecision == GeoPrecision::Exact);
    CHECK(mosul.locationName == QStringLiteral("Mosul"));

    // gname "Unknown" is no actor; "5.0" from a spreadsheet is 5.
    const Event market = byId(events, "201406000001");
    CHECK(market.actors.isEmpty());
    CHECK(market.fatalities == 5);
    CHECK(market.title == QStringLiteral("Bombing/Explosion in Baghdad"));

    // city "Unknown": the province names the title and no location is made; nkill 0 is known.
    const Event anbar = byId(events, "201400000002");
    CHECK(anbar.title == QStringLiteral("Bombing/Explosion in Al Anbar"));
    CHECK_FALSE(anbar.locationId.has_value());
    CHECK(anbar.fatalities == 0);

    const Event baiji = byId(events, "201406230002");
    CHECK(baiji.actors == QStringList{kIsil, QStringLiteral("Naqshbandi Army")});
}

TEST_CASE("GTD: iday/imonth 0, approxdate, extended and resolution, specificity", "[import][gtd]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("gtd_iraq_2014_cp1252.csv"));
    const auto events = store->query({});

    const Event market = byId(events, "201406000001"); // iday 0
    CHECK(market.precision == DatePrecision::Month);
    CHECK(market.startDate().toIso() == QStringLiteral("2014-06"));

    const Event anbar = byId(events, "201400000002"); // imonth 0, iday 0; specificity 4
    CHECK(anbar.precision == DatePrecision::Year);
    CHECK(anbar.startDate().toIso() == QStringLiteral("2014"));
    CHECK(anbar.geoPrecision == GeoPrecision::Region);

    // approxdate: approximate, and kept in the description; extended 1 with resolution
    // 6/14/2014 (month first): a span.
    const Event speicher = byId(events, "201406120003");
    CHECK(speicher.approximate);
    CHECK(speicher.description.contains(QStringLiteral("Approximate date: June 12-14, 2014")));
    CHECK(speicher.start == utcDay(2014, 6, 12));
    CHECK(speicher.end == utcDay(2014, 6, 14));
    CHECK(speicher.fatalities == 1566);

    // extended 1 without resolution: no end, and the description says so; specificity 2.
    const Event baiji = byId(events, "201406230002");
    CHECK_FALSE(baiji.end.has_value());
    CHECK(baiji.description.contains(QStringLiteral("end date unknown")));
    CHECK(baiji.geoPrecision == GeoPrecision::Near);
    CHECK_FALSE(baiji.approximate);
}

TEST_CASE("GTD: sniffed from eventid, iyear, imonth, iday; refused without them", "[import][gtd]")
{
    CHECK(GtdImporter::looksLikeGtd("eventid,iyear,imonth,iday,approxdate"));
    CHECK_FALSE(GtdImporter::looksLikeGtd("eventid,date,latitude"));
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path =
        writeSource(dir, "x.csv", "eventid,date,latitude,longitude\n1,2014-06-10,36.3,43.1\n");
    const ImportError e = importFailure(*store, path, QStringLiteral("gtd"));
    CHECK(e.message().contains(QStringLiteral("not a GTD export")));
    CHECK(store->info().events == 0);
}
