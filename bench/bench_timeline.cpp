// Timeline benchmark: 1M synthetic events. Histogram at several zooms, one scrub step (filter +
// histogram), playback at 30 steps per second, and a full timeline repaint.
// Run: build/bench/bench_timeline [events]
#include "BenchArgs.h"
#include "model/EventFilter.h"
#include "model/Playback.h"
#include "render/TimeHistogram.h"
#include "render/TimelinePainter.h"
#include "render/TimelineSprites.h"
#include "time/FuzzyDate.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <random>

namespace {
EventColumns synthetic(std::size_t n)
{
    EventColumns c;
    c.reserve(n);
    std::mt19937_64 rng(42);
    const qint64 t0 = FuzzyDate::fromParts(2010).begin(), t1 = FuzzyDate::fromParts(2020).begin();
    std::uniform_int_distribution<qint64> when(t0, t1);
    std::uniform_int_distribution<int> kind(0, 99), category(0, 9), days(2, 60);
    std::uniform_real_distribution<double> pos(0.55, 0.65);
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 t = when(rng);
        const int k = kind(rng);
        DatePrecision p = DatePrecision::Day;
        qint64 lo, hi;
        if (k < 70 || k >= 95) {
            p = k < 70 ? DatePrecision::Day : DatePrecision::Minute;
            lo = floorTo(t, p);
            hi = k < 70 ? lo + 86400 : lo + 60;
        } else if (k < 85) {
            p = DatePrecision::Month;
            lo = floorTo(t, p);
            hi = ceilTo(t, p);
        } else if (k < 90) {
            p = DatePrecision::Year;
            lo = floorTo(t, p);
            hi = ceilTo(t, p);
        } else {
            lo = floorTo(t, DatePrecision::Day);
            hi = lo + days(rng) * 86400; // a multi-day span
        }
        c.id.push_back(qint64(i) + 1);
        c.x.push_back(pos(rng));
        c.y.push_back(pos(rng));
        c.lo.push_back(lo);
        c.hi.push_back(hi);
        c.category.push_back(std::uint16_t(category(rng)));
        c.precision.push_back(std::uint8_t(p));
        c.geoPrecision.push_back(0);
        c.approximate.push_back(k % 17 == 0);
    }
    return c;
}

struct Stats {
    double median, p95;
};

template <typename F> Stats measure(int runs, F&& f)
{
    std::vector<double> ms;
    QElapsedTimer t;
    for (int r = 0; r < runs; ++r) {
        t.start();
        f(r);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_timeline [EVENTS]\n"
                         "  Histogram, scrub step, playback and timeline repaints over EVENTS "
                         "synthetic events\n  (default 1000000, 1000 to 50000000).\n",
                         1);
    const auto n = std::size_t(args.integer(0, "EVENTS", 1'000'000, 1000, 50'000'000));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const EventColumns columns = synthetic(n);
    const double width = 1200;
    std::printf("events %zu, timeline %g px wide\n\n", n, width);

    TimeHistogram index;
    QElapsedTimer t;
    t.start();
    index.build(columns, 10);
    std::printf("histogram index build (once per load): %.1f ms\n\n",
                double(t.nsecsElapsed()) / 1e6);

    const qint64 mid = FuzzyDate::fromParts(2014, 6, 10).begin();
    struct Zoom {
        const char* name;
        double span;
    };
    const Zoom zooms[] = {{"century", 100 * 365.25 * 86400},
                          {"10 years", 10 * 365.25 * 86400},
                          {"1 year", 365.25 * 86400},
                          {"1 month", 30 * 86400.0},
                          {"1 week", 7 * 86400.0},
                          {"1 day", 86400.0},
                          {"1 hour", 3600.0}};
    std::printf("%-10s %6s %10s %10s\n", "zoom", "bins", "median ms", "p95 ms");
    TimeHistogram::Bins bins;
    std::vector<qint64> edges;
    for (const Zoom& z : zooms) {
        TimeAxis axis(qint64(mid - z.span / 2), qint64(mid + z.span / 2), width);
        const Stats s = measure(60, [&](int r) {
            axis.panByPixels(r % 2 ? 3 : -3); // a fresh range each time
            TimeHistogram::calendarEdges(axis, 4, edges);
            index.compute(edges, {}, bins);
        });
        std::printf("%-10s %6zu %10.3f %10.3f\n", z.name, bins.size(), s.median, s.p95);
    }

    EventFilter filter;
    EventFilter::Settings settings;
    settings.window = {mid, mid + 7 * 86400};
    std::printf("\n%-36s %10s %10s\n", "event filter (1M rows)", "median ms", "p95 ms");
    const auto filterRun = [&](const char* name) {
        const Stats s = measure(60, [&](int r) {
            settings.window = {mid + r * 86400, mid + r * 86400 + 7 * 86400};
            filter.update(columns, settings);
        });
        std::printf("%-36s %10.3f %10.3f   (%zu visible)\n", name, s.median, s.p95,
                    filter.visibleCount());
    };
    filterRun("window, overlap");
    settings.inside = true;
    filterRun("window, inside");
    settings.inside = false;
    settings.categoryEnabled = {1, 1, 0, 1, 1, 0, 1, 1, 1, 1};
    filterRun("window, 8 of 10 categories");
    settings.categoryEnabled.clear();
    settings.mode = EventFilter::Mode::Cumulative;
    filterRun("cumulative with fading");
    settings.mode = EventFilter::Mode::Window;

    // One scrub step: the window moves one day, the mask is recomputed and the histogram for
    // the current view is recomputed too (as when the view follows the window).
    TimeAxis axis(mid - 45 * 86400, mid + 45 * 86400, width);
    const Stats scrub = measure(120, [&](int r) {
        settings.window = {mid + r * 86400, mid + (r + 7) * 86400};
        filter.update(columns, settings);
        axis.centreOn(double(settings.window.from));
        TimeHistogram::calendarEdges(axis, 4, edges);
        index.compute(edges, {}, bins);
    });
    std::printf("\nscrub step (filter + histogram, 3-month view): median %.3f ms, p95 %.3f ms\n",
                scrub.median, scrub.p95);

    // Playback: 300 steps by day; each must fit a 33 ms frame at 30 steps/s.
    Playback playback;
    playback.setBounds(FuzzyDate::fromParts(2010).begin(), FuzzyDate::fromParts(2020).begin());
    playback.setWindow({mid, mid + 86400});
    playback.setStepsPerSecond(30);
    playback.play();
    int over = 0;
    const Stats play = measure(300, [&](int) {
        playback.advance(1.0 / 30);
        settings.window = playback.window();
        filter.update(columns, settings);
        axis.centreOn(double(settings.window.from));
        TimeHistogram::calendarEdges(axis, 4, edges);
        index.compute(edges, {}, bins);
    });
    over = play.p95 > 1000.0 / 30 ? 1 : 0;
    std::printf("playback step at 30 steps/s: median %.3f ms, p95 %.3f ms (budget 33.3 ms%s)\n",
                play.median, play.p95, over ? ", EXCEEDED" : "");

    // A full timeline repaint (axis, histogram, marks when sparse, brush) into a QImage.
    QImage image(int(width), 220, QImage::Format_ARGB32_Premultiplied);
    std::vector<QColor> colours;
    for (int c = 0; c < 10; ++c)
        colours.push_back(QColor::fromHsv(c * 36, 160, 210));
    // The scene of one zoom, around the middle, with the histogram's bins for it.
    auto sceneAt = [&](const Zoom& z) {
        TimelineScene scene;
        scene.axis = TimeAxis(qint64(mid - z.span / 2), qint64(mid + z.span / 2), width);
        scene.columns = &columns;
        scene.inWindow = &filter.mask();
        scene.histogram = &bins;
        scene.colours = colours;
        scene.window = settings.window;
        TimeHistogram::calendarEdges(scene.axis, 4, edges);
        index.compute(edges, {}, bins);
        return scene;
    };
    std::printf("\n%-10s %10s %10s\n", "repaint", "median ms", "p95 ms");
    for (const Zoom& z : zooms) {
        const TimelineScene scene = sceneAt(z);
        const Stats s = measure(20, [&](int) {
            QPainter p(&image);
            TimelinePainter::paint(p, scene, QSizeF(image.size()));
        });
        std::printf("%-10s %10.3f %10.3f\n", z.name, s.median, s.p95);
    }

    // The same repaints as an export draws them, scaled by 1.2 (1080p) and 2.4 (4K), with a
    // filter that keeps one event in 400 so that the marks are drawn (at most kMaxMarks in
    // view): shapes with pens wider than a device pixel against TimelineSprites. The first of
    // the ten sprite runs makes the sprites; the median leaves it out.
    std::vector<std::uint8_t> oneIn400(columns.size(), 0);
    for (std::size_t i = 0; i < oneIn400.size(); i += 400)
        oneIn400[i] = 1;
    std::printf("\n%-10s %6s %18s %18s\n", "export", "ratio", "shapes median ms",
                "sprites median ms");
    for (const double ratio : {1.2, 2.4}) {
        QImage scaled(int(width * ratio), int(220 * ratio), QImage::Format_ARGB32_Premultiplied);
        for (const Zoom& z : zooms) {
            TimelineScene scene = sceneAt(z);
            scene.filtered = &oneIn400;
            TimelineSprites sprites;
            double medians[2] = {0, 0};
            for (int withSprites = 0; withSprites < 2; ++withSprites) {
                scene.sprites = withSprites ? &sprites : nullptr;
                medians[withSprites] = measure(10, [&](int) {
                                           QPainter p(&scaled);
                                           p.setRenderHint(QPainter::Antialiasing);
                                           p.scale(ratio, ratio);
                                           TimelinePainter::paint(p, scene, QSizeF(width, 220));
                                       }).median;
            }
            std::printf("%-10s %6.1f %18.3f %18.3f\n", z.name, ratio, medians[0], medians[1]);
        }
    }
    return 0;
}
