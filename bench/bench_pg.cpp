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
//   (b) opening each: loadColumns, best of 3 (warm);
//   (c) 50 queries of a 30-day window x the Iraq bounding box on each: queryIds median.
#include "BenchArgs.h"
#include "ChildRun.h"
#include "PgTestCluster.h"
#include "store/EventStore.h"
#include "store/PgEventStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <random>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Opened {
    double bestSeconds = 0;
    std::size_t events = 0;
};

Opened openColumns(const QString& project)
{
    Opened o;
    o.bestSeconds = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = EventStore::open(project, true);
        const EventColumns c = store->loadColumns();
        o.bestSeconds = std::min(o.bestSeconds, double(t.nsecsElapsed()) / 1e9);
        o.events = c.size();
    }
    return o;
}

// 50 windows of 30 days (seeded, the same for both) x the Iraq bounding box: queryIds ms.
std::vector<double> queries(const QString& project)
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
    }
    return ms;
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
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::string(argv[i]) == "--url" && i + 1 < argc)
            url = QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    const BenchArgs args(int(rest.size()), rest.data(), usage, 1);
    const qint64 n = args.count() > 0 ? args.integer(0, "N", 0, 1000, 100'000'000) : 100'000;
    QCoreApplication app(argc, argv);
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

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tigris-bench-pg-XXXXXX"));
    const QString csv = dir.filePath(QStringLiteral("acled.csv"));
    const QString file = dir.filePath(QStringLiteral("project.tigris"));
    std::printf("bench_pg: %lld rows; load average at start: ", static_cast<long long>(n));
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly)) std::printf("%s", load.readAll().constData());
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
    std::printf("  open + loadColumns, best of 3: file %.3f s, server %.3f s (%zu / %zu "
                "events)   server/file %.2f\n",
                fo.bestSeconds, so.bestSeconds, fo.events, so.events,
                so.bestSeconds / fo.bestSeconds);
    const std::vector<double> fq = queries(file), sq = queries(server);
    std::printf("  30 days x Iraq queryIds, median of 50: file %.2f ms (max %.2f), server %.2f "
                "ms (max %.2f)\n",
                median(fq), *std::max_element(fq.begin(), fq.end()), median(sq),
                *std::max_element(sq.begin(), sq.end()));
    if (load.open(QIODevice::ReadOnly)) {
        load.seek(0);
        std::printf("  load average at the end: %s", load.readAll().constData());
    }
    return 0;
}
