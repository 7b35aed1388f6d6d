#include "io/AcledImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"

namespace {
using Rejections = std::vector<std::pair<qint64, std::string>>;

Event byExternalId(const std::vector<Event>& events, const char* id)
{
    for (const auto& e : events)
        if (e.externalId == QLatin1String(id)) return e;
    FAIL("no event " << id);
    return {};
}

const QString kIsil = QStringLiteral("Islamic State of Iraq and the Levant (ISIL)");
} // namespace

TEST_CASE("ACLED: the Iraq excerpt, rows rejected by line and reason", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("acled_iraq_2014.csv"));
    CHECK(r.format == QStringLiteral("acled")); // sniffed from the header
    CHECK(r.imported == 6);
    // Baiji's notes span lines 4-5, so the bad rows start on line 9.
    CHECK(rejections(r) == Rejections{{9, "latitude 95 out of range"},
                                      {10, "time_precision '4' is not 1, 2 or 3"},
                                      {11, "event_date: '13 Juin 2014' is not a date"},
                                      {12, "geo_precision '5' is not 1, 2 or 3"},
                                      {13, "fatalities: 'many' is not a count"}});
    CHECK(store->info().events == 6);
}

TEST_CASE("ACLED: fields, precisions, actors, sources and the title rule", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("acled_iraq_2014.csv"), QStringLiteral("acled"));
    const auto events = store->query({});
    REQUIRE(events.size() == 6);

    const Event mosul = byExternalId(events, "IRQ2001");
    CHECK(mosul.title == QStringLiteral("Non-state actor overtakes territory in Mosul"));
    CHECK(mosul.startDate().toIso() == QStringLiteral("2014-06-10")); // "10 June 2014"
    CHECK_FALSE(mosul.approximate);
    CHECK(mosul.category == QStringLiteral("Battles"));
    CHECK(mosul.subCategory == QStringLiteral("Non-state actor overtakes territory"));
    CHECK(mosul.actors ==
          QStringList{kIsil, QStringLiteral("Military Forces of Iraq (2006-2014)")});
    CHECK_FALSE(mosul.fatalities.has_value()); // empty: unknown
    CHECK(mosul.geoPrecision == GeoPrecision::Exact);
    CHECK(mosul.lat == Approx(36.3350));
    CHECK(mosul.lon == Approx(43.1189));
    CHECK(mosul.locationName == QStringLiteral("Mosul"));
    CHECK(mosul.description.startsWith(QStringLiteral("On 10 June 2014, ISIL fighters seized")));
    REQUIRE(mosul.sources.size() == 2); // "New York Times; Reuters"
    CHECK(mosul.sources[0].name == QStringLiteral("New York Times"));
    CHECK(mosul.sources[1].name == QStringLiteral("Reuters"));

    const Event tikrit = byExternalId(events, "IRQ2002");
    // actor1 and actor2 first, then the associated actors.
    CHECK(tikrit.actors == QStringList{kIsil, QStringLiteral("Police Forces of Iraq (2006-2014)"),
                                       QStringLiteral("Naqshbandi Army")});
    CHECK(tikrit.fatalities == std::optional<int>(12));
    CHECK(tikrit.geoPrecision == GeoPrecision::Near); // geo_precision 2
    CHECK(tikrit.description == QStringLiteral("Tikrit taken; police \"surrendered after a "
                                               "phone call\"."));

    // time_precision 3: only the month is known, whatever day the export carries.
    const Event baiji = byExternalId(events, "IRQ2003");
    CHECK(baiji.precision == DatePrecision::Month);
    CHECK(baiji.startDate().display() == QStringLiteral("June 2014"));
    CHECK(baiji.spanEnd() == utcDay(2014, 7, 1));
    CHECK(baiji.fatalities == std::optional<int>(0));
    CHECK(baiji.description.contains(QLatin1Char('\n')));
    CHECK(baiji.title == QStringLiteral("Air/drone strike in Baiji"));

    // time_precision 2: within the week: the day is kept, marked approximate.
    const Event kirkuk = byExternalId(events, "IRQ2004");
    CHECK(kirkuk.precision == DatePrecision::Day);
    CHECK(kirkuk.approximate);
    CHECK(kirkuk.startDate().toIso() == QStringLiteral("2014-06-12"));
    CHECK(kirkuk.actors == QStringList{QStringLiteral("Military Forces of Iraq (2014-) Peshmerga"),
                                       QStringLiteral("Kurdish Regional Government")});

    const Event samarra = byExternalId(events, "IRQ2005"); // ISO event_date
    CHECK(samarra.startDate().toIso() == QStringLiteral("2014-06-05"));
    CHECK(samarra.geoPrecision == GeoPrecision::Region);
}

TEST_CASE("ACLED: one location per place, reused by later imports", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("acled_iraq_2014.csv"));
    auto locations = store->locations();
    // Mosul is named twice; the rejected Kirkuk rows add nothing.
    REQUIRE(locations.size() == 5);
    const auto mosul = std::find_if(locations.begin(), locations.end(), [](const Location& l) {
        return l.name == QLatin1String("Mosul");
    });
    REQUIRE(mosul != locations.end());
    CHECK(mosul->admin1 == QStringLiteral("Ninewa"));
    CHECK(mosul->country == QStringLiteral("Iraq"));
    CHECK(mosul->lat == Approx(36.3350));
    const auto events = store->query({});
    CHECK(byExternalId(events, "IRQ2001").locationId == byExternalId(events, "IRQ2006").locationId);

    importAgain(*store, importFixture("acled_iraq_2014.csv"));
    CHECK(store->info().events == 12);
    CHECK(store->locations().size() == 5);
}

TEST_CASE("ACLED: a rejected row at a new place adds no location", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r =
        importFile(*store, writeSource(dir, "places.csv",
                                       "event_id_cnty,event_date,location,country,latitude,"
                                       "longitude,sub_event_type\n"
                                       "X1,2014-06-10,Mosul,Iraq,36.34,43.13,Armed clash\n"
                                       "X2,2014-06-10,Nowhere,Iraq,36.34,43.13,"
                                       "Armed clash\n"
                                       "X3,2014-06-10,Elsewhere,Iraq,36.34,430,Armed clash\n"));
    CHECK(r.imported == 2);
    CHECK(rejections(r) == Rejections{{4, "longitude 430 out of range"}});
    CHECK(store->locations().size() == 2);
}

TEST_CASE("ACLED: columns in any order, extra columns, ';' with decimal commas", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(
        *store,
        writeSource(dir, "shuffled.csv",
                    "NOTES;longitude;iso;LATITUDE;sub_event_type;event_date;location;"
                    "event_type;time_precision;event_id_cnty;source;actor2\n"
                    "Clashes;43,6782;368;34,6071;Armed clash;11-06-2014;Tikrit;Battles;1;"
                    "IRQ9;Reuters;ISIL\n"),
        QStringLiteral("acled"));
    CHECK(r.imported == 1);
    CHECK(r.rejected.isEmpty());
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    const Event& e = events[0];
    CHECK(e.externalId == QStringLiteral("IRQ9"));
    CHECK(e.title == QStringLiteral("Armed clash in Tikrit"));
    CHECK(e.startDate().toIso() == QStringLiteral("2014-06-11")); // ACLED's dd-mm-yyyy
    CHECK(e.lat == Approx(34.6071));
    CHECK(e.lon == Approx(43.6782));
    CHECK(e.description == QStringLiteral("Clashes"));
    CHECK(e.actors == QStringList{QStringLiteral("ISIL")});
}

TEST_CASE("ACLED: a header without event_date or coordinates is refused", "[import]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError e = importFailure(
        *store, writeSource(dir, "notacled.csv", "title,date,lat,lon\nA,2014,36,43\n"),
        QStringLiteral("acled"));
    CHECK(e.message().contains(QStringLiteral("not an ACLED export")));
    CHECK(e.line() == 1);
    CHECK(store->info().events == 0);
}
