// The command line as a whole process (issue 19): start-up, `info` and the 30-day x Iraq query,
// side by side with the sqlite3 shell in one run. Each command runs RUNS times, Tigris and its
// peer alternating so that both see the same load; printed: median wall and CPU (user + system
// of the child, wait4), peak RSS, rows written, and the ratio of the medians.
//
//   bench_cli PROJECT.tigris REFERENCE.db [RUNS]
//   bench_cli --make-reference CSV REFERENCE.db
//
// REFERENCE.db is the peer: the ACLED-like CSV of `bench_store --write-csv` in a typed table
// with a covering (event_date, longitude, latitude) index, made by --make-reference with the
// sqlite3 shell. The tigris binary is build/app/tigris next to this one (or $TIGRIS).
#include "BenchArgs.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

const char* const kUsage =
    "Usage: bench_cli PROJECT.tigris REFERENCE.db [RUNS]\n"
    "       bench_cli --make-reference CSV REFERENCE.db\n"
    "  Whole-process figures of `tigris --help`, an empty query, `tigris info` and the 30-day\n"
    "  x Iraq query (jsonl, every field), each RUNS times (default 11, 3 to 1001) alternating\n"
    "  with its peer, the sqlite3 shell on REFERENCE.db: a typed table of the same CSV with a\n"
    "  covering (event_date, longitude, latitude) index, made from the CSV of\n"
    "  `bench_store --write-csv N CSV` by --make-reference. Medians of wall and CPU time,\n"
    "  peak RSS, rows written, and Tigris / peer.\n";

const char* const kSqlite = "/usr/bin/sqlite3";

struct Run {
    double wallMs = 0, cpuMs = 0;
    long peakRssKb = 0;
    long lines = 0;
    int status = 0;
};

// Runs argv with stdout to `out`; wall, the child's own CPU and peak RSS, lines written.
Run runChild(const std::vector<std::string>& args, const std::string& out)
{
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    Run r;
    if (posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "bench_cli: cannot start %s\n", argv[0]);
        std::exit(1);
    }
    posix_spawn_file_actions_destroy(&files);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    r.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    r.peakRssKb = usage.ru_maxrss;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (std::FILE* f = std::fopen(out.c_str(), "rb")) {
        char buffer[1 << 16];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
            r.lines += long(std::count(buffer, buffer + n, '\n'));
        std::fclose(f);
    }
    return r;
}

struct Summary {
    double wall = 0, cpu = 0;
    long rssKb = 0, lines = 0;
    bool failed = false;
};

Summary summarise(std::vector<Run> runs)
{
    Summary s;
    const auto median = [&](auto key) {
        std::vector<double> v;
        for (const Run& r : runs)
            v.push_back(key(r));
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    s.wall = median([](const Run& r) { return r.wallMs; });
    s.cpu = median([](const Run& r) { return r.cpuMs; });
    for (const Run& r : runs) {
        s.rssKb = std::max(s.rssKb, r.peakRssKb);
        s.lines = r.lines;
        s.failed = s.failed || r.status != 0;
    }
    return s;
}

void print(const char* name, const Summary& s)
{
    std::printf("  %-44s %9.1f %9.1f %9.1f %8ld%s\n", name, s.wall, s.cpu, double(s.rssKb) / 1024,
                s.lines, s.failed ? "  (FAILED)" : "");
}

// One case: Tigris's command, and its peer's when there is one, alternating.
void compare(const char* name, const std::vector<std::string>& tigris, const char* peerName,
             const std::vector<std::string>& peer, int runs, const std::string& out)
{
    std::vector<Run> t, p;
    for (int i = 0; i < runs; ++i) {
        t.push_back(runChild(tigris, out));
        if (!peer.empty()) p.push_back(runChild(peer, out));
    }
    const Summary ts = summarise(t);
    print(name, ts);
    if (peer.empty()) return;
    const Summary ps = summarise(p);
    print(peerName, ps);
    std::printf("  %-44s %9.2f %9.2f\n", "  Tigris / peer", ts.wall / ps.wall, ts.cpu / ps.cpu);
}

std::string tigrisBinary()
{
    if (const char* env = std::getenv("TIGRIS")) return env;
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path = n > 0 ? std::string(self, std::size_t(n)) : std::string();
    path = path.substr(0, path.rfind('/'));                 // build/bench
    return path.substr(0, path.rfind('/')) + "/app/tigris"; // build/app/tigris
}

int makeReference(const BenchArgs& args)
{
    const std::string csv = args.at(0), db = args.at(1);
    if (access(csv.c_str(), R_OK) != 0) args.fail("CSV: '" + csv + "' is not readable");
    if (access(db.c_str(), F_OK) == 0) args.fail("REFERENCE.db: '" + db + "' already exists");
    const std::string raw = db + ".raw";
    unlink(raw.c_str());
    const Run r = runChild(
        {kSqlite, db, "ATTACH '" + raw + "' AS r", ".import --csv --schema r " + csv + " raw",
         "CREATE TABLE acled(id INTEGER PRIMARY KEY, event_id_cnty TEXT, event_date TEXT, "
         "year INTEGER, time_precision INTEGER, event_type TEXT, sub_event_type TEXT, actor1 "
         "TEXT, assoc_actor_1 TEXT, actor2 TEXT, assoc_actor_2 TEXT, admin1 TEXT, location TEXT, "
         "latitude REAL, longitude REAL, geo_precision INTEGER, source TEXT, notes TEXT, "
         "fatalities INTEGER);",
         "INSERT INTO acled SELECT NULL, event_id_cnty, event_date, year, time_precision, "
         "event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, admin1, "
         "location, CAST(latitude AS REAL), CAST(longitude AS REAL), geo_precision, source, "
         "notes, fatalities FROM r.raw;",
         "CREATE INDEX acled_cover ON acled(event_date, longitude, latitude);", "ANALYZE;"},
        "/dev/null");
    unlink(raw.c_str());
    std::printf("reference %s made in %.1f s%s\n", db.c_str(), r.wallMs / 1e3,
                r.status ? " (FAILED)" : "");
    return r.status ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::string(argv[1]) == "--make-reference") {
        if (argc != 4) {
            std::fprintf(stderr, "--make-reference takes CSV and REFERENCE.db\n\n%s", kUsage);
            return 2;
        }
        return makeReference(BenchArgs(argc - 1, argv + 1, kUsage, 2));
    }
    const BenchArgs args(argc, argv, kUsage, 3);
    const std::string project = args.project(0).toStdString();
    const std::string reference = args.has(1) ? args.at(1) : "";
    if (reference.empty() || access(reference.c_str(), R_OK) != 0)
        args.fail("REFERENCE.db: '" + reference + "' is not readable (see --make-reference)");
    const int runs = int(args.integer(2, "RUNS", 11, 3, 1001));
    const std::string tigris = tigrisBinary();
    if (access(tigris.c_str(), X_OK) != 0)
        args.fail("no tigris binary at " + tigris + " (set TIGRIS)");
    char out[] = "/tmp/bench_cli_XXXXXX";
    const int fd = mkstemp(out);
    if (fd < 0) args.fail("cannot make a temporary file");
    close(fd);

    char host[256] = {};
    gethostname(host, sizeof host - 1);
    double load[3] = {};
    getloadavg(load, 3);
    std::printf("bench_cli: %s, %d runs each, load average %.1f %.1f %.1f\n", tigris.c_str(), runs,
                load[0], load[1], load[2]);
    std::printf("  %-44s %9s %9s %9s %8s\n", "median of the runs", "wall ms", "CPU ms",
                "max RSS MB", "lines");
    compare("tigris --help", {tigris, "--help"}, "sqlite3 REFERENCE 'SELECT 1' (start-up)",
            {kSqlite, reference, "SELECT 1"}, runs, out);
    compare("tigris query (empty: --from 1900 --to 1900)",
            {tigris, "query", project, "--from", "1900", "--to", "1900"}, "", {}, runs, out);
    compare("tigris info", {tigris, "info", project}, "", {}, runs, out);
    compare("tigris query 30 days x Iraq, jsonl",
            {tigris, "query", project, "--from", "2015-01-01", "--to", "2015-01-30", "--bbox",
             "38.79,29.06,48.61,37.38", "--format", "jsonl"},
            "sqlite3 -json, covering index",
            {kSqlite, "-json", reference,
             "SELECT * FROM acled WHERE event_date BETWEEN '2015-01-01' AND '2015-01-30' AND "
             "longitude BETWEEN 38.79 AND 48.61 AND latitude BETWEEN 29.06 AND 37.38"},
            runs, out);
    getloadavg(load, 3);
    std::printf("load average at the end %.1f %.1f %.1f\n", load[0], load[1], load[2]);
    unlink(out);
    return 0;
}
