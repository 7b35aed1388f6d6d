#include "ImportTestSupport.h"
#include "TestCatch.h"

#include <QJsonArray>

namespace {
const ImportReport::Placement* placementOn(const ImportReport& r, qint64 line)
{
    for (const auto& g : r.geocoded)
        if (g.line == line) return &g;
    return nullptr;
}
} // namespace

TEST_CASE("Import geocoding: place-only rows are placed from the project, then the gazetteer",
          "[import][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    importFile(*store, importFixture("acled_iraq_2014.csv")); // adds Mosul at 36.3350, 43.1189
    const std::size_t locationsBefore = store->locations().size();
    const ImportReport r =
        importFile(*store, writeSource(dir, "places.csv",
                                       "title,date,place,country,admin1,lat,lon\n"
                                       "In Mosul,2015-01-01,Mosul,,,,\n"            // 2: project
                                       "Siege,2015-01-02,Falluja,Iraq,Al Anbar,,\n" // 3: unique
                                       "Again,2015-01-03,Falluja,Iraq,Al Anbar,,\n" // 4: cached
                                       "Syrian,2015-01-04,Sinjar,SY,,,\n"           // 5: country
                                       "Which?,2015-01-05,Sinjar,,,,\n"             // 6: ambiguous
                                       "Hama,2015-01-06,Suran,Syria,Hama,,\n"       // 7: admin1
                                       "Lost,2015-01-07,Tigrisopolis,,,,\n"         // 8: unknown
                                       "Own,2015-01-08,Falluja,,,33.0,44.0\n"));    // 9: has lat
    CHECK(r.imported == 8);
    CHECK(r.rejected.isEmpty());

    const auto* mosul = placementOn(r, 2);
    REQUIRE(mosul);
    CHECK(mosul->source == QStringLiteral("project"));
    CHECK(mosul->lat == Approx(36.3350));
    CHECK(mosul->lon == Approx(43.1189));

    const auto* falluja = placementOn(r, 3);
    REQUIRE(falluja);
    CHECK(falluja->source == QStringLiteral("gazetteer"));
    CHECK(falluja->place == QStringLiteral("Falluja"));
    CHECK(falluja->by == QStringLiteral("name, country, admin1"));
    CHECK(falluja->lat == Approx(33.34913));
    REQUIRE(placementOn(r, 4));
    CHECK(placementOn(r, 4)->locationId == falluja->locationId);

    REQUIRE(placementOn(r, 5));
    CHECK(placementOn(r, 5)->lat == Approx(35.59011));
    REQUIRE(placementOn(r, 7));
    CHECK(placementOn(r, 7)->lat == Approx(35.29193));
    CHECK_FALSE(placementOn(r, 6));
    CHECK_FALSE(placementOn(r, 8));
    CHECK_FALSE(placementOn(r, 9));
    CHECK(r.geocoded.size() == 5);

    REQUIRE(r.ambiguous.size() == 1);
    CHECK(r.ambiguous[0].line == 6);
    CHECK(r.ambiguous[0].place == QStringLiteral("Sinjar"));
    REQUIRE(r.ambiguous[0].candidates.size() == 2);
    QStringList countries{r.ambiguous[0].candidates[0].country,
                          r.ambiguous[0].candidates[1].country};
    countries.sort();
    CHECK(countries == QStringList{QStringLiteral("Iraq"), QStringLiteral("Syria")});
    CHECK(r.warnings.size() == 2);
    CHECK(r.warnings.join(QLatin1Char('|'))
              .contains(QStringLiteral("1 imported rows name a place "
                                       "with several candidates")));

    // Falluja, Sinjar (Syria) and Suran were added once each; Mosul was reused.
    const auto locations = store->locations();
    CHECK(locations.size() == locationsBefore + 3);
    const auto events = store->query({});
    const Event* siege = findEvent(events, QStringLiteral("Siege"));
    REQUIRE(siege);
    CHECK(siege->locationName == QStringLiteral("Falluja"));
    CHECK(siege->lat == Approx(33.34913));
    CHECK(siege->lon == Approx(43.78599));
    const Event* which = findEvent(events, QStringLiteral("Which?"));
    REQUIRE(which);
    CHECK(which->locationName == QStringLiteral("Sinjar"));
    CHECK_FALSE(which->locationId.has_value());
    CHECK_FALSE(which->hasCoordinate());
    const Event* own = findEvent(events, QStringLiteral("Own"));
    REQUIRE(own);
    CHECK(own->lat == Approx(33.0));

    const QJsonObject json = r.toJson();
    CHECK(json.value(QStringLiteral("geocoded")).toArray().size() == 5);
    const QJsonObject first = json.value(QStringLiteral("geocoded")).toArray()[0].toObject();
    CHECK(first.value(QStringLiteral("line")).toInt() == 2);
    CHECK(first.value(QStringLiteral("source")).toString() == QStringLiteral("project"));
    CHECK(first.value(QStringLiteral("lat")).toDouble() == Approx(36.3350));
    const QJsonObject amb = json.value(QStringLiteral("ambiguous")).toArray()[0].toObject();
    CHECK(amb.value(QStringLiteral("candidates")).toArray().size() == 2);
}
