// Full repaints of a 1920x1080 map at world, country (Iraq) and city (Mosul, zoom 12) zoom with
// 10k, 100k and 1M synthetic events clustered around real Middle East places: the basemap
// alone, the events alone, both (the figure the target is about) and both under a timeline
// mask (a one-month window, and cumulative fading). Median and p95 over 60 frames, the
// index's build time and memory, and the resident memory with the events loaded.
// Run: build/bench/bench_map [frames [events [zoom]]], e.g. bench_map 60 1000000 city
#include "BenchArgs.h"
#include "basemap/BasemapLayer.h"
#include "geo/WebMercator.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace {
EventColumns synthetic(std::size_t n)
{
    // Mosul, Baghdad, Tikrit, Kirkuk, Fallujah, Raqqa, Erbil, Damascus, Baiji.
    const std::pair<double, double> places[] = {
        {36.34, 43.13}, {33.315, 44.366}, {34.607, 43.679}, {35.468, 44.392}, {33.349, 43.784},
        {35.95, 39.01}, {36.191, 44.009}, {33.513, 36.292}, {34.929, 43.493}};
    std::mt19937 rng(7);
    std::normal_distribution<double> jitter(0, 0.35);
    std::uniform_int_distribution<int> pick(0, 8);
    EventColumns c;
    c.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [lat, lon] = places[pick(rng)];
        const QPointF p = WebMercator::project(lat + jitter(rng), lon + jitter(rng));
        c.id.push_back(qint64(i));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        // Ten years of days, in data order as a store sorted by date would give them.
        c.lo.push_back(qint64(i * 315'360'000 / n));
        c.hi.push_back(c.lo.back() + 86400);
        c.category.push_back(std::uint16_t(i % 6));
        c.precision.push_back(3);
        c.geoPrecision.push_back(std::uint8_t(1 + i % 3));
        c.approximate.push_back(0);
    }
    return c;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').at(0).toLong();
    return 0;
}

struct Stats {
    double median, p95;
};

template <class F> Stats measure(int frames, F&& paintOnce)
{
    std::vector<double> ms;
    paintOnce(); // warm caches (glyphs, gradients) as a running window would have them
    for (int frame = 0; frame < frames; ++frame) {
        QElapsedTimer t;
        t.start();
        paintOnce();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_map [FRAMES [EVENTS [VIEW]]]\n"
                         "  Full 1920x1080 repaints, median and p95 over FRAMES (default 60, "
                         "20 to 10000) at\n  10k, 100k and 1M synthetic events, or only at "
                         "EVENTS (10000, 100000 or 1000000), in\n  every view or only VIEW "
                         "(world, country or city).\n",
                         3);
    const int frames = int(args.integer(0, "FRAMES", 60, 20, 10000));
    const auto onlyN = std::size_t(args.integer(1, "EVENTS", 0, 0, 1'000'000));
    if (onlyN && onlyN != 10'000 && onlyN != 100'000 && onlyN != 1'000'000)
        args.fail("EVENTS: one of 10000, 100000 or 1000000");
    const QByteArray onlyView = args.has(2) ? QByteArray(args.at(2).c_str()) : QByteArray();
    if (!onlyView.isEmpty() && onlyView != "world" && onlyView != "country" && onlyView != "city")
        args.fail("VIEW: one of world, country or city");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BasemapLayer basemap;
    const std::vector<QColor> colours{QColor(0xD55E00), QColor(0xCC79A7), QColor(0xE69F00),
                                      QColor(0x0072B2), QColor(0x009E73), QColor(0x56B4E9)};
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QSizeF size(1920, 1080);
    const struct {
        const char* name;
        MapViewport view;
    } views[] = {{"world", MapViewport(size, QPointF(0.5, 0.45), 2.5)},
                 {"country", MapViewport(size, WebMercator::project(33.2, 43.7), 6.5)},
                 {"city", MapViewport(size, WebMercator::project(36.34, 43.13), 12)}};
    auto paint = [&](const MapViewport& v, const std::vector<MapLayer*>& layers) {
        return [&image, &v, layers] {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            MapPainter::paint(painter, v, layers);
        };
    };

    std::printf("%d frames of 1920x1080 per figure; ms\n", frames);
    std::printf("basemap alone:");
    for (const auto& v : views) {
        const Stats s = measure(frames, paint(v.view, {&basemap}));
        std::printf("  %s %.2f / %.2f", v.name, s.median, s.p95);
    }
    std::printf("  (median / p95)\n\n");
    std::printf("%-8s %-8s %9s %9s %9s %9s %9s %9s %9s %9s %9s\n", "events", "zoom", "in view",
                "ev med", "ev p95", "full med", "full p95", "month med", "month p95", "cumul med",
                "cumul p95");
    for (std::size_t n : {10'000u, 100'000u, 1'000'000u}) {
        if (onlyN && n != onlyN) continue;
        const long rssBefore = rssKb();
        const EventColumns columns = synthetic(n);
        EventLayer events;
        QElapsedTimer build;
        build.start();
        events.setColumns(&columns);
        const double buildMs = double(build.nsecsElapsed()) / 1e6;
        events.setColours(colours);
        // Timeline masks: a 30-day window (~0.8 % of rows) and cumulative up to the middle
        // with older rows faded.
        std::vector<std::uint8_t> month(n, 0), cumulative(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const qint64 day = columns.lo[i] / 86400;
            month[i] = day >= 1800 && day < 1830 ? 255 : 0;
            cumulative[i] = day < 1830 ? std::uint8_t(60 + day * 195 / 1830) : 0;
        }
        for (const auto& v : views) {
            if (!onlyView.isEmpty() && onlyView != v.name) continue;
            events.setVisibility(nullptr);
            const Stats alone = measure(frames, paint(v.view, {&events}));
            const int inView = events.lastDrawnCount();
            int clusters = 0, symbols = 0;
            for (const auto& cell : events.grid().cells())
                (cell.count > 3 ? clusters : symbols) += cell.count > 3 ? 1 : int(cell.count);
            const char* path[] = {"pyramid", "runs", "rows"};
            std::fprintf(stderr, "  %s: path %s, %d clusters, %d symbols\n", v.name,
                         path[int(events.grid().lastPath())], clusters, symbols);
            const Stats full = measure(frames, paint(v.view, {&basemap, &events}));
            events.setVisibility(&month);
            const Stats m = measure(frames, paint(v.view, {&basemap, &events}));
            events.setVisibility(&cumulative);
            const Stats cu = measure(frames, paint(v.view, {&basemap, &events}));
            std::printf("%-8zu %-8s %9d %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f\n", n,
                        v.name, inView, alone.median, alone.p95, full.median, full.p95, m.median,
                        m.p95, cu.median, cu.p95);
        }
        {
            // A wheel zoom: every frame at a new zoom (country to city), so clusters, counts and
            // halo sizes change each frame and sprite caches are tested, not just hit.
            events.setVisibility(nullptr);
            std::vector<double> ms;
            for (int frame = 0; frame < frames; ++frame) {
                const MapViewport v(size, WebMercator::project(35.5, 43.6),
                                    5.0 + 7.0 * frame / frames);
                QElapsedTimer t;
                t.start();
                paint(v, {&basemap, &events})();
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            std::printf("%-8zu zoom sweep 5 to 12, full repaint: median %.2f, p95 %.2f, max %.2f\n",
                        n, ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
        }
        std::printf("%zu events: index built in %.0f ms, index %.1f MB, columns %.1f MB, "
                    "VmRSS %.0f MB (+%.0f MB for the events)\n\n",
                    n, buildMs, events.index().memoryBytes() / 1048576.0,
                    n * (8 * 5 + 2 + 3) / 1048576.0, rssKb() / 1024.0,
                    (rssKb() - rssBefore) / 1024.0);
    }
    return 0;
}
