#include "GazetteerTestData.h"
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "geo/Gazetteer.h"
#include "io/PlaceResolver.h"
#include "model/Event.h"

#include <QJsonArray>

namespace {
const ImportReport::Placement* placementOn(const ImportReport& r, qint64 line)
{
    for (const auto& g : r.geocoded)
        if (g.line == line) return &g;
    return nullptr;
}

// The report and the store after a file whose line 2 names Falluja (placed, found by `by`)
// and line 3 Sinjar without a country (ambiguous, not placed).
void checkFallujaPlacedSinjarAmbiguous(const ImportReport& r, const EventStore& store,
                                       const QString& fallujaTitle, const char* by)
{
    REQUIRE(r.geocoded.size() == 1);
    CHECK(r.geocoded[0].line == 2);
    CHECK(r.geocoded[0].by == QString::fromLatin1(by));
    CHECK(r.geocoded[0].lat == Approx(33.34913));
    REQUIRE(r.ambiguous.size() == 1);
    CHECK(r.ambiguous[0].line == 3);
    const auto events = store.query({});
    const Event* falluja = findEvent(events, fallujaTitle);
    REQUIRE(falluja);
    CHECK(falluja->lon == Approx(43.78599));
}

const QByteArray kGtdHeader = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,"
                              "longitude,specificity,attacktype1_txt,gname,nkill,summary\n";
} // namespace

TEST_CASE("GTD rows without coordinates are placed from the gazetteer by city, provstate and "
          "country",
          "[import][gtd][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(
        dir, "gtd.csv",
        kGtdHeader + "1,2014,6,10,Iraq,Nineveh,Mosul,,,5,Bombing/Explosion,ISIL,3,a\n"  // 2
                     "2,2014,6,11,,,Sinjar,,,5,Armed Assault,ISIL,,b\n"                 // 3
                     "3,2014,6,12,Iraq,Nineveh,Unknown,,,5,Armed Assault,ISIL,,c\n"     // 4
                     "4,2014,6,13,Iraq,Al Anbar,Falluja,,,5,Armed Assault,ISIL,,d\n"    // 5
                     "5,2014,6,14,Iraq,Saladin,Tikrit,34.6,43.68,1,Armed Assault,,,e\n" // 6
                     "6,2014,6,15,Iraq,,Tigrisopolis,,,5,Armed Assault,,,f\n"           // 7
                     "7,2014,6,16,Iraq,,Tikrit,,43.68,1,Armed Assault,,,g\n");          // 8
    const ImportReport r = importFile(*store, path, QStringLiteral("gtd"));
    CHECK(rejections(r) == std::vector<std::pair<qint64, std::string>>{
                               {8, "no latitude"}}); // line 4: kept without a position
    const auto* mosul = placementOn(r, 2);
    REQUIRE(mosul);
    CHECK(mosul->source == QStringLiteral("gazetteer"));
    CHECK(mosul->by == QStringLiteral("name, country, admin1"));
    CHECK(mosul->lat == Approx(36.335).margin(0.01));
    const auto* falluja = placementOn(r, 5);
    REQUIRE(falluja);
    CHECK(falluja->lat == Approx(33.34913));
    CHECK_FALSE(placementOn(r, 6)); // its own coordinates
    CHECK_FALSE(placementOn(r, 7)); // unknown: imported without a position
    REQUIRE(r.ambiguous.size() == 1);
    CHECK(r.ambiguous[0].line == 3);
    CHECK(r.ambiguous[0].place == QStringLiteral("Sinjar"));
    REQUIRE(r.ambiguous[0].candidates.size() == 2);
    CHECK(r.ambiguous[0].candidates[0].country == QStringLiteral("Iraq")); // the larger first
    CHECK(r.warnings.join(QLatin1Char('|'))
              .contains(QStringLiteral("1 imported rows have no coordinates")));
}

TEST_CASE("GTD rows placed from the gazetteer are stored with their location",
          "[import][gtd][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path =
        writeSource(dir, "gtd.csv",
                    kGtdHeader + "1,2014,6,10,Iraq,Nineveh,Mosul,,,5,Bombing/Explosion,ISIL,3,a\n"
                                 "2,2014,6,11,,,Sinjar,,,5,Armed Assault,ISIL,,b\n");
    ImportOptions options;
    options.keepValid = false;
    const ImportReport r = importFile(*store, path, options);
    CHECK(r.imported == 2);
    const auto events = store->query({});
    const Event* mosul = findEvent(events, QStringLiteral("Bombing/Explosion in Mosul"));
    REQUIRE(mosul);
    CHECK(mosul->locationName == QStringLiteral("Mosul"));
    CHECK(mosul->lat == Approx(36.335).margin(0.01));
    const Event* sinjar = findEvent(events, QStringLiteral("Armed Assault in Sinjar"));
    REQUIRE(sinjar);
    CHECK_FALSE(sinjar->hasCoordinate());
}

TEST_CASE("UCDP rows without coordinates are placed by where_coordinates without its kind",
          "[import][ucdp][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(
        dir, "ged.csv",
        "id,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,country,latitude,"
        "longitude,date_prec,date_start,date_end,best\n"
        "1,1,Government of Iraq,IS,1,Tikrit town,Salah al-Din province,Iraq,,,1,2014-06-11,"
        "2014-06-11,4\n"
        "2,1,Government of Iraq,IS,1,Sinjar town,,,,,1,2014-06-12,2014-06-12,\n"
        "3,1,Government of Iraq,IS,1,,,Iraq,,,1,2014-06-13,2014-06-13,\n"
        "4,1,Government of Iraq,IS,1,Baghdad city,Baghdad province,Iraq,33.3,44.4,1,2014-06-14,"
        "2014-06-14,\n");
    const ImportReport r = importFile(*store, path);
    CHECK(r.format == QStringLiteral("ucdp"));
    CHECK(rejections(r).empty()); // line 4, with no place: kept without a position
    const auto* tikrit = placementOn(r, 2);
    REQUIRE(tikrit);
    CHECK(tikrit->place == QStringLiteral("Tikrit town"));
    CHECK(tikrit->by == QStringLiteral("name, country"));
    CHECK(tikrit->lat == Approx(34.6).margin(0.05));
    REQUIRE(r.ambiguous.size() == 1);
    CHECK(r.ambiguous[0].line == 3);
    CHECK_FALSE(placementOn(r, 5));
    const auto events = store->query({});
    const Event* e = findEvent(events, QStringLiteral("Government of Iraq vs IS in Tikrit town"));
    REQUIRE(e);
    CHECK(e->locationName == QStringLiteral("Tikrit town"));
    CHECK(e->lat == Approx(34.6).margin(0.05));
}

TEST_CASE("CSV rows naming a place in Arabic script are placed within their country",
          "[import][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(dir, "arabic.csv",
                                     "title,date,place,country\n"
                                     "a,2014-06-10,الموصل,Iraq\n"    // 2
                                     "b,2014-06-11,تكريت,IQ\n"       // 3
                                     "c,2014-06-12,بيجي,Iraq\n"      // 4: Bayji or Al Ba'aj
                                     "d,2014-06-13,كركوك,Iraq\n"     // 5
                                     "e,2014-06-14,الفلوجة,Iraq\n"   // 6
                                     "f,2014-06-15,بغداد,Iraq\n"     // 7
                                     "g,2014-06-16,الرمادي,Iraq\n"   // 8
                                     "h,2014-06-17,بغداد,\n"         // 9: no country, no skeleton
                                     "i,2014-06-18,لاہور,Pakistan\n" // 10: Urdu
                                     "j,2014-06-19,پیشاور,Pakistan\n"); // 11: Persian
    const ImportReport r = importFile(*store, path);
    CHECK(r.imported == 10);
    for (qint64 line : {2, 3, 5, 6, 7, 8}) {
        INFO(line);
        const auto* p = placementOn(r, line);
        REQUIRE(p);
        CHECK(p->by == QStringLiteral("skeleton, country"));
    }
    CHECK(placementOn(r, 2)->lat == Approx(36.335).margin(0.01));
    CHECK(placementOn(r, 7)->lat == Approx(33.34).margin(0.1));
    CHECK_FALSE(placementOn(r, 9));
    REQUIRE(placementOn(r, 10));
    CHECK(placementOn(r, 10)->lat == Approx(31.558).margin(0.05)); // Lahore
    // Ambiguous: Bayji and Al Ba'aj; Peshawar, Pasrur and a Basra (size unknown) in Pakistan,
    // all "bsr". Listed largest first, not placed.
    REQUIRE(r.ambiguous.size() == 2);
    CHECK(r.ambiguous[0].line == 4);
    CHECK(r.ambiguous[0].candidates[0].name == QString::fromUtf8("Bayjī"));
    CHECK(r.ambiguous[1].line == 11);
    REQUIRE(r.ambiguous[1].candidates.size() == 3);
    CHECK(r.ambiguous[1].candidates[0].name == QStringLiteral("Peshawar"));
    const auto events = store->query({});
    const Event* mosul = findEvent(events, QStringLiteral("a"));
    REQUIRE(mosul);
    CHECK(mosul->locationName == QString::fromUtf8("الموصل"));
}

TEST_CASE("A placement chosen by population lists the candidates passed over",
          "[import][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const Gazetteer g(gazetteerData({{"Baghdad", 0, 35.0, 42.0, 2'000},
                                     {"Baghdad", 0, 33.34, 44.40, 7'216'000},
                                     {"Hit", 0, 33.64, 42.83, 31'901},
                                     {"Hit", 0, 36.0, 44.0, 1'000}}));
    ImportReport report;
    {
        auto writer = store->beginWrite();
        PlaceResolver places(*writer, &g);
        for (const char* name : {"Baghdad", "Hit"}) {
            Event e;
            e.locationName = QString::fromLatin1(name);
            places.place(e, QStringLiteral("Iraq"), {}, 7, report);
        }
        places.finish(report);
    }
    REQUIRE(report.geocoded.size() == 1);
    const auto& baghdad = report.geocoded[0];
    CHECK(baghdad.by == QStringLiteral("name, country, population"));
    CHECK(baghdad.lat == Approx(33.34));
    REQUIRE(baghdad.over.size() == 1);
    CHECK(baghdad.over[0].population == 2'000);
    REQUIRE(report.ambiguous.size() == 1);
    CHECK(report.ambiguous[0].candidates[0].population == 31'901);
    CHECK(report.warnings.join(QLatin1Char('|'))
              .contains(QStringLiteral("1 imported rows were placed on the largest of several "
                                       "places of their name")));

    const QJsonObject json = report.toJson();
    const QJsonObject placed = json[QStringLiteral("geocoded")].toArray()[0].toObject();
    CHECK(placed[QStringLiteral("over")]
              .toArray()[0]
              .toObject()[QStringLiteral("population")]
              .toInt() == 2'000);
    const QJsonArray candidates = json[QStringLiteral("ambiguous")]
                                      .toArray()[0]
                                      .toObject()[QStringLiteral("candidates")]
                                      .toArray();
    CHECK(candidates[0].toObject()[QStringLiteral("population")].toInt() == 31'901);
    CHECK(candidates[1].toObject()[QStringLiteral("population")].toInt() == 1'000);
}

TEST_CASE("GeoJSON features without a geometry but with a place are placed by name",
          "[import][geojson][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString collection = writeSource(
        dir, "places.geojson",
        "{\"type\": \"FeatureCollection\", \"features\": [\n"
        "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"title\": \"a\", "
        "\"date\": \"2014-06-10\", \"place\": \"Falluja\", \"country\": \"Iraq\"}},\n"
        "{\"type\": \"Feature\", \"properties\": {\"title\": \"b\", \"date\": \"2014-06-11\", "
        "\"location\": \"Sinjar\"}},\n"
        "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"title\": \"c\", "
        "\"date\": \"2014\"}},\n"
        "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [44, 33]}, "
        "\"properties\": {\"title\": \"d\", \"date\": \"2014\", \"place\": \"Falluja\"}}\n"
        "]}\n");
    const ImportReport r = importFile(*store, collection);
    CHECK(r.imported == 4);
    CHECK(rejections(r).empty()); // "c", no geometry and no place: kept without a position
    checkFallujaPlacedSinjarAmbiguous(r, *store, QStringLiteral("a"), "name, country");
    const auto events = store->query({});
    const Event* d = findEvent(events, QStringLiteral("d"));
    REQUIRE(d);
    CHECK(d->lon == Approx(44.0)); // its own point, not looked up

    // The same through a newline-delimited sequence.
    QTemporaryDir dir2;
    auto store2 = newProject(dir2);
    const QString sequence = writeSource(
        dir, "places.geojsonl",
        "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"title\": \"a\", "
        "\"date\": \"2014-06-10\", \"place\": \"Falluja\", \"country\": \"IQ\"}}\n"
        "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"title\": \"b\", "
        "\"date\": \"2014-06-11\", \"place\": \"Tigrisopolis\"}}\n");
    const ImportReport s = importFile(*store2, sequence);
    CHECK(s.imported == 2);
    REQUIRE(s.geocoded.size() == 1);
    CHECK(s.geocoded[0].line == 1);
}

TEST_CASE("ACLED rows without coordinates are placed by location, admin1 and country",
          "[import][acled][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(
        dir, "acled.csv",
        "event_id_cnty,event_date,event_type,sub_event_type,location,admin1,country,latitude,"
        "longitude\n"
        "IRQ1,2014-06-10,Battles,Armed clash,Falluja,Al Anbar,Iraq,,\n" // 2: placed
        "IRQ2,2014-06-11,Battles,Armed clash,Sinjar,,,,\n"              // 3: ambiguous
        "IRQ3,2014-06-12,Battles,Armed clash,,Ninewa,Iraq,,\n"          // 4: nothing to look up
        "IRQ4,2014-06-13,Battles,Armed clash,Mosul,Ninewa,Iraq,36.34,43.13\n");
    const ImportReport r = importFile(*store, path);
    CHECK(r.format == QStringLiteral("acled"));
    CHECK(rejections(r).empty()); // line 4, with nothing to look up: kept without a position
    checkFallujaPlacedSinjarAmbiguous(r, *store, QStringLiteral("Armed clash in Falluja"),
                                      "name, country, admin1");
}
