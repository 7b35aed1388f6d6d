// The server store against the project file, side by side (issue 20, items 4 and 9).
//
//   bench_pg [N]                 default 100000; a throwaway PostgreSQL cluster of its own
//   bench_pg N --url URL         a server of yours (URL without ?project=: bench_pg makes
//                                a project of its own there)
//
// Writes N seeded ACLED-like rows (bench_store --write-csv, the same generator), then in one
// run:
//   (a) `tigris import FILE.tigris CSV --create --format acled` and the same into a server
//       project, each in a child process: wall time (the server's work is in its own
//       processes, so the child's CPU time alone would flatter the server);
//   (b) opening each: loadColumns, the first open, then the best of 3 more (warm; a server
//       project's columns are then kept on this machine: ColumnsCache);
//   (c) 50 queries of a 30-day window x the Iraq bounding box on each: queryIds median.
//
//   bench_pg N --generate [--url URL]
//                                N events straight into a server project by SQL (one
//                                generate_series INSERT per million, not the importer: 10M
//                                through the importer would take hours here), the same places
//                                (AcledPlaces.h), days and categories as the CSV generator; then
//                                VACUUM ANALYZE, (c) on the server alone with one EXPLAIN
//                                (ANALYZE, BUFFERS), and loadColumns with its peak memory.
//   bench_pg --measure URL [--peer FILE]
//                                the same measures on an existing server project (URL with
//                                ?project=), e.g. one --generate made, after a schema change;
//                                with --peer, the open of FILE (`tigris pull URL FILE` of the
//                                same project) side by side.
#include "AcledPlaces.h"
#include "BenchArgs.h"
#include "ChildRun.h"
#include "PgTestCluster.h"
#include "store/EventStore.h"
#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/PgSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Opened {
    double firstSeconds = 0; // a server project: without the columns kept on this machine
    double bestSeconds = 0;  // the best of the 3 opens after it (a server project: with them)
    std::size_t events = 0;
};

Opened openColumns(const QString& project)
{
    Opened o;
    o.bestSeconds = 1e9;
    for (int i = 0; i < 4; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = EventStore::open(project, true);
        const EventColumns c = store->loadColumns();
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (i == 0)
            o.firstSeconds = seconds;
        else
            o.bestSeconds = std::min(o.bestSeconds, seconds);
        o.events = c.size();
    }
    return o;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The ACLED event types of the CSV generator, as the categories of generated events.
const char* const kTypes[] = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
    "Riots",   "Strategic developments"};

// N events into the server project by SQL, in batches of a million: days uniform over
// 2014-2024 (day precision), a category uniform over kTypes, a place of AcledPlaces.h (the
// heavy ones twice as likely) with the CSV generator's 0.25-degree jitter, a short title as the
// text. Then the statistics, the id sequence and VACUUM ANALYZE, as after an import.
void generate(PgEventStore& store, qint64 n)
{
    PgConnection& db = store.connection();
    const QByteArray project = QByteArray::number(store.projectId());
    QByteArray lats = "{", lons = "{", picks = "{";
    for (std::size_t i = 0; i < std::size(kPlaces); ++i) {
        const QByteArray sep = i ? "," : "";
        lats += sep + QByteArray::number(kPlaces[i].lat, 'g', 17);
        lons += sep + QByteArray::number(kPlaces[i].lon, 'g', 17);
        for (int w = 0; w < (int(i) < kHeavyPlaces ? 2 : 1); ++w)
            picks += (picks.size() > 1 ? "," : "") + QByteArray::number(qsizetype(i + 1));
    }
    lats += '}';
    lons += '}';
    picks += '}';
    const int weights = int(std::size(kPlaces)) + kHeavyPlaces;
    for (std::size_t c = 0; c < std::size(kTypes); ++c)
        db.exec("INSERT INTO categories(project_id, id, name, colour, revision) VALUES(" + project +
                    ", $1, $2, '#808080', 1)",
                PgParams().integer(qint64(c + 1)).text(QByteArray(kTypes[c])));
    db.exec("SELECT setseed(0.2)");
    // A new project's events go into a table of their own, indexed when it is attached (schema
    // 4), as an import into a new project does.
    const bool fresh = PgSchema::beginEventsPartition(db, store.projectId());
    const QByteArray table = fresh ? PgSchema::eventsPartition(store.projectId()) : "events";
    constexpr qint64 kBatch = 1'000'000;
    for (qint64 first = 1; first <= n; first += kBatch) {
        QElapsedTimer t;
        t.start();
        const qint64 last = std::min(n, first + kBatch - 1);
        db.exec("INSERT INTO " + table +
                    "(project_id, id, title, start, precision, span_lo, span_hi, "
                    "category_id, lat, lon, own_coord, geo_precision, geom, search, revision) "
                    "SELECT " +
                    project +
                    ", g, 'Generated event ' || g, d, 3, d, d + 86400, c, y, x, true, 1, "
                    "ST_SetSRID(ST_MakePoint(x, y), 4326), "
                    "to_tsvector('simple', 'generated event ' || g), 1 "
                    "FROM (SELECT g, d, c, ($3::float8[])[k] + jy AS y, "
                    "($4::float8[])[k] + jx AS x FROM (SELECT g, "
                    "1388534400 + floor(random() * 4018)::int8 * 86400 AS d, "
                    "1 + floor(random() * 6)::int8 AS c, "
                    "($5::int[])[1 + floor(random() * " +
                    QByteArray::number(weights) +
                    ")::int] AS k, "
                    "(random() + random() + random() - 1.5) * 0.5 AS jx, "
                    "(random() + random() + random() - 1.5) * 0.5 AS jy "
                    "FROM generate_series($1::int8, $2::int8) g) r) s",
                PgParams().integer(first).integer(last).text(lats).text(lons).text(picks),
                "generating events");
        std::printf("    generated %lld events: +%.1f s\n", static_cast<long long>(last),
                    double(t.nsecsElapsed()) / 1e9);
        std::fflush(stdout);
    }
    if (fresh) {
        QElapsedTimer t;
        t.start();
        PgSchema::attachEventsPartition(db, store.projectId());
        std::printf("    indexed and attached: %.1f s\n", double(t.nsecsElapsed()) / 1e9);
    }
    db.exec("UPDATE event_stats s SET events = a.n, time_from = a.lo, time_to = a.hi, "
            "west = a.w, south = a.s, east = a.e, north = a.nn FROM (SELECT count(*) AS n, "
            "min(span_lo) AS lo, max(span_hi) AS hi, min(lon) AS w, min(lat) AS s, "
            "max(lon) AS e, max(lat) AS nn FROM events WHERE project_id = " +
            project + ") a WHERE s.project_id = " + project +
            "; UPDATE projects SET revision = 1 WHERE id = " + project);
    db.exec("SELECT setval('" + QByteArray("tigris_event_ids_") + project + "', " +
            QByteArray::number(n) + ")");
    QElapsedTimer t;
    t.start();
    db.exec("VACUUM (ANALYZE) " + PgSchema::eventsPartition(store.projectId()));
    std::printf("    VACUUM ANALYZE: %.1f s\n", double(t.nsecsElapsed()) / 1e9);
}

// The "Execution Time" of an EXPLAIN (ANALYZE, TIMING off): the server's own time, ms.
double executionMs(const QString& plan)
{
    const qsizetype at = plan.lastIndexOf(QStringLiteral("Execution Time: "));
    return at < 0 ? -1 : plan.mid(at + 16).section(QLatin1Char(' '), 0, 0).toDouble();
}

// 50 windows of 30 days (seeded, the same for both) x the Iraq bounding box: queryIds ms; for
// a server project, `serverMs` gets the server's own time of each (executionMs).
std::vector<double> queries(const QString& project, std::vector<double>* serverMs = nullptr)
{
    auto store = EventStore::open(project, true);
    std::mt19937 rng(30);
    const qint64 from2014 =
        QDateTime(QDate(2014, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    std::uniform_int_distribution<int> pickDay(0, 3650 - 30);
    EventQuery q;
    q.bbox = GeoBox{38.8, 29.0, 48.6, 37.4};
    store->queryIds(q); // warm
    std::vector<double> ms;
    for (int i = 0; i < 50; ++i) {
        const qint64 from = from2014 + qint64(pickDay(rng)) * 86400;
        q.window = TimeWindow{from, from + 30 * 86400};
        QElapsedTimer t;
        t.start();
        store->queryIds(q);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (serverMs && store->server())
            serverMs->push_back(executionMs(store->server()->explainIds(q, false)));
    }
    return ms;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("?\n");
}

void printQueries(const char* what, const std::vector<double>& ms)
{
    std::printf("  30 days x Iraq queryIds, median of 50: %s %.2f ms (max %.2f)\n", what,
                median(ms), *std::max_element(ms.begin(), ms.end()));
}

void printServerSide(const std::vector<double>& ms)
{
    std::printf("    the server's own time (EXPLAIN ANALYZE, TIMING off), median of the 50: %.2f "
                "ms (max %.2f)\n",
                median(ms), *std::max_element(ms.begin(), ms.end()));
}

// n > 0: generates n events into a new project `server` first; else measures it as it is, and
// opens `peer` (a project file, empty: none) the same way.
int generatedRun(const QString& server, qint64 n, const QString& peer = {})
{
    std::printf("bench_pg %s: %lld events; load average at start: %s",
                n > 0 ? "--generate" : "--measure", static_cast<long long>(n),
                loadAverage().constData());
    std::printf("  project: %s\n", qPrintable(server));
    try {
        if (n > 0) {
            auto store = EventStore::create(server);
            generate(*store->server(), n);
        }
        std::vector<double> serverSide;
        printQueries("server", queries(server, &serverSide));
        printServerSide(serverSide);
        auto store = EventStore::open(server, true);
        EventQuery q;
        q.bbox = GeoBox{38.8, 29.0, 48.6, 37.4};
        const qint64 from =
            QDateTime(QDate(2019, 6, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        q.window = TimeWindow{from, from + 30 * 86400};
        std::printf("  EXPLAIN (ANALYZE, BUFFERS), 2019-06-01 + 30 days x Iraq (%zu events):\n%s\n",
                    store->queryIds(q).size(), qPrintable(store->server()->explainIds(q)));
        store.reset();
        const double before = peakRssMb();
        const Opened so = openColumns(server);
        std::printf("  open + loadColumns: first %.3f s (no columns kept on this machine), then "
                    "best of 3 %.3f s (kept), %zu events; peak RSS %.0f MB (%.0f MB before)\n",
                    so.firstSeconds, so.bestSeconds, so.events, peakRssMb(), before);
        if (!peer.isEmpty()) {
            const Opened fo = openColumns(peer);
            std::printf("  the same project as a file (%s): first %.3f s, best of 3 %.3f s   "
                        "server/file %.2f first, %.2f best\n",
                        qPrintable(peer), fo.firstSeconds, fo.bestSeconds,
                        so.firstSeconds / fo.firstSeconds, so.bestSeconds / fo.bestSeconds);
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "bench_pg: %s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("  load average at the end: %s", loadAverage().constData());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    static const char* const usage =
        "Usage: bench_pg [N] [--url postgresql://…]   import N generated ACLED-like rows "
        "(default 100000)\n"
        "       into a project file and a server project side by side, then open and query "
        "both\n";
    QString url;
    bool generated = false;
    QString measured;
    QString peer;
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::string(argv[i]) == "--url" && i + 1 < argc)
            url = QString::fromLocal8Bit(argv[++i]);
        else if (std::string(argv[i]) == "--generate")
            generated = true;
        else if (std::string(argv[i]) == "--measure" && i + 1 < argc)
            measured = QString::fromLocal8Bit(argv[++i]);
        else if (std::string(argv[i]) == "--peer" && i + 1 < argc)
            peer = QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    const BenchArgs args(int(rest.size()), rest.data(), usage, 1);
    const qint64 n = args.count() > 0 ? args.integer(0, "N", 0, 1000, 100'000'000) : 100'000;
    // A cache folder of its own, so that the first open of a server project reads every
    // column from the server (ColumnsCache) and the user's cache is left alone.
    QTemporaryDir cacheHome(QDir::tempPath() + QStringLiteral("/tigris-bench-cache-XXXXXX"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome.path()));
    QCoreApplication app(argc, argv);
    if (!measured.isEmpty()) return generatedRun(measured, 0, peer);
    const QString dirOf = QFileInfo(QCoreApplication::applicationFilePath()).absolutePath();
    const std::string benchStore = (dirOf + QStringLiteral("/bench_store")).toStdString();
    const std::string tigris = (dirOf + QStringLiteral("/../app/tigris")).toStdString();

    try {
        if (url.isEmpty()) url = PgTestCluster::shared().connectionUri();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_pg: %s\n", e.what());
        return 1;
    }
    const QString server = url + (url.contains(QLatin1Char('?')) ? "&" : "?") +
                           QStringLiteral("project=bench-") +
                           QUuid::createUuid().toString(QUuid::Id128).left(8);

    if (generated) return generatedRun(server, n);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tigris-bench-pg-XXXXXX"));
    const QString csv = dir.filePath(QStringLiteral("acled.csv"));
    const QString file = dir.filePath(QStringLiteral("project.tigris"));
    std::printf("bench_pg: %lld rows; load average at start: %s", static_cast<long long>(n),
                loadAverage().constData());
    std::fflush(stdout);
    if (runChild({benchStore, "--write-csv", std::to_string(n), csv.toStdString()}).status != 0)
        return 1;

    ::sync();
    const ChildRun a = runChild(
        {tigris, "import", file.toStdString(), csv.toStdString(), "--create", "--format", "acled"});
    ::sync();
    const ChildRun b = runChild({tigris, "import", server.toStdString(), csv.toStdString(),
                                 "--create", "--format", "acled"});
    std::printf("  import            %10s %10s\n", "file", "server");
    std::printf("    wall s          %10.2f %10.2f   server/file %.2f\n", a.seconds, b.seconds,
                b.seconds / a.seconds);
    std::printf("    client CPU s    %10.2f %10.2f\n", a.cpuSeconds, b.cpuSeconds);
    if (a.status != 0 || b.status != 0) {
        std::printf("  an import FAILED (file %d, server %d)\n", a.status, b.status);
        return 1;
    }
    std::fflush(stdout);

    const Opened fo = openColumns(file), so = openColumns(server);
    std::printf("  open + loadColumns: first file %.3f s, server %.3f s (no columns kept on this "
                "machine)   server/file %.2f\n",
                fo.firstSeconds, so.firstSeconds, so.firstSeconds / fo.firstSeconds);
    std::printf("    then best of 3: file %.3f s, server %.3f s (kept) (%zu / %zu events)   "
                "server/file %.2f\n",
                fo.bestSeconds, so.bestSeconds, fo.events, so.events,
                so.bestSeconds / fo.bestSeconds);
    printQueries("file", queries(file));
    std::vector<double> serverSide;
    printQueries("server", queries(server, &serverSide));
    printServerSide(serverSide);
    std::printf("  load average at the end: %s", loadAverage().constData());
    return 0;
}
