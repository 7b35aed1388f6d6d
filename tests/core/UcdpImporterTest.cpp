#include "io/UcdpImporter.h"

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
} // namespace

TEST_CASE("UCDP GED: the Iraq excerpt, rows rejected by line and reason", "[import][ucdp]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("ucdp_ged_iraq_2014.csv"));
    CHECK(r.format == QStringLiteral("ucdp")); // sniffed from the header
    CHECK(r.imported == 7);
    CHECK(rejections(r) ==
          Rejections{{9, "date_start '2014-06-31' is not a date"},
                     {10, "latitude 95 out of range"},
                     {11, "date_prec '7' is not 1 to 5"},
                     {12, "where_prec '9' is not 1 to 7"},
                     {13, "type_of_violence '4' is not 1, 2 or 3"},
                     {14, "best: 'many' is not a count"},
                     {15, "date_end '2014-06-19' is not a date on or after date_start"},
                     {16, "12 columns, the header has 49"}});
    CHECK(store->info().events == 7);
    // Only stored rows add their place.
    QStringList names;
    for (const Location& l : store->locations())
        names << l.name;
    CHECK(names.contains(QStringLiteral("Mosul town")));
    CHECK_FALSE(names.contains(QStringLiteral("Samarra town")));
}

TEST_CASE("UCDP GED: sides, fatalities, sources, place and the title rule", "[import][ucdp]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("ucdp_ged_iraq_2014.csv"), QStringLiteral("ucdp"));
    const auto events = store->query({});

    const Event mosul = byId(events, "139501");
    CHECK(mosul.title == QStringLiteral("Government of Iraq vs IS in Mosul town"));
    CHECK(mosul.category == QStringLiteral("State-based conflict"));
    CHECK(mosul.actors == QStringList{QStringLiteral("Government of Iraq"), QStringLiteral("IS")});
    CHECK(mosul.fatalities == 25); // best
    CHECK(mosul.description.contains(QStringLiteral("Deaths: best 25 (low 20, high 40)")));
    CHECK(mosul.description.contains(
        QStringLiteral("Deaths by side: side A 19, side B 4, civilians 2, unknown 0")));
    CHECK(mosul.description.contains(QStringLiteral("Conflict: Iraq: Government")));
    CHECK(mosul.description.contains(
        QStringLiteral("Place: Mosul city, western bank of the Tigris")));
    REQUIRE(mosul.sources.size() == 2);
    CHECK(mosul.sources[0].name ==
          QStringLiteral("Agence France Presse,2014-06-10,Jihadists seize Iraq's Mosul"));
    CHECK(mosul.sources[1].name == QStringLiteral("Reuters,2014-06-10,Iraqi militants take Mosul"));
    CHECK(mosul.locationName == QStringLiteral("Mosul town"));
    CHECK(mosul.lat == Approx(36.335));
    CHECK(mosul.lon == Approx(43.118889));
    CHECK(mosul.geoPrecision == GeoPrecision::Exact);
    CHECK(mosul.startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK_FALSE(mosul.end.has_value());
    CHECK_FALSE(mosul.approximate);

    const Event speicher = byId(events, "139504");
    CHECK(speicher.title == QStringLiteral("IS against civilians in Camp Speicher"));
    CHECK(speicher.category == QStringLiteral("One-sided violence"));
    CHECK(speicher.fatalities == 770);
    CHECK(byId(events, "139505").category == QStringLiteral("Non-state conflict"));

    bool found = false;
    for (const Location& l : store->locations())
        if (l.name == QStringLiteral("Mosul town")) {
            found = true;
            CHECK(l.admin1 == QStringLiteral("Ninawa governorate"));
            CHECK(l.country == QStringLiteral("Iraq"));
        }
    CHECK(found);
}

TEST_CASE("UCDP GED: date_prec and where_prec become precisions", "[import][ucdp]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("ucdp_ged_iraq_2014.csv"));
    const auto events = store->query({});

    // "2014-06-11 00:00:00.000", date_prec 1: that day.
    const Event tikrit = byId(events, "139502");
    CHECK(tikrit.startDate().toIso() == QStringLiteral("2014-06-11"));
    CHECK(tikrit.precision == DatePrecision::Day);

    // date_prec 2 (a range of a few days): the range, approximate; where_prec 2: near.
    const Event baiji = byId(events, "139503");
    CHECK(baiji.approximate);
    CHECK(baiji.start == utcDay(2014, 6, 18));
    CHECK(baiji.end == utcDay(2014, 6, 20));
    CHECK(baiji.geoPrecision == GeoPrecision::Near);

    // date_prec 4 over 1-30 June: the month; where_prec 3 (district): near.
    const Event hawija = byId(events, "139505");
    CHECK(hawija.precision == DatePrecision::Month);
    CHECK(hawija.startDate().toIso() == QStringLiteral("2014-06"));
    CHECK_FALSE(hawija.end.has_value());
    CHECK_FALSE(hawija.approximate);
    CHECK(hawija.geoPrecision == GeoPrecision::Near);

    // date_prec 5 over the whole of 2014: the year; where_prec 4 (province): region.
    const Event anbar = byId(events, "139506");
    CHECK(anbar.precision == DatePrecision::Year);
    CHECK(anbar.startDate().toIso() == QStringLiteral("2014"));
    CHECK(anbar.geoPrecision == GeoPrecision::Region);

    // date_prec 4 across two months: the days of the range, approximate; where_prec 6: region.
    const Event iraq = byId(events, "139507");
    CHECK(iraq.precision == DatePrecision::Day);
    CHECK(iraq.approximate);
    CHECK(iraq.start == utcDay(2014, 6, 25));
    CHECK(iraq.end == utcDay(2014, 7, 10));
    CHECK(iraq.geoPrecision == GeoPrecision::Region);
}

TEST_CASE("UCDP GED: a file without the GED columns is refused as a whole", "[import][ucdp]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(dir, "not-ged.csv",
                                     "id,date,latitude,longitude\n"
                                     "1,2014-06-10,36.3,43.1\n");
    const ImportError e = importFailure(*store, path, QStringLiteral("ucdp"));
    CHECK(e.message().contains(QStringLiteral("not a UCDP GED export")));
    CHECK(e.line() == 1);
    CHECK(store->info().events == 0);
    CHECK(UcdpImporter::looksLikeUcdp("id,year,date_prec,date_start,where_prec,latitude"));
    CHECK_FALSE(UcdpImporter::looksLikeUcdp("event_id_cnty,event_date,latitude"));
}
