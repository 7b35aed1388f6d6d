// The store's behaviour, the same for a project file and a server project: each case runs
// against both (StoreBackends.h), and the server's answers are compared with the file's for
// the same imports.
#include "StoreBackends.h"

#include "EventCompare.h"
#include "TitlesMatching.h"
#include "geo/GeoBox.h"
#include "io/Importer.h"
#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/PgSchema.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace {

qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString fixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name);
}

Event mosulFalls(qint64 locationId)
{
    Event e;
    e.externalId = QStringLiteral("IRQ1");
    e.title = QStringLiteral("ISIS seizes Mosul");
    e.description = QStringLiteral("Airport, TV stations and the governor's office taken.");
    e.start = day(2014, 6, 10);
    e.end = day(2014, 6, 12);
    e.category = QStringLiteral("Battles");
    e.subCategory = QStringLiteral("Non-state actor overtakes territory");
    e.actors = {QStringLiteral("ISIS"), QStringLiteral("Iraqi Security Forces")};
    e.tags = {QStringLiteral("offensive")};
    e.fatalities = 0; // known zero: distinct from unknown
    e.locationId = locationId;
    e.locationName = QStringLiteral("Mosul");
    e.lat = 36.34; // the location's, as read back
    e.lon = 43.13;
    e.geoPrecision = GeoPrecision::Near;
    e.attributes = {{QStringLiteral("admin2"), QStringLiteral("Mosul")}};
    e.sources = {Source{QStringLiteral("The New York Times"), QStringLiteral("https://nytimes.com"),
                        QStringLiteral("This is an order")},
                 Source{QStringLiteral("Seed article"), {}, {}}};
    return e;
}

Event titled(const QString& title, double lat = 36.34, double lon = 43.13)
{
    Event e;
    e.title = title;
    e.start = day(2014, 6, 10);
    e.lat = lat;
    e.lon = lon;
    return e;
}

ImportReport importInto(EventStore& store, const QString& source, bool keepValid = false)
{
    ImportOptions options;
    options.keepValid = keepValid;
    options.ifExists = IfExists::Add;
    return importFile(store, source, options);
}

std::vector<qint64> ids(const std::vector<Event>& events)
{
    std::vector<qint64> out;
    for (const Event& e : events)
        out.push_back(e.id);
    return out;
}

std::vector<qint64> streamedIds(const EventStore& store, const EventQuery& q)
{
    std::vector<qint64> out;
    store.forEachMatch(q, [&](const EventRecord& r) { out.push_back(r.id); });
    return out;
}

template <typename T> bool sameDoubles(const std::vector<T>& a, const std::vector<T>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
    return true;
}

} // namespace

TEST_CASE("Both stores round-trip an event with its location, sources and attributes",
          "[store][pg]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    qint64 id = 0;
    {
        auto store = project.create();
        auto w = store->beginWrite();
        Location mosul;
        mosul.name = QStringLiteral("Mosul");
        mosul.altNames = {QStringLiteral("Al-Mawsil"), QStringLiteral("الموصل")};
        mosul.lat = 36.34;
        mosul.lon = 43.13;
        mosul.kind = QStringLiteral("city");
        mosul.country = QStringLiteral("Iraq");
        const qint64 loc = w->addLocation(mosul);
        CHECK(w->findLocation(QStringLiteral("Mosul"), QStringLiteral("Iraq")) == loc);
        CHECK(w->findLocation(QStringLiteral("Mosul"), QStringLiteral("Syria")) == 0);
        id = w->addEvent(mosulFalls(loc));
        Event unknown = titled(QStringLiteral("Badush prison emptied"), 36.40, 43.00);
        unknown.start = day(2014, 6, 1);
        unknown.precision = DatePrecision::Month;
        unknown.approximate = true;
        unknown.openEnd = true;
        w->addEvent(unknown);
        Event nowhere = titled(QStringLiteral("Somewhere in Anbar"), std::nan(""), std::nan(""));
        nowhere.locationName = QStringLiteral("Anbar");
        w->addEvent(nowhere);
        w->commit();
    }
    auto store = project.open();
    const auto e = store->event(id);
    REQUIRE(e);
    checkSameEvent(*e, mosulFalls(*e->locationId));
    CHECK(store->locations().at(0).altNames.contains(QStringLiteral("الموصل")));
    CHECK(store->locations().at(0).country == QStringLiteral("Iraq"));

    const auto all = store->query({});
    REQUIRE(all.size() == 3);
    CHECK(all[0].approximate);
    CHECK(all[0].openEnd);
    CHECK_FALSE(all[0].fatalities.has_value());
    CHECK(all[2].locationName == QStringLiteral("Anbar"));
    CHECK_FALSE(all[2].hasCoordinate());

    const ProjectInfo info = store->info();
    CHECK(info.events == 3);
    CHECK(info.locations == 1);
    CHECK(info.categories == 1);
    CHECK(*info.timeFrom == day(2014, 6, 1));
    CHECK(*info.timeTo == day(2014, 7, 1));
    CHECK(*info.north == Approx(36.40));
    CHECK(*info.west == Approx(43.00));

    const EventColumns c = store->loadColumns();
    REQUIRE(c.size() == 3);
    CHECK(std::isnan(c.x[2]));
    CHECK(c.category[0] == 0);              // Battles
    CHECK(c.category[1] == 1);              // uncategorised: after the stored ones
    CHECK(store->categories().size() == 2); // Battles, Uncategorised
    CHECK(c.approximate[1] == (1 | 4));     // approximate, open end
}

TEST_CASE("Both stores roll back a writer destroyed without commit", "[store][pg]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    auto store = project.create();
    {
        auto w = store->beginWrite();
        w->addEvent(titled(QStringLiteral("never saved")));
        w->flush();
    }
    CHECK(store->info().events == 0);
    CHECK(store->query({}).empty());
    CHECK(store->loadColumns().size() == 0);
    // Still usable.
    auto w = store->beginWrite();
    w->addEvent(titled(QStringLiteral("saved")));
    w->commit();
    CHECK(store->info().events == 1);
}

TEST_CASE("Both stores: all or nothing, a refused row or a rejected line leaves nothing",
          "[store][pg]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    auto store = project.create();
    {
        auto w = store->beginWrite();
        w->addEvent(titled(QStringLiteral("kept")));
        w->commit();
    }
    // A row the database refuses (a geo precision its CHECK does not allow): the write fails
    // (at once or at commit) and nothing of it stays.
    try {
        auto w = store->beginWrite();
        for (int i = 0; i < 3000; ++i)
            w->addEvent(titled(QStringLiteral("row %1").arg(i)));
        Event bad = titled(QStringLiteral("bad"));
        bad.geoPrecision = static_cast<GeoPrecision>(9);
        w->addEvent(bad);
        w->commit();
        FAIL("the refused row was committed");
    } catch (const StoreError& e) {
        INFO(e.message().toStdString());
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK(store->info().events == 1);
    CHECK(store->loadColumns().size() == 1);
    // An import with a rejected line (an unreadable date) and no --keep-valid: nothing.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("title,date,latitude,longitude\nfirst,2014-06-10,36.3,43.1\nsecond,not a date,36.3,"
            "43.1\nthird,2014-06-12,36.3,43.1\n");
    f.close();
    const ImportReport report = importInto(*store, csv);
    CHECK(report.imported == 0);
    CHECK(report.rejected.size() == 1);
    CHECK(store->info().events == 1);
    CHECK(importInto(*store, csv, true).imported == 2);
    CHECK(store->info().events == 3);
}

TEST_CASE("Both stores keep settings", "[store][pg]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    {
        auto store = project.create();
        CHECK(store->setting(QStringLiteral("view")).isEmpty());
        store->setSetting(QStringLiteral("view"), QStringLiteral("{\"zoom\": 5}"));
        store->setSetting(QStringLiteral("view"), QStringLiteral("{\"zoom\": 6, \"t\": \"ٍا\"}"));
        store->setSetting(QStringLiteral("window"), QStringLiteral(""));
    }
    auto store = project.open();
    CHECK(store->setting(QStringLiteral("view")) == QStringLiteral("{\"zoom\": 6, \"t\": \"ٍا\"}"));
    CHECK(store->setting(QStringLiteral("window")).isEmpty());
    auto readOnly = project.open(true);
    CHECK(readOnly->isReadOnly());
    CHECK_THROWS_AS(readOnly->setSetting(QStringLiteral("view"), QStringLiteral("{}")), StoreError);
    CHECK_THROWS_AS(readOnly->beginWrite(), StoreError);
}

TEST_CASE("Both stores find Arabic words by their voweled and variant spellings",
          "[store][pg][fts]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    auto store = project.create();
    {
        auto w = store->beginWrite();
        w->addEvent(titled(QStringLiteral("سقوط المَوْصِل")));
        w->addEvent(titled(QStringLiteral("معركة الفلوجه")));
        w->addEvent(titled(QStringLiteral("هجوم على أربيل")));
        Event latin = titled(QStringLiteral("Fall of MOSUL"));
        latin.description = QStringLiteral("ISIS' advance; \"quoted\" AND NOT (brackets) *");
        w->addEvent(latin);
        w->commit();
    }
    const auto titles = [&](const QString& words) { return titlesMatching(*store, words); };
    CHECK(titles(QStringLiteral("الموصل")) == std::vector<QString>{QStringLiteral("سقوط المَوْصِل")});
    CHECK(titles(QStringLiteral("الفلوجة")) ==
          std::vector<QString>{QStringLiteral("معركة الفلوجه")});
    CHECK(titles(QStringLiteral("اربيل")).size() == 1);
    CHECK(titles(QStringLiteral("عليٰ")).size() == 1);
    CHECK(titles(QStringLiteral("mosul")).size() == 1);
    CHECK(titles(QStringLiteral("Fall mosul")).size() == 1);
    CHECK(titles(QStringLiteral("fall baghdad")).empty());
    CHECK(titles(QStringLiteral("\"quoted\" AND NOT (brackets) *")).size() == 1);
    CHECK(titles(QStringLiteral("*** ()")).empty());
}

TEST_CASE("Both stores fold case, Latin diacritics and Arabic spellings alike", "[store][pg][fts]")
{
    const std::string backend = GENERATE(storeBackends());
    INFO(backend);
    TestProject project(backend);
    auto store = project.create();
    const std::vector<QString> stored{
        QStringLiteral("Fall of MOSUL"), QStringLiteral("Mósul dam"),
        QStringLiteral("Mosul airport"), QStringLiteral("Raid near Łódź"),
        QStringLiteral("Ñandú sighted"), QStringLiteral("سقوط المَوْصِل"),
        QStringLiteral("معركة الموصل"),  QStringLiteral("معركة الفلوجه"),
        QStringLiteral("قصف الفلوجة"),   QStringLiteral("Ἀθῆναι visited"),
        QStringLiteral("Straße blocked")};
    {
        auto w = store->beginWrite();
        for (const QString& title : stored)
            w->addEvent(titled(title));
        w->commit();
    }
    const auto titles = [&](const QString& words) { return titlesMatching(*store, words); };
    const auto sorted = [](std::vector<QString> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    const std::vector<QString> mosul =
        sorted({stored[0], stored[1], stored[2]}); // every spelling finds every one
    for (const char* words : {"Mosul", "MOSUL", "mosul", "Mósul", "MÓSUL", "mòsûl"}) {
        INFO(words);
        CHECK(titles(QString::fromUtf8(words)) == mosul);
    }
    CHECK(titles(QStringLiteral("łodz")) == std::vector<QString>{stored[3]});
    CHECK(titles(QStringLiteral("ŁÓDŹ")) == std::vector<QString>{stored[3]});
    CHECK(titles(QStringLiteral("lodz")).empty()); // ł is a letter of its own, not l + a mark
    CHECK(titles(QStringLiteral("nandu")) == std::vector<QString>{stored[4]});
    const std::vector<QString> arabicMosul = sorted({stored[5], stored[6]});
    CHECK(titles(QStringLiteral("الموصل")) == arabicMosul);
    CHECK(titles(QStringLiteral("المَوْصِل")) == arabicMosul);
    const std::vector<QString> fallujah = sorted({stored[7], stored[8]});
    CHECK(titles(QStringLiteral("الفلوجة")) == fallujah);
    CHECK(titles(QStringLiteral("الفلوجه")) == fallujah);
    // What the file's tokenizer leaves alone, both leave alone: ß, Greek breathings.
    CHECK(titles(QStringLiteral("Ἀθῆναι")) == std::vector<QString>{stored[9]});
    CHECK(titles(QStringLiteral("straße")) == std::vector<QString>{stored[10]});
    CHECK(titles(QStringLiteral("strasse")).empty());
}

TEST_CASE("A server project answers as the same project file for the same imports", "[store][pg]")
{
    TestProject fileProject("sqlite");
    TestProject serverProject("postgresql");
    auto file = fileProject.create();
    auto server = serverProject.create();
    // Sources that bring events only: annotations on a server come with their own store.
    for (const char* source :
         {"acled_iraq_2014.csv", "ucdp_ged_iraq_2014.csv", "gtd_iraq_2014_cp1252.csv",
          "gdelt1_iraq_2014.export.CSV", "timeline_iraq_2014.json"}) {
        INFO(source);
        const ImportReport a = importInto(*file, fixture(source), true);
        const ImportReport b = importInto(*server, fixture(source), true);
        CHECK(a.imported > 0);
        CHECK(a.imported == b.imported);
        CHECK(a.rejected.size() == b.rejected.size());
    }
    // Info.
    const ProjectInfo fi = file->info(), si = server->info();
    CHECK(si.events == fi.events);
    CHECK(si.locations == fi.locations);
    CHECK(si.categories == fi.categories);
    CHECK(si.timeFrom == fi.timeFrom);
    CHECK(si.timeTo == fi.timeTo);
    CHECK(si.west == fi.west);
    CHECK(si.south == fi.south);
    CHECK(si.east == fi.east);
    CHECK(si.north == fi.north);
    // Categories and locations.
    const auto fc = file->categories(), sc = server->categories();
    REQUIRE(sc.size() == fc.size());
    for (std::size_t i = 0; i < fc.size(); ++i) {
        CHECK(sc[i].name == fc[i].name);
        CHECK(sc[i].colour == fc[i].colour);
    }
    const auto fl = file->locations(), sl = server->locations();
    REQUIRE(sl.size() == fl.size());
    for (std::size_t i = 0; i < fl.size(); ++i) {
        CHECK(sl[i].name == fl[i].name);
        CHECK(sl[i].altNames == fl[i].altNames);
        CHECK(sameDoubles(std::vector<double>{sl[i].lat, sl[i].lon},
                          std::vector<double>{fl[i].lat, fl[i].lon}));
    }
    // The columns, array for array. Both hand out ids in the same order, the server's from
    // blocks: its ids are compared through this map.
    const EventColumns a = file->loadColumns(), b = server->loadColumns();
    REQUIRE(b.size() == a.size());
    QHash<qint64, qint64> fileId;
    for (std::size_t i = 0; i < b.size(); ++i)
        fileId.insert(b.id[i], a.id[i]);
    const auto asFile = [&](std::vector<qint64> v) {
        for (qint64& id : v)
            id = fileId.value(id, -id);
        return v;
    };
    QHash<qint64, qint64> fileLocation;
    for (std::size_t i = 0; i < sl.size(); ++i)
        fileLocation.insert(sl[i].id, fl[i].id);
    CHECK(sameDoubles(b.x, a.x));
    CHECK(sameDoubles(b.y, a.y));
    CHECK(b.lo == a.lo);
    CHECK(b.hi == a.hi);
    CHECK(b.category == a.category);
    CHECK(b.precision == a.precision);
    CHECK(b.geoPrecision == a.geoPrecision);
    CHECK(b.approximate == a.approximate);
    // Every event, field for field.
    const std::vector<Event> fe = file->events(a.id), se = server->events(b.id);
    REQUIRE(se.size() == fe.size());
    for (std::size_t i = 0; i < fe.size(); ++i) {
        CHECK(fileId.value(se[i].id) == fe[i].id);
        checkSameEvent(se[i], fe[i]);
        CHECK(se[i].locationId.has_value() == fe[i].locationId.has_value());
        if (se[i].locationId) CHECK(fileLocation.value(*se[i].locationId) == *fe[i].locationId);
    }
    // Queries: window, bbox (also across the antimeridian), words, categories, together.
    std::vector<EventQuery> queries(12);
    queries[1].window = TimeWindow{day(2014, 6, 10), day(2014, 6, 13)};
    queries[2].window = TimeWindow{day(2014, 6, 1), day(2014, 7, 1)};
    queries[3].bbox = GeoBox{43.0, 34.0, 44.0, 37.0};
    queries[4].bbox = GeoBox{170.0, -90.0, 50.0, 90.0};
    queries[5].text = QStringLiteral("mosul");
    queries[6].text = QStringLiteral("Tikrit ISIL");
    queries[7].categories = {QStringLiteral("Battles")};
    queries[8].categories = {QString::fromLatin1(Category::kUncategorised),
                             QStringLiteral("Battles")};
    queries[9].window = queries[2].window;
    queries[9].bbox = queries[3].bbox;
    queries[9].categories = {QStringLiteral("Battles")};
    queries[10].limit = 3;
    queries[11].window = TimeWindow{day(2013, 1, 1), day(2013, 1, 2)};
    for (std::size_t k = 0; k < queries.size(); ++k) {
        INFO("query " << k);
        const EventQuery& q = queries[k];
        CHECK(asFile(server->queryIds(q)) == file->queryIds(q));
        CHECK(asFile(ids(server->query(q))) == ids(file->query(q)));
        CHECK(asFile(streamedIds(*server, q)) == streamedIds(*file, q));
    }
    CHECK_FALSE(file->queryIds(queries[5]).empty());
    CHECK_FALSE(file->queryIds(queries[9]).empty());
    // The list's orders and the actors.
    using Order = EventStore::ListOrder;
    for (Order o : {Order::Title, Order::Place, Order::Category, Order::Actors, Order::Fatalities})
        CHECK(asFile(server->idsOrderedBy(o)) == file->idsOrderedBy(o));
    std::vector<std::pair<qint64, QString>> fa, sa;
    file->forEachActors([&](qint64 id, const QString& actors) { fa.emplace_back(id, actors); });
    server->forEachActors(
        [&](qint64 id, const QString& actors) { sa.emplace_back(fileId.value(id), actors); });
    std::sort(sa.begin(), sa.end());
    std::sort(fa.begin(), fa.end());
    CHECK(sa == fa);
}

TEST_CASE("A server project that is not there is refused with a clear message", "[store][pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    // A database without the Tigris schema.
    try {
        EventStore::open(cluster.projectUrl(QStringLiteral("missing")));
        FAIL("opened a project that does not exist");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("no project named \"missing\"")));
        CHECK(e.message().contains(QStringLiteral("--create")));
    }
    TestProject project("postgresql", QStringLiteral("here"));
    project.create();
    try {
        EventStore::open(cluster.projectUrl(QStringLiteral("missing")));
        FAIL("opened a project that does not exist");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("no project named \"missing\"")));
        CHECK(e.message().contains(QStringLiteral("its projects: here-")));
    }
    CHECK_THROWS_WITH(project.create(), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(EventStore::open(cluster.connectionUri()), Catch::Contains("?project=NAME"));
    // A server that is not there: its reason, never a password.
    try {
        EventStore::open(QStringLiteral("postgresql://tigris:hunter2@/tigris?host=/nonexistent&"
                                        "project=x"));
        FAIL("connected to nothing");
    } catch (const StoreError& e) {
        CHECK(e.message().startsWith(QStringLiteral("postgresql://tigris@/tigris?host=/nonexistent&"
                                                    "project=x: connecting failed")));
        CHECK_FALSE(e.message().contains(QStringLiteral("hunter2")));
    }
    // The schema is versioned: a newer one is refused.
    {
        PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
        db.exec("UPDATE tigris_schema SET version = 99");
    }
    CHECK_THROWS_WITH(project.open(), Catch::Contains("newer Tigris (schema 99)"));
    PgConnection(cluster.connectionUri(), QStringLiteral("test"))
        .exec("UPDATE tigris_schema SET version = 1");
    CHECK(project.open()->schemaVersion() == PgSchema::kCurrentVersion); // migrated forward
}

TEST_CASE("A version 1 server schema is migrated: its text index folds Latin diacritics",
          "[store][pg][fts]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    TestProject project("postgresql", QStringLiteral("refold"));
    {
        auto store = project.create();
        auto w = store->beginWrite();
        Location dam;
        dam.name = QStringLiteral("Sadd al-Mósul");
        dam.lat = 36.63;
        dam.lon = 42.82;
        const qint64 place = w->addLocation(dam);
        Event e = titled(QStringLiteral("Mósul dam"));
        e.locationId = place;
        w->addEvent(e);
        w->commit();
    }
    {
        // As version 1 wrote them: lower case, accents kept.
        PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
        db.exec("UPDATE events SET search = to_tsvector('simple', 'mósul dam sadd al-mósul'); "
                "UPDATE locations SET search = 'sadd al-mósul'; "
                "UPDATE tigris_schema SET version = 1");
    }
    auto store = project.open();
    CHECK(store->schemaVersion() == PgSchema::kCurrentVersion);
    for (const char* words : {"mosul", "Mósul", "MOSUL dam", "sadd", "al"}) {
        INFO(words);
        EventQuery q;
        q.text = QString::fromUtf8(words);
        CHECK(store->queryIds(q).size() == 1);
    }
    // The migrated place's words join the next import's events.
    {
        auto w = store->beginWrite();
        Event more = titled(QStringLiteral("Second event"));
        more.locationId = store->locations().front().id;
        w->addEvent(more);
        w->commit();
    }
    EventQuery q;
    q.text = QStringLiteral("sadd mosul");
    CHECK(store->queryIds(q).size() == 2);
}

TEST_CASE("The command line works on a server project", "[store][pg][cli]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    const QString url = cluster.projectUrl(QStringLiteral("cli"));
    QTemporaryDir dir;
    const auto tigris = [](const QStringList& args, QByteArray* out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(TIGRIS_BINARY), args);
        p.waitForFinished(120000);
        INFO(p.readAllStandardError().toStdString());
        if (out) *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray out;
    // No such project yet: refused without --create.
    CHECK(tigris({QStringLiteral("import"), url, fixture("acled_iraq_2014.csv")}, &out) == 1);
    REQUIRE(tigris({QStringLiteral("import"), url, fixture("acled_iraq_2014.csv"),
                    QStringLiteral("--create"), QStringLiteral("--keep-valid")},
                   &out) == 0);
    CHECK(out.contains("\"imported\": 6"));
    REQUIRE(tigris({QStringLiteral("info"), url}, &out) == 0);
    CHECK(out.contains("\"events\": 6"));
    REQUIRE(tigris({QStringLiteral("query"), url, QStringLiteral("--text"), QStringLiteral("mosul"),
                    QStringLiteral("--fields"), QStringLiteral("id,title")},
                   &out) == 0);
    CHECK(out.count('\n') >= 1);
    CHECK(out.contains("Mosul"));
    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(tigris({QStringLiteral("export-image"), url, png, QStringLiteral("--size"),
                    QStringLiteral("400x300")}) == 0);
    CHECK(QFile(png).size() > 1000);
}
