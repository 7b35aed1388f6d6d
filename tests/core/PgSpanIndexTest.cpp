// The server schema's window indexes (version 3), the columns read on two connections, kept on
// this machine and brought up to date by revision.
#include "StoreBackends.h"
#include "geo/GeoBox.h"
#include "io/Importer.h"
#include "store/ImportSources.h"
#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/PgSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace {

qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Events of every span class around June 2014: minutes, hours, days, a 10-day span, months
// (28 to 31 days), a 60-day span and years; one of each far from Iraq.
std::vector<Event> spans()
{
    std::vector<Event> out;
    const auto add = [&](qint64 start, std::optional<qint64> end, DatePrecision p, double lon) {
        Event e;
        e.title = QStringLiteral("span %1").arg(out.size());
        e.start = start;
        e.end = end;
        e.precision = p;
        e.lat = lon < 10 ? 48.85 : 33.3;
        e.lon = lon;
        out.push_back(e);
    };
    for (double lon : {44.4, 2.35}) {
        for (int d = 1; d <= 28; d += 3) {
            add(day(2014, 5, d) + 3600 * d, std::nullopt, DatePrecision::Minute, lon);
            add(day(2014, 6, d) + 7200, std::nullopt, DatePrecision::Hour, lon);
            add(day(2014, 7, d), std::nullopt, DatePrecision::Day, lon);
            add(day(2014, 4, d), day(2014, 4, d) + 10 * 86400, DatePrecision::Day, lon);
            add(day(2014, 1, d), day(2014, 1, d) + 60 * 86400, DatePrecision::Day, lon);
        }
        for (int m = 1; m <= 12; ++m)
            add(day(2014, m, 1), std::nullopt, DatePrecision::Month, lon);
        add(day(2013, 1, 1), std::nullopt, DatePrecision::Year, lon);
        add(day(2014, 1, 1), std::nullopt, DatePrecision::Year, lon);
    }
    return out;
}

std::unique_ptr<EventStore> createWithSpans(const TestProject& project)
{
    auto store = project.create();
    auto w = store->beginWrite();
    for (const Event& e : spans())
        w->addEvent(e);
    w->commit();
    return store;
}

// The ids a window × box query must give, from the loaded columns (the overlap rule
// lo < to && from < hi) and the events' own positions.
std::vector<qint64> expected(EventStore& store, const TimeWindow& w, const GeoBox* box)
{
    const EventColumns c = store.loadColumns();
    std::vector<qint64> out;
    const std::vector<Event> events = store.events(c.id);
    for (std::size_t i = 0; i < c.size(); ++i) {
        const Event& e = events[i];
        if (c.lo[i] < w.to && w.from < c.hi[i] &&
            (!box || (e.lat >= box->south && e.lat <= box->north && e.lon >= box->west &&
                      e.lon <= box->east)))
            out.push_back(c.id[i]);
    }
    return out;
}

std::vector<TimeWindow> windows()
{
    std::vector<TimeWindow> out;
    for (int m = 1; m <= 8; ++m)
        out.push_back({day(2014, m, 15), day(2014, m, 15) + 30 * 86400});
    out.push_back({day(2014, 6, 1) + 3600, day(2014, 6, 1) + 3 * 3600}); // two hours
    out.push_back({day(2014, 4, 20), day(2014, 4, 21)});                 // one day
    out.push_back({day(2012, 1, 1), day(2016, 1, 1)});                   // years
    out.push_back({day(2015, 6, 1), day(2015, 7, 1)});                   // nothing
    return out;
}

void checkWindows(EventStore& store)
{
    const GeoBox iraq{38.8, 29.0, 48.6, 37.4};
    for (const TimeWindow& w : windows()) {
        INFO("window " << w.from << " .. " << w.to);
        EventQuery q;
        q.window = w;
        CHECK(store.queryIds(q) == expected(store, w, nullptr));
        q.bbox = iraq;
        CHECK(store.queryIds(q) == expected(store, w, &iraq));
        CHECK(store.query(q).size() == expected(store, w, &iraq).size());
    }
}

QStringList indexes(PgConnection& db)
{
    const PgResult r = db.exec("SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM "
                               "pg_indexes WHERE tablename = 'events'");
    return r.text(0, 0).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("A version 2 server schema is migrated to the span indexes of version 3", "[store][pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    TestProject project("postgresql", QStringLiteral("spans"));
    createWithSpans(project);
    PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
    // Back to version 2's indexes.
    db.exec("DROP INDEX events_day_spans; DROP INDEX events_month_spans; "
            "DROP INDEX events_long_spans; DROP STATISTICS IF EXISTS events_span_length; "
            "CREATE INDEX events_by_span ON events(project_id, span_lo, span_hi); "
            "CREATE INDEX events_long ON events(project_id, span_lo, span_hi) "
            "WHERE span_hi - span_lo > 2764800; "
            "UPDATE tigris_schema SET version = 2");
    CHECK(indexes(db).contains(QStringLiteral("events_by_span")));
    CHECK(indexes(db).contains(QStringLiteral("events_long")));
    // The first open migrates.
    CHECK(project.open()->schemaVersion() == PgSchema::kCurrentVersion);
    CHECK(PgSchema::kCurrentVersion == 4);
    CHECK_FALSE(indexes(db).contains(QStringLiteral("events_by_span")));
    CHECK(indexes(db).contains(QStringLiteral("events_day_spans")));
    CHECK(indexes(db).contains(QStringLiteral("events_month_spans")));
    CHECK(indexes(db).contains(QStringLiteral("events_long_spans")));
    CHECK_FALSE(indexes(db).contains(QStringLiteral("events_long")));
    auto store = project.open();
    checkWindows(*store);
}

TEST_CASE("A window × box query on a server reads only its span indexes", "[store][pg]")
{
    TestProject project("postgresql", QStringLiteral("plan"));
    auto store = createWithSpans(project);
    checkWindows(*store);
    // A few rows: the planner would read the table itself; told not to, it must find an index
    // whose predicate the query implies, for each class.
    PgEventStore& pg = *store->server();
    pg.connection().exec("VACUUM (ANALYZE) events");
    pg.connection().exec("SET enable_seqscan = off; SET enable_bitmapscan = off");
    EventQuery q;
    q.window = TimeWindow{day(2014, 6, 15), day(2014, 7, 15)};
    q.bbox = GeoBox{38.8, 29.0, 48.6, 37.4};
    const QString plan = pg.explainIds(q); // over the project's table (schema 4)
    INFO(plan.toStdString());
    CHECK(plan.contains(
        QRegularExpression(QStringLiteral("Index Only Scan using events_p\\d+_day_spans"))));
    CHECK(plan.contains(
        QRegularExpression(QStringLiteral("Index Only Scan using events_p\\d+_month_spans"))));
    CHECK(plan.contains(
        QRegularExpression(QStringLiteral("Index Only Scan using events_p\\d+_long_spans"))));
    CHECK_FALSE(plan.contains(QStringLiteral("Seq Scan")));
}

TEST_CASE("A large server project's columns are read on two connections as on one", "[store][pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    TestProject project("postgresql", QStringLiteral("columns"));
    auto store = project.create();
    const QByteArray id = QByteArray::number(store->server()->projectId());
    // 240,000 events by SQL (the writer would take a minute), ids with gaps, every fifth
    // without a category, every seventh without a position.
    {
        PgConnection db(cluster.connectionUri(), QStringLiteral("test"));
        db.exec("INSERT INTO categories(project_id, id, name, colour) VALUES(" + id +
                ", 7, 'Riots', '#808080'), (" + id + ", 3, 'Battles', '#808080')");
        // A project's events table is made with its first events (schema 4).
        REQUIRE(PgSchema::beginEventsPartition(db, store->server()->projectId()));
        PgSchema::attachEventsPartition(db, store->server()->projectId());
        db.exec("INSERT INTO events(project_id, id, title, start, precision, span_lo, span_hi, "
                "category_id, lat, lon, geo_precision) SELECT " +
                id +
                ", g * 3, 'e', g, 6, g, g + 1, CASE WHEN g % 5 = 0 THEN NULL WHEN g % 2 = 0 "
                "THEN 7 ELSE 3 END, CASE WHEN g % 7 = 0 THEN NULL ELSE 33.3 END, 44.4, 1 "
                "FROM generate_series(1, 240000) g");
        db.exec("UPDATE event_stats SET events = 240000 WHERE project_id = " + id);
    }
    const EventColumns c = store->loadColumns();
    REQUIRE(c.size() == 240000);
    const std::vector<Category> categories = store->categories();
    REQUIRE(categories.size() == 3); // Battles, Riots, Uncategorised
    bool same = true;
    for (std::size_t i = 0; i < c.size() && same; ++i) {
        const qint64 g = qint64(i) + 1;
        const std::uint16_t category =
            g % 5 == 0 ? 2 : (g % 2 == 0 ? 1 : 0); // categories in id order: Battles, Riots
        same = c.id[i] == g * 3 && c.lo[i] == g && c.hi[i] == g + 1 && c.category[i] == category &&
               std::isnan(c.x[i]) == (g % 7 == 0);
        if (!same) INFO("row " << i);
    }
    CHECK(same);
    // Inside a writer's transaction the columns are what it sees, on its one connection.
    auto w = store->beginWrite();
    Event e;
    e.title = QStringLiteral("one more");
    e.start = day(2014, 6, 1);
    w->addEvent(e);
    w->flush();
    CHECK(store->loadColumns().size() == 240001);
    w.reset(); // not committed: rolled back
    CHECK(store->loadColumns().size() == 240000);
}

namespace {

ImportReport importFixture(EventStore& store, const char* name)
{
    ImportOptions options;
    options.keepValid = true;
    options.ifExists = IfExists::Add;
    return importFile(store, QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name),
                      options);
}

// The columns read from the server alone: the machine's cache removed first.
EventColumns fromServer(const QString& url)
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
         QStringLiteral("/tigris/server-columns"))
        .removeRecursively();
    return EventStore::open(url)->loadColumns();
}

void checkSame(const EventColumns& a, const EventColumns& b)
{
    REQUIRE(a.size() == b.size());
    CHECK(a.id == b.id);
    CHECK(a.lo == b.lo);
    CHECK(a.hi == b.hi);
    CHECK(a.category == b.category);
    CHECK(a.precision == b.precision);
    CHECK(a.geoPrecision == b.geoPrecision);
    CHECK(a.approximate == b.approximate);
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a.x[i] != b.x[i] && !(std::isnan(a.x[i]) && std::isnan(b.x[i]))) FAIL("x " << i);
}

QString onlyCacheFile()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                   QStringLiteral("/tigris/server-columns"));
    const QStringList files = dir.entryList({QStringLiteral("*.columns")}, QDir::Files);
    return files.size() == 1 ? dir.filePath(files.front()) : QString();
}

} // namespace

TEST_CASE("A server project's columns are kept on this machine and brought up to date by "
          "revision",
          "[store][pg][live]")
{
    TestProject project("postgresql", QStringLiteral("cache"));
    auto writer = project.create();
    const ImportReport first = importFixture(*writer, "acled_iraq_2014.csv");
    REQUIRE(first.imported > 0);
    REQUIRE(first.source > 0);

    // A window opens: every column from the server, then kept in the user's cache.
    auto window = project.open();
    EventColumns shown = window->loadColumns();
    checkSame(shown, fromServer(project.path()));
    window = project.open();
    shown = window->loadColumns(); // fromServer removed the file: written again
    const QString file = onlyCacheFile();
    REQUIRE_FALSE(file.isEmpty());
    CHECK((QFile(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // Someone imports another source (new events, new categories) and removes the first
    // (its events and the categories only it used go): the window reads only what changed.
    REQUIRE(importFixture(*writer, "ucdp_ged_iraq_2014.csv").imported > 0);
    ImportSources(*writer).remove(first.source);
    REQUIRE(window->server()->updateColumns(shown));
    const EventColumns truth = fromServer(project.path());
    checkSame(shown, truth);
    CHECK(window->categories().size() == project.open()->categories().size());

    // The next open reads the cache (written by fromServer) and what changed since: nothing.
    {
        const EventColumns cached = project.open()->loadColumns();
        checkSame(cached, truth);
    }
    // It is read indeed: a value changed in the file comes back (the first span's start) …
    const QString kept = onlyCacheFile();
    REQUIRE_FALSE(kept.isEmpty());
    {
        QFile f(kept);
        REQUIRE(f.open(QIODevice::ReadWrite));
        qint64 categories = 0; // the ids the file holds: not Uncategorised
        for (const Category& c : window->categories())
            categories += c.isUncategorised() ? 0 : 1;
        const qint64 lo = 32 + 8 * categories + 3 * 8 * qint64(truth.size());
        f.seek(lo);
        const qint64 planted = 12345;
        f.write(reinterpret_cast<const char*>(&planted), 8);
    }
    CHECK(project.open()->loadColumns().lo.front() == 12345);
    // … and a file cut short is not.
    {
        QFile f(kept);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 1);
    }
    checkSame(project.open()->loadColumns(), truth);
}
