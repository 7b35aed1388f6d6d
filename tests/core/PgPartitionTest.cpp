// Schema 4: the server's events partitioned by project. An import into a new project fills a
// table of its own and attaches it, indexed, in its one transaction; later imports go through
// `events`; a database left by schema 3 with two projects migrates with every row kept and
// the same answers to the same queries.
#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "PgTestCluster.h"
#include "PgTestProjects.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "store/ImportSources.h"
#include "store/PgBinaryCopy.h"
#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/PgSchema.h"
#include "store/PgTextVector.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

qint64 projectOf(EventStore& store)
{
    return store.server()->projectId();
}

QString one(PgConnection& db, const QByteArray& sql)
{
    return db.exec(sql, PgParams(), "test").text(0, 0);
}

// Whether the project's table exists and is attached to `events`, and how many indexes it has.
struct TableState {
    bool exists = false;
    bool attached = false;
    int indexes = 0;
};

TableState tableOf(PgConnection& db, qint64 project)
{
    const QByteArray name = PgSchema::eventsPartition(project);
    TableState s;
    s.exists = one(db, "SELECT to_regclass('" + name + "') IS NOT NULL") == QLatin1String("t");
    if (!s.exists) return s;
    s.attached =
        one(db, "SELECT count(*) FROM pg_inherits WHERE inhrelid = '" + name +
                    "'::regclass AND inhparent = 'events'::regclass") == QLatin1String("1");
    s.indexes = one(db, "SELECT count(*) FROM pg_indexes WHERE tablename = '" + name + "'").toInt();
    return s;
}

int eventsIndexes(PgConnection& db)
{
    return one(db, "SELECT count(*) FROM pg_indexes WHERE tablename = 'events'").toInt();
}

// The fixtures' valid rows (the ACLED one has invalid rows on purpose), added to what is there.
ImportReport importValid(EventStore& store, const char* fixture)
{
    ImportOptions options;
    options.keepValid = true;
    options.ifExists = IfExists::Add;
    return importFile(store, importFixture(fixture), options);
}

// What a project answers: every event, annotation and source, and a few queries' ids.
struct Answers {
    std::vector<Event> events;
    std::vector<Annotation> annotations;
    std::vector<ImportRecord> sources;
    std::vector<std::vector<qint64>> sourceEvents;
    std::vector<std::vector<qint64>> queries;
    std::size_t columns = 0;
};

Answers answersOf(EventStore& store)
{
    Answers a;
    a.events = store.events(store.queryIds({}));
    a.annotations = AnnotationStore(store).all();
    ImportSources sources(store);
    a.sources = sources.list();
    for (const ImportRecord& r : a.sources)
        a.sourceEvents.push_back(sources.eventIds(r.id));
    const qint64 june =
        QDateTime(QDate(2014, 6, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    EventQuery window;
    window.window = TimeWindow{june, june + 30 * 86400};
    EventQuery box = window;
    box.bbox = GeoBox{42.0, 35.0, 45.0, 37.5};
    EventQuery words;
    words.text = QStringLiteral("mosul");
    EventQuery category;
    category.categories << (a.events.empty() ? QString() : a.events.front().category);
    for (const EventQuery& q : {window, box, words, category})
        a.queries.push_back(store.queryIds(q));
    a.columns = store.loadColumns().size();
    return a;
}

void checkSame(const Answers& after, const Answers& before)
{
    REQUIRE(after.events.size() == before.events.size());
    for (std::size_t i = 0; i < before.events.size(); ++i) {
        CHECK(after.events[i].id == before.events[i].id);
        checkSameEvent(after.events[i], before.events[i]);
    }
    REQUIRE(after.annotations.size() == before.annotations.size());
    for (std::size_t i = 0; i < before.annotations.size(); ++i)
        CHECK(after.annotations[i] == before.annotations[i]);
    REQUIRE(after.sources.size() == before.sources.size());
    for (std::size_t i = 0; i < before.sources.size(); ++i)
        CHECK(after.sources[i].toJson() == before.sources[i].toJson());
    CHECK(after.sourceEvents == before.sourceEvents);
    CHECK(after.queries == before.queries);
    CHECK(after.columns == before.columns);
}

// The database as schema 3 left it: one table of events for every project, with its key and
// indexes (the migration drops them by name; two stand for the nine), no functions.
void backToVersion3(PgConnection& db)
{
    db.exec("CREATE TABLE events_plain (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS); "
            "INSERT INTO events_plain SELECT * FROM events; "
            "DROP TABLE events; "
            "ALTER TABLE events_plain RENAME TO events; "
            "ALTER TABLE events ADD PRIMARY KEY (project_id, id); "
            "CREATE INDEX events_search ON events USING gin(search); "
            "CREATE INDEX events_day_spans ON events(project_id, span_lo) "
            "  INCLUDE (span_hi, lat, lon, category_id, id) WHERE span_hi - span_lo <= 86400; "
            "CREATE STATISTICS events_span_length ON (span_hi - span_lo) FROM events; "
            "DROP FUNCTION tigris_begin_events(bigint); "
            "DROP FUNCTION tigris_attach_events(bigint); "
            "UPDATE tigris_schema SET version = 3",
            "going back to schema 3");
}

} // namespace

TEST_CASE("Schema 4: an import into a new server project fills a table of its own, attached "
          "and indexed at commit; a second import goes through the events' indexes",
          "[store][pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    const QString url = uniqueUrl(QStringLiteral("part"));
    auto store = EventStore::create(url);
    const qint64 project = projectOf(*store);
    PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
    CHECK_FALSE(tableOf(db, project).exists); // made with the first events

    // Rolled back: no table is left behind.
    {
        auto w = store->beginWrite();
        Event e;
        e.title = QStringLiteral("never saved");
        e.start = 1400000000;
        w->addEvent(e);
        w->flush();
        const TableState inside = tableOf(store->server()->connection(), project);
        CHECK(inside.attached); // flush() attached it: the transaction reads it through events
        CHECK(store->loadColumns().size() == 1);
    }
    CHECK_FALSE(tableOf(db, project).exists);
    CHECK(store->loadColumns().size() == 0);

    const ImportReport first = importValid(*store, "acled_iraq_2014.csv");
    REQUIRE(first.imported > 0);
    const TableState made = tableOf(db, project);
    CHECK(made.exists);
    CHECK(made.attached);
    CHECK(made.indexes == eventsIndexes(db)); // every index of events, built at the attach
    CHECK(made.indexes >= 10);
    // Its statistics: the span length's (the window query's plan) and the table's.
    CHECK(one(db, "SELECT count(*) FROM pg_statistic_ext WHERE stxname = '" +
                      PgSchema::eventsPartition(project) + "_span_length'") == QLatin1String("1"));
    CHECK(one(db, "SELECT reltuples >= 1 FROM pg_class WHERE relname = '" +
                      PgSchema::eventsPartition(project) + "'") == QLatin1String("t"));

    const ImportReport second = importValid(*store, "acled_iraq_2014.csv");
    CHECK(second.imported == first.imported);
    CHECK(store->loadColumns().size() == std::size_t(first.imported + second.imported));
    CHECK(store->info().events == first.imported + second.imported);
    EventQuery mosul;
    mosul.text = QStringLiteral("Mosul");
    const std::vector<qint64> found = store->queryIds(mosul);
    CHECK_FALSE(found.empty());
    CHECK(found.size() % 2 == 0); // as many of the second import as of the first
    // Another project's rows are in its own table, not in this one.
    auto other = EventStore::create(uniqueUrl(QStringLiteral("other")));
    REQUIRE(importValid(*other, "iraq_2014.kml").imported > 0);
    CHECK(one(db, "SELECT count(*) FROM " + PgSchema::eventsPartition(project)).toLongLong() ==
          first.imported + second.imported);
    CHECK(store->loadColumns().size() == std::size_t(first.imported + second.imported));
}

TEST_CASE("Schema 3 → 4: a database with two projects keeps every event, annotation and source, "
          "and answers the same queries",
          "[store][pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    const QString urlA = uniqueUrl(QStringLiteral("a")), urlB = uniqueUrl(QStringLiteral("b"));
    Answers beforeA, beforeB;
    qint64 idA = 0, idB = 0;
    {
        auto a = EventStore::create(urlA), b = EventStore::create(urlB);
        REQUIRE(importValid(*a, "acled_iraq_2014.csv").imported > 0);
        REQUIRE(importValid(*b, "iraq_2014.kml").imported > 0);
        AnnotationStore(*a).insert(pinOn(a->queryIds({}).front()));
        AnnotationStore(*b).insert(pinOn(b->queryIds({}).back()));
        idA = projectOf(*a);
        idB = projectOf(*b);
        // The answers before: schema 3 held the same rows (backToVersion3 copies them).
        beforeA = answersOf(*a);
        beforeB = answersOf(*b);
    }
    {
        PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
        backToVersion3(db);
        REQUIRE(PgSchema::version(db) == 3);
        REQUIRE(one(db, "SELECT relkind FROM pg_class WHERE relname = 'events'") ==
                QLatin1String("r"));
    }
    REQUIRE(beforeA.events.size() > 5);
    REQUIRE(beforeA.annotations.size() == 1);
    REQUIRE(beforeA.sources.size() == 1);

    auto a = EventStore::open(urlA); // the first open migrates
    PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
    CHECK(PgSchema::version(db) == 4);
    CHECK(a->schemaVersion() == PgSchema::kCurrentVersion);
    CHECK(one(db, "SELECT relkind FROM pg_class WHERE relname = 'events'") == QLatin1String("p"));
    CHECK(one(db, "SELECT to_regclass('events_v3') IS NULL") == QLatin1String("t"));
    for (const qint64 id : {idA, idB}) {
        const TableState t = tableOf(db, id);
        CHECK(t.attached);
        CHECK(t.indexes == eventsIndexes(db));
    }
    CHECK(eventsIndexes(db) == 10);
    auto b = EventStore::open(urlB);
    checkSame(answersOf(*a), beforeA);
    checkSame(answersOf(*b), beforeB);

    // Both take new events (through their tables) and a new project gets one of its own.
    CHECK(importValid(*a, "acled_iraq_2014.csv").imported == qint64(beforeA.events.size()));
    CHECK(a->loadColumns().size() == 2 * beforeA.events.size());
    CHECK(b->loadColumns().size() == beforeB.events.size());
}

TEST_CASE("The text vectors made here are the server's to_tsvector of the same words, stripped, "
          "the words searched for match them verbatim",
          "[store][pg]")
{
    PgConnection db(PgTestCluster::shared().connectionUri(), QStringLiteral("test"));
    db.exec("CREATE TEMP TABLE vectors(n int4, v tsvector)", "test");
    // Repeated words, Arabic and Latin words, digits, a word too long to index (left out),
    // many words.
    const QByteArray many = QByteArray("x ").repeated(300) + "y";
    const QByteArray far = QByteArray("w ").repeated(17000) + "z w";
    const QByteArray tooLong(2048, 'q');
    const std::vector<std::pair<QByteArray, QByteArray>> cases = {
        {"b a b c", "a d"},
        {"الموصل mosul 2014 mosul", ""},
        {"", "only place words"},
        {"before " + tooLong + " after", "here"},
        {many, ""},
        {far, "v"},
        {"", ""},
    };
    QByteArray buffer;
    PgCopyEncoder out(buffer);
    out.header();
    for (std::size_t i = 0; i < cases.size(); ++i) {
        out.row(2);
        out.int4(qint32(i));
        out.text(PgTextVector::encode({cases[i].first, cases[i].second}));
    }
    out.trailer();
    db.copyIn(
        "COPY vectors FROM STDIN (FORMAT binary)",
        [&](QByteArray& chunk) {
            chunk.swap(buffer);
            return false;
        },
        "test");
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO("case " << i);
        const QByteArray text = cases[i].first + ' ' + cases[i].second;
        const PgResult r = db.exec(
            "SELECT v::text, strip(to_tsvector('simple', $2))::text, "
            "v @@ $3::tsquery FROM vectors WHERE n = $1",
            PgParams().integer(qint64(i)).text(text).text(PgTextVector::allOf(cases[i].first)),
            "test");
        CHECK(r.text(0, 0) == r.text(0, 1));
        if (!PgTextVector::allOf(cases[i].first).isEmpty())
            CHECK(r.text(0, 2) == QLatin1String("t"));
    }
    CHECK(PgTextVector::allOf("a b") == "'a' & 'b'");
    CHECK(PgTextVector::allOf("").isEmpty());
}
