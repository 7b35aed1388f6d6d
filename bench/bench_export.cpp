// Export speed (issue 6): a 3840x2160 PNG of 1M events in ≤ 1 s and 100 frames at 1920x1080
// in ≤ 10 s. Synthetic events as in bench_map (nine real places, six categories, ten years of
// days), or a real project. Prints, per figure, the median of 5 runs split into drawing and
// PNG encoding, then 100 frames through FrameWriter (drawing reused, encoding in parallel at
// zlib level 1) against the same frames drawn and encoded in turn on one thread
// (MapExport::writeImage, PngEncoder at level 3).
// Run: build/bench/bench_export [events | PROJECT.tigris]
#include "BenchArgs.h"
#include "ProcessCpu.h"
#include "compose/AnimationSteps.h"
#include "compose/FrameWriter.h"
#include "compose/MapExport.h"
#include "compose/SnapshotRenderer.h"
#include "geo/WebMercator.h"
#include "render/PngEncoder.h"
#include "store/EventStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

namespace {
EventColumns synthetic(std::size_t n)
{
    const std::pair<double, double> places[] = {
        {36.34, 43.13}, {33.315, 44.366}, {34.607, 43.679}, {35.468, 44.392}, {33.349, 43.784},
        {35.95, 39.01}, {36.191, 44.009}, {33.513, 36.292}, {34.929, 43.493}};
    std::mt19937 rng(7);
    std::normal_distribution<double> jitter(0, 0.35);
    std::uniform_int_distribution<int> pick(0, 8);
    EventColumns c;
    c.reserve(n);
    const qint64 start = 1388534400; // 2014-01-01
    for (std::size_t i = 0; i < n; ++i) {
        const auto [lat, lon] = places[pick(rng)];
        const QPointF p = WebMercator::project(lat + jitter(rng), lon + jitter(rng));
        c.id.push_back(qint64(i));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        c.lo.push_back(start + qint64(i * 315'360'000 / n));
        c.hi.push_back(c.lo.back() + 86400);
        c.category.push_back(std::uint16_t(i % 6));
        c.precision.push_back(3);
        c.geoPrecision.push_back(std::uint8_t(1 + i % 3));
        c.approximate.push_back(0);
    }
    return c;
}

std::vector<Category> categories()
{
    const char* names[] = {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots",   "Strategic developments"};
    const QRgb colours[] = {0xD55E00, 0xCC79A7, 0xE69F00, 0x0072B2, 0x009E73, 0x56B4E9};
    std::vector<Category> out;
    for (int i = 0; i < 6; ++i)
        out.push_back(Category{i + 1, QString::fromLatin1(names[i]), QColor(colours[i])});
    return out;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (every thread): on a machine shared with busy neighbours the
// wall time overstates what the work costs, so both are printed.
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').at(0).toLong();
    return 0;
}

struct Times {
    double wall, cpu;
};

// Median of 5 runs after one warm-up.
template <class F> Times median5(F&& f)
{
    std::vector<Times> runs;
    for (int run = 0; run < 6; ++run) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        f();
        if (run > 0) runs.push_back({msSince(t), cpuMs() - c0});
    }
    std::sort(runs.begin(), runs.end(),
              [](const Times& a, const Times& b) { return a.wall < b.wall; });
    return runs[runs.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_export [EVENTS | PROJECT.tigris]\n"
                         "  A 3840x2160 PNG (median of 5, drawing and encoding apart) and 100 "
                         "frames at 1920x1080\n  of EVENTS synthetic events (default 1000000, "
                         "1 to 50000000) or of a project.\n",
                         1);
    QString arg;
    if (args.has(0) && QByteArray(args.at(0).c_str()).endsWith(".tigris"))
        arg = args.project(0);
    else
        arg = QString::number(args.integer(0, "EVENTS", 1'000'000, 1, 50'000'000));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;

    QElapsedTimer load;
    load.start();
    std::unique_ptr<SnapshotRenderer> renderer;
    TimeWindow span;
    if (arg.endsWith(QLatin1String(".tigris"))) {
        try {
            auto store = EventStore::open(arg, true);
            renderer = std::make_unique<SnapshotRenderer>(*store);
        } catch (const std::exception& e) {
            args.fail(e.what());
        }
        std::printf("project %s: %zu events; opened, read and indexed in %.0f ms\n",
                    qPrintable(arg), renderer->columns().size(), msSince(load));
    } else {
        const auto n = std::size_t(arg.toLongLong());
        EventColumns columns = synthetic(n);
        load.restart();
        renderer = std::make_unique<SnapshotRenderer>(std::move(columns), categories());
        std::printf("synthetic: %zu events; renderer (index) built in %.0f ms\n", n, msSince(load));
    }
    const EventColumns& c = renderer->columns();
    if (c.size() == 0) args.fail(qPrintable(arg + QStringLiteral(": the project has no events")));
    span.from = *std::min_element(c.lo.begin(), c.lo.end());
    span.to = *std::max_element(c.hi.begin(), c.hi.end());
    // A month in the middle of the data.
    const qint64 mid = span.from + (span.to - span.from) / 2;
    const TimeWindow month{mid, mid + 30 * 86400};

    std::printf("\n3840x2160 PNG, median of 5, ms wall / CPU: drawing; encoding (PngEncoder "
                "at zlib levels 1, 3, 6, and Qt's writer) with the file's size\n");
    const struct {
        const char* name;
        bool timeline;
        std::optional<TimeWindow> window;
        bool cumulative;
    } cases[] = {{"map, all events", false, std::nullopt, false},
                 {"map+timeline, all events", true, std::nullopt, false},
                 {"map+timeline, one month", true, month, false},
                 {"map+timeline, cumulative", true, month, true}};
    for (const auto& k : cases) {
        MapExportOptions o;
        o.size = QSize(3840, 2160);
        o.timeline = k.timeline;
        o.window = k.window;
        o.cumulative = k.cumulative;
        o.title = QStringLiteral("Benchmark");
        QImage image;
        const Times draw = median5([&] { image = renderer->render(o); });
        std::printf("  %-26s draw %4.0f / %4.0f", k.name, draw.wall, draw.cpu);
        for (int level : {1, 3, 6}) {
            QByteArray png;
            const Times t = median5([&] { png = PngEncoder::encode(image, level); });
            std::printf(" | z%d %4.0f / %4.0f %4.2f MB", level, t.wall, t.cpu,
                        double(png.size()) / 1048576.0);
        }
        {
            QByteArray png;
            const int threads = QThread::idealThreadCount();
            const Times t = median5([&] { png = PngEncoder::encode(image, 3, threads); });
            std::printf(" | z3x%d %4.0f / %4.0f %4.2f MB", threads, t.wall, t.cpu,
                        double(png.size()) / 1048576.0);
        }
        const QString path = dir.filePath(QStringLiteral("qt.png"));
        const Times qt = median5([&] { image.save(path, "PNG"); });
        std::printf(" | Qt %4.0f / %4.0f %4.2f MB\n", qt.wall, qt.cpu,
                    double(QFile(path).size()) / 1048576.0);
    }
    {
        // The whole of MapExport::save, as export-image runs it after reading the project.
        MapExportOptions o;
        o.size = QSize(3840, 2160);
        o.timeline = true;
        o.window = month;
        const Times save = median5(
            [&] { MapExport::save(*renderer, o, dir.filePath(QStringLiteral("save.png"))); });
        std::printf("  MapExport::save 4K PNG, map+timeline, one month: %.0f / %.0f ms\n",
                    save.wall, save.cpu);
    }

    // 100 weekly frames ending at the data's end, window and cumulative mode.
    const qint64 week = 7 * 86400;
    const TimeWindow range{span.to - 100 * week, span.to};
    const AnimationSteps steps = *AnimationSteps::parse(QStringLiteral("1w"));
    std::printf("\n100 frames 1920x1080 (map+timeline, 1w steps), seconds\n");
    for (bool cumulative : {false, true}) {
        MapExportOptions o;
        o.size = QSize(1920, 1080);
        o.timeline = true;
        o.cumulative = cumulative;
        const std::vector<TimeWindow> windows = steps.windows(range, cumulative);
        const QString framesDir = dir.filePath(QStringLiteral("frames"));
        QElapsedTimer t;
        t.start();
        double c0 = cpuMs();
        const int written = FrameWriter::write(*renderer, o, windows, framesDir);
        const double parallel = msSince(t) / 1000, parallelCpu = (cpuMs() - c0) / 1000;
        t.restart();
        c0 = cpuMs();
        for (std::size_t i = 0; i < windows.size(); ++i) {
            o.window = windows[i];
            MapExport::writeImage(renderer->render(o), FrameWriter::framePath(framesDir, int(i)));
        }
        const double serial = msSince(t) / 1000, serialCpu = (cpuMs() - c0) / 1000;
        std::printf("  %-10s FrameWriter %d frames %.2f s (%.0f ms a frame), CPU %.2f s; "
                    "one thread, level 3: %.2f s, CPU %.2f s\n",
                    cumulative ? "cumulative" : "window", written, parallel,
                    parallel * 1000 / written, parallelCpu, serial, serialCpu);
    }
    std::printf("\npeak RSS %.0f MB\n", peakRssKb() / 1024.0);
    return 0;
}
