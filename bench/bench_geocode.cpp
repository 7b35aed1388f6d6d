// The costs issue 7's geocoding and encoding work adds to an import: checking that text read as
// UTF-8 is UTF-8 to its end (Utf8Validator, against reading the file alone), loading the
// gazetteer with its two indexes, and looking names up (Latin, and Arabic script by skeleton).
// Timed in wall and CPU milliseconds; run it several times and report medians with the load.
// Run: build/bench/bench_geocode [megabytes of generated CSV, default 256] [runs, default 3]
#include "BenchArgs.h"
#include "ProcessCpu.h"
#include "geo/Gazetteer.h"
#include "io/Utf8Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

namespace {
struct Timing {
    double wallMs, cpuMs;
};

template <typename F> Timing timed(F&& f)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuMs();
    f();
    return {double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

// Reads the whole device in 64 KB pieces, as the CSV reader does; returns the bytes read.
qint64 drain(QIODevice& d)
{
    static char buffer[64 * 1024];
    qint64 total = 0;
    for (qint64 n; (n = d.read(buffer, sizeof buffer)) > 0;)
        total += n;
    return total;
}
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_geocode [MEGABYTES [RUNS]]\n"
                         "  UTF-8 validation against a plain read of MEGABYTES of generated CSV "
                         "(default 256,\n  1 to 4096), the gazetteer's load and name look-ups; "
                         "RUNS times each (default 3, 1 to 100).\n",
                         2);
    const qint64 megabytes = args.integer(0, "MEGABYTES", 256, 1, 4096);
    const int runs = int(args.integer(1, "RUNS", 3, 1, 100));
    QCoreApplication app(argc, argv);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf8.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return 1;
        // An ACLED-like row: mostly ASCII, an Arabic place and an accented word.
        const QByteArray row =
            QString::fromUtf8("IRQ1234,2014-06-10,Battles,Armed clash,Military Forces of Iraq "
                              "(2014-),Islamic State,Nineveh,الموصل,36.3350,43.1189,1,"
                              "Clashes near the Café Nour checkpoint; fighters advanced "
                              "towards the old city.,12\n")
                .toUtf8();
        QByteArray block;
        while (block.size() < (1 << 20))
            block += row;
        for (qint64 written = 0; written < megabytes << 20; written += block.size())
            f.write(block);
    }
    const double mb = double(QFileInfo(path).size()) / (1 << 20);
    std::printf("UTF-8 check over %.0f MB of generated CSV\n", mb);
    for (int run = 0; run < runs; ++run) {
        QFile plain(path);
        plain.open(QIODevice::ReadOnly);
        const Timing read = timed([&] { drain(plain); });
        QFile source(path);
        source.open(QIODevice::ReadOnly);
        Utf8Validator checked(source);
        const Timing check = timed([&] { drain(checked); });
        std::printf("  run %d: read alone %7.1f ms wall %7.1f ms CPU; read and checked %7.1f ms "
                    "wall %7.1f ms CPU (%.0f MB/s CPU)%s\n",
                    run + 1, read.wallMs, read.cpuMs, check.wallMs, check.cpuMs,
                    mb / (check.cpuMs / 1e3), checked.failed() ? " FAILED" : "");
    }

    const Timing load = timed([] { Gazetteer::bundled(); });
    const Gazetteer& g = Gazetteer::bundled();
    std::printf("gazetteer: %lld places loaded in %.1f ms wall %.1f ms CPU\n",
                static_cast<long long>(g.size()), load.wallMs, load.cpuMs);
    const QStringList latin = {QStringLiteral("Mosul"),  QStringLiteral("Falluja"),
                               QStringLiteral("Sinjar"), QStringLiteral("Baghdad"),
                               QStringLiteral("Tikrit"), QStringLiteral("Tigrisopolis")};
    const QStringList arabic = {QString::fromUtf8("الموصل"), QString::fromUtf8("الفلوجة"),
                                QString::fromUtf8("بيجي"),   QString::fromUtf8("بغداد"),
                                QString::fromUtf8("تكريت"),  QString::fromUtf8("كركوك")};
    constexpr int kLookups = 60'000;
    std::size_t found = 0;
    const Timing byName = timed([&] {
        for (int i = 0; i < kLookups; ++i)
            found += g.find(latin[i % latin.size()], QStringLiteral("Iraq")).candidates.size();
    });
    const Timing bySkeleton = timed([&] {
        for (int i = 0; i < kLookups; ++i)
            found += g.find(arabic[i % arabic.size()], QStringLiteral("Iraq")).candidates.size();
    });
    std::printf("find, %d lookups with a country: Latin %.1f ms CPU (%.2f us each), Arabic by "
                "skeleton %.1f ms CPU (%.2f us each) [%zu candidates]\n",
                kLookups, byName.cpuMs, byName.cpuMs * 1e3 / kLookups, bySkeleton.cpuMs,
                bySkeleton.cpuMs * 1e3 / kLookups, found);
    return 0;
}
