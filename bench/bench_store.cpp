// Import and query benchmark of the project file (issue 2, item 9).
//
//   bench_store [N ...]                  default: 100000 then 1000000
//   bench_store --write-csv N FILE       only writes the CSV (for profiling)
//   bench_store --child-import CSV OUT   only imports (what the parent runs as its child)
//   bench_store --query PROJECT          only the query latencies
//
// For each N: writes N seeded ACLED-like rows (clustered around real Middle East places, notes
// of 200-400 characters) to a CSV in a temporary folder, then, side by side in the same run:
//   (a) the reference floor: /usr/bin/sqlite3 `.import --csv`, an index on event_date and an
//       R*Tree on the coordinates;
//   (b) Tigris: importFile(store, csv, "acled") into a new project, every index included.
// Each import runs in a child process so that its peak RSS (wait4 ru_maxrss) is its own.
// Then the median latency of 50 queries "30-day window x Iraq bounding box" on the project.
#include "AcledPlaces.h"
#include "BenchArgs.h"
#include "ChildRun.h"
#include "io/Importer.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <random>
#include <spawn.h>
#include <sqlite3.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Type {
    const char* type;
    const char* sub;
};
const Type kTypes[] = {
    {"Battles", "Armed clash"},
    {"Battles", "Non-state actor overtakes territory"},
    {"Battles", "Government regains territory"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Explosions/Remote violence", "Air/drone strike"},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"Explosions/Remote violence", "Suicide bomb"},
    {"Violence against civilians", "Attack"},
    {"Violence against civilians", "Abduction/forced disappearance"},
    {"Protests", "Peaceful protest"},
    {"Riots", "Violent demonstration"},
    {"Strategic developments", "Arrests"},
    {"Strategic developments", "Looting/property destruction"},
};

const char* const kActors[] = {
    "Islamic State (Iraq)",
    "Islamic State (Syria)",
    "Military Forces of Iraq (2014-2018)",
    "Military Forces of Iraq (2018-)",
    "Police Forces of Iraq (2014-2018)",
    "Peshmerga",
    "Popular Mobilization Forces",
    "Civilians (Iraq)",
    "Civilians (Syria)",
    "Protesters (Iraq)",
    "Military Forces of Syria (2000-)",
    "Hay'at Tahrir al-Sham",
    "SDF: Syrian Democratic Forces",
    "Military Forces of Turkey (2016-)",
    "Ansar Allah",
    "Military Forces of Yemen (2017-) Hadi",
    "Unidentified Armed Group (Iraq)",
    "Unidentified Armed Group (Syria)",
    "Military Forces of the United States (2009-2017)",
    "Tribal Militia (Iraq)",
};

const char* const kSources[] = {"Shafaq News", "Rudaw", "Xinhua", "Al Sumaria",
                                "Reuters",     "AFP",   "SOHR",   "Yemen Data Project",
                                "Kurdistan 24"};

const char* const kWords[] = {
    "militants",   "attacked",   "positions", "near",       "the",          "village",
    "of",          "checkpoint", "security",  "forces",     "killed",       "wounded",
    "an",          "improvised", "explosive", "device",     "detonated",    "against",
    "a",           "convoy",     "on",        "road",       "between",      "and",
    "army",        "patrol",     "clashed",   "with",       "fighters",     "in",
    "district",    "after",      "reports",   "that",       "families",     "fled",
    "their",       "homes",      "airstrike", "targeted",   "headquarters", "outskirts",
    "local",       "sources",    "said",      "casualties", "were",         "reported",
    "unknown",     "gunmen",     "abducted",  "two",        "shepherds",    "farmland",
    "mortar",      "shells",     "fell",      "market",     "residential",  "area",
    "protesters",  "gathered",   "demanding", "services",   "electricity",  "jobs",
    "release",     "detainees",  "tribal",    "leaders",    "negotiated",   "withdrawal",
    "bridge",      "oil",        "field",     "refinery",   "pipeline",     "was",
    "damaged",     "during",     "overnight", "raid",       "coalition",    "drone",
    "struck",      "vehicle",    "carrying",  "commanders", "curfew",       "imposed",
    "governorate", "officials",  "confirmed", "bodies",     "found",        "mass",
    "grave",       "ambush"};

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

void appendCsvField(std::string& out, const std::string& field)
{
    if (field.find_first_of(",\"\n") == std::string::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// Writes N rows in ACLED's export layout; returns the file size.
qint64 writeAcledCsv(const QString& path, qint64 n)
{
    std::FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f) {
        std::fprintf(stderr, "bench_store: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    std::fputs("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
               "assoc_actor_1,actor2,assoc_actor_2,admin1,location,latitude,longitude,"
               "geo_precision,source,notes,fatalities\n",
               f);
    std::mt19937_64 rng(20140610);
    // Iraq gets about half of the rows, as in a country-focused export.
    std::discrete_distribution<int> pickPlace = [] {
        std::vector<double> w;
        for (std::size_t i = 0; i < std::size(kPlaces); ++i)
            w.push_back(i < kHeavyPlaces ? 2.0 : 1.0);
        return std::discrete_distribution<int>(w.begin(), w.end());
    }();
    std::normal_distribution<double> jitter(0.0, 0.12);
    std::uniform_int_distribution<int> pickType(0, int(std::size(kTypes)) - 1);
    std::uniform_int_distribution<int> pickActor(0, int(std::size(kActors)) - 1);
    std::uniform_int_distribution<int> pickSource(0, int(std::size(kSources)) - 1);
    std::uniform_int_distribution<int> pickWord(0, int(std::size(kWords)) - 1);
    std::uniform_int_distribution<int> noteLength(200, 400);
    std::uniform_int_distribution<int> percent(0, 99);
    const QDate first(2014, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));
    std::uniform_int_distribution<int> pickDay(0, days);

    std::string line, notes, field;
    for (qint64 i = 0; i < n; ++i) {
        const Place& p = kPlaces[pickPlace(rng)];
        const Type& t = kTypes[pickType(rng)];
        const QDate d = first.addDays(pickDay(rng));
        const int precision = percent(rng) < 80 ? 1 : (percent(rng) < 70 ? 2 : 3);
        const int geo = percent(rng) < 70 ? 1 : (percent(rng) < 70 ? 2 : 3);
        const double spread = geo == 1 ? 0.25 : 0.05;
        const double lat = p.lat + jitter(rng) * spread / 0.12;
        const double lon = p.lon + jitter(rng) * spread / 0.12;
        const char* actor1 = kActors[pickActor(rng)];
        const char* actor2 = percent(rng) < 60 ? kActors[pickActor(rng)] : "";
        const int fatalities = percent(rng) < 55 ? 0 : int(rng() % 25);

        notes.clear();
        notes += "On " + std::to_string(d.day()) + " " + kMonths[d.month() - 1] + " " +
                 std::to_string(d.year()) + ", " + actor1 + " ";
        const int target = noteLength(rng);
        while (int(notes.size()) < target) {
            notes += kWords[pickWord(rng)];
            notes += ' ';
            if (percent(rng) < 4) notes += std::string("in ") + p.name + " (" + p.admin1 + "). ";
        }
        notes += '[';
        notes += std::to_string(fatalities);
        notes += " fatalities]";

        line.clear();
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.3s%lld,", p.country, static_cast<long long>(i + 1));
        line += buf;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d,%d,%d,", d.year(), d.month(), d.day(),
                      d.year(), precision);
        line += buf;
        appendCsvField(line, t.type);
        line += ',';
        appendCsvField(line, t.sub);
        line += ',';
        appendCsvField(line, actor1);
        line += ",,";
        appendCsvField(line, actor2);
        line += ",,";
        appendCsvField(line, p.admin1);
        line += ',';
        appendCsvField(line, p.name);
        std::snprintf(buf, sizeof buf, ",%.4f,%.4f,%d,", lat, lon, geo);
        line += buf;
        appendCsvField(line, kSources[pickSource(rng)]);
        line += ',';
        appendCsvField(line, notes);
        line += ',' + std::to_string(fatalities) + '\n';
        std::fwrite(line.data(), 1, line.size(), f);
    }
    std::fclose(f);
    return QFileInfo(path).size();
}

qint64 fileSize(const QString& path)
{
    qint64 size = 0;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        size += QFileInfo(path + QLatin1String(suffix)).size();
    return size;
}

// The child side of (b): create a project and import the CSV into it. Leaves its peak RSS
// in PROJECT.hwm: ru_maxrss would include the spawning parent's memory (Linux keeps the
// high-water mark across exec).
int childImport(const QString& csv, const QString& project)
{
    struct ReportPeak {
        QString path;
        ~ReportPeak()
        {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly)) f.write(QByteArray::number(qint64(peakRssKb())));
        }
    } peakReport{project + QStringLiteral(".hwm")};
    try {
        auto store = EventStore::create(project);
        const ImportReport report = importFile(*store, csv, QStringLiteral("acled"));
        std::printf("    imported %lld rows, rejected %lld\n",
                    static_cast<long long>(report.imported),
                    static_cast<long long>(report.rejected.size()));
        return report.imported > 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "import failed: %s\n", e.what());
        return 1;
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Query latency: 50 different 30-day windows (seeded) x the Iraq bounding box, warm cache.
void measureQueries(const QString& project)
{
    QElapsedTimer t;
    auto store = EventStore::open(project, true);
    std::mt19937 rng(30);
    const qint64 from2014 =
        QDateTime(QDate(2014, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    std::uniform_int_distribution<int> pickDay(0, 3650 - 30);
    EventQuery q;
    q.bbox = GeoBox{38.8, 29.0, 48.6, 37.4};
    // Warm the page cache once, streaming: a query() of the whole box would hold ~500k
    // complete events, and reclaiming them used to land in the first timed call (the 0.8-4 s
    // "queryIds outlier" of issue 19).
    t.start();
    std::size_t warm = 0;
    store->forEachMatch(q, [&warm](const EventRecord&) { ++warm; });
    std::printf("  warm-up: %zu events of the bbox streamed in %.0f ms\n", warm,
                double(t.nsecsElapsed()) / 1e6);
    std::vector<double> ms, idMs, streamMs, counts;
    qint64 slowestFrom = 0;
    for (int i = 0; i < 50; ++i) {
        const qint64 from = from2014 + qint64(pickDay(rng)) * 86400;
        q.window = TimeWindow{from, from + 30 * 86400};
        t.restart();
        const auto ids = store->queryIds(q);
        idMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (idMs.back() >= *std::max_element(idMs.begin(), idMs.end())) slowestFrom = from;
        t.restart();
        const auto events = store->query(q);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        counts.push_back(double(events.size()));
        if (ids.size() != events.size()) std::printf("  MISMATCH: queryIds and query differ\n");
        t.restart();
        std::size_t streamed = 0;
        store->forEachMatch(q, [&streamed](const EventRecord&) { ++streamed; });
        streamMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (streamed != ids.size()) std::printf("  MISMATCH: forEachMatch and queryIds differ\n");
    }
    std::printf("  query 30 days x Iraq bbox, median of 50 windows (%.0f events each):\n"
                "    queryIds (matching ids)      %7.2f ms  (max %.2f)\n"
                "    query (complete Events)      %7.2f ms  (max %.2f)\n"
                "    forEachMatch (streamed)      %7.2f ms  (max %.2f)\n",
                median(counts), median(idMs), *std::max_element(idMs.begin(), idMs.end()),
                median(ms), *std::max_element(ms.begin(), ms.end()), median(streamMs),
                *std::max_element(streamMs.begin(), streamMs.end()));
    std::printf("    the slowest queryIds: the window from %s (query %d of 50)\n",
                qPrintable(QDateTime::fromSecsSinceEpoch(slowestFrom, QTimeZone::utc())
                               .date()
                               .toString(Qt::ISODate)),
                int(std::max_element(idMs.begin(), idMs.end()) - idMs.begin()) + 1);
    t.restart();
    const EventColumns columns = store->loadColumns();
    std::printf("  loadColumns: %zu events in %.2f s\n", columns.size(), double(t.elapsed()) / 1e3);
    t.restart();
    const ProjectInfo info = store->info();
    std::printf("  info(): %lld events, %lld locations in %.1f ms\n",
                static_cast<long long>(info.events), static_cast<long long>(info.locations),
                double(t.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
}

void benchmark(qint64 n, const std::string& self)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tigris-bench-XXXXXX"));
    const QString csv = dir.filePath(QStringLiteral("acled.csv"));
    const QString reference = dir.filePath(QStringLiteral("reference.db"));
    const QString project = dir.filePath(QStringLiteral("project.tigris"));

    QElapsedTimer t;
    t.start();
    const qint64 csvBytes = writeAcledCsv(csv, n);
    std::printf("\n== %lld rows: CSV %.1f MB written in %.1f s\n", static_cast<long long>(n),
                double(csvBytes) / 1e6, double(t.elapsed()) / 1e3);
    std::printf("  (peak RSS of the sqlite3 shell includes the %.1f MB of this process: Linux "
                "keeps the high-water mark across exec)\n",
                double(peakRssKb()) / 1024.0);
    std::fflush(stdout);

    ::sync(); // the CSV's dirty pages must not be flushed during (and billed to) an import
    const ChildRun ref = runChild(
        {"/usr/bin/sqlite3", reference.toStdString(),
         ".import --csv " + csv.toStdString() + " acled",
         "CREATE INDEX acled_by_date ON acled(event_date);",
         "CREATE VIRTUAL TABLE acled_pos USING rtree(id, min_lon, max_lon, min_lat, max_lat);",
         "INSERT INTO acled_pos SELECT rowid, longitude, longitude, latitude, latitude FROM "
         "acled;"});
    const qint64 refBytes = fileSize(reference);
    QFile::remove(reference);

    ::sync(); // nor the reference's
    ChildRun tig = runChild({self, "--child-import", csv.toStdString(), project.toStdString()});
    const qint64 projectBytes = fileSize(project);
    {
        QFile hwm(project + QStringLiteral(".hwm"));
        if (hwm.open(QIODevice::ReadOnly)) tig.peakRssKb = hwm.readAll().toLong();
    }

    std::printf("  %-26s %8s %10s %10s %9s %12s\n", "", "seconds", "rows/s", "file MB", "x CSV",
                "peak RSS MB");
    const auto row = [&](const char* name, const ChildRun& r, qint64 bytes) {
        std::printf("  %-26s %8.2f %10.0f %10.1f %9.2f %12.1f%s\n", name, r.seconds,
                    double(n) / r.seconds, double(bytes) / 1e6, double(bytes) / double(csvBytes),
                    double(r.peakRssKb) / 1024.0, r.status == 0 ? "" : "  (FAILED)");
    };
    row("sqlite3 .import + indexes", ref, refBytes);
    row("Tigris importFile (acled)", tig, projectBytes);
    std::printf("  Tigris / sqlite3 time: %.2f\n", tig.seconds / ref.seconds);
    std::fflush(stdout);
    if (tig.status != 0) return;

    measureQueries(project);
}

} // namespace

int main(int argc, char** argv)
{
    static const char* const usage =
        "Usage: bench_store [N ...]              import N generated ACLED-like rows (default "
        "100000 then\n"
        "                                        1000000; 1000 to 100000000) with Tigris and "
        "with the sqlite3\n"
        "                                        shell side by side, then the query latencies\n"
        "       bench_store --write-csv N FILE   only write the CSV\n"
        "       bench_store --child-import CSV OUT  only import (the child the parent runs)\n"
        "       bench_store --query PROJECT      only the query latencies of PROJECT\n";
    const std::string mode = argc > 1 ? argv[1] : "";
    const auto modeArgs = [&](int count) {
        // The mode's own arguments, validated as the others; argv[1] is the mode.
        if (argc != count + 2) {
            std::fprintf(stderr, "%s takes %d argument%s\n\n%s", mode.c_str(), count,
                         count == 1 ? "" : "s", usage);
            std::exit(2);
        }
        return BenchArgs(argc - 1, argv + 1, usage, count);
    };
    if (mode == "--child-import") {
        const BenchArgs args = modeArgs(2);
        QCoreApplication app(argc, argv);
        return childImport(QString::fromLocal8Bit(args.at(0).c_str()),
                           QString::fromLocal8Bit(args.at(1).c_str()));
    }
    if (mode == "--query") {
        const BenchArgs args = modeArgs(1);
        const QString project = args.project(0);
        QCoreApplication app(argc, argv);
        try {
            measureQueries(project);
        } catch (const std::exception& e) {
            args.fail(e.what());
        }
        return 0;
    }
    if (mode == "--write-csv") { // for profiling by hand
        const BenchArgs args = modeArgs(2);
        const qint64 n = args.integer(0, "N", 0, 1, 100'000'000);
        QCoreApplication app(argc, argv);
        writeAcledCsv(QString::fromLocal8Bit(args.at(1).c_str()), n);
        return 0;
    }
    const BenchArgs args(argc, argv, usage, 8);
    std::vector<qint64> sizes;
    for (int i = 0; i < args.count(); ++i)
        sizes.push_back(args.integer(i, "N", 0, 1000, 100'000'000));
    QCoreApplication app(argc, argv);
    if (sizes.empty()) sizes = {100'000, 1'000'000};
    const std::string self = QCoreApplication::applicationFilePath().toStdString();
    if (sizes.size() > 1) {
        // One process per size, so that no size inherits the memory of the one before.
        for (qint64 n : sizes)
            runChild({self, std::to_string(n)});
        return 0;
    }
    std::printf("bench_store: sqlite %s (threadsafe=%d)\n", sqlite3_libversion(),
                sqlite3_threadsafe());
    benchmark(sizes.front(), self);
    return 0;
}
