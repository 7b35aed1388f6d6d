// One scrub step end to end with 1M events, as the main window does it: the window moves,
// the visibility mask is recomputed, the map repainted at 1920x1080 (basemap + events through
// the mask), and the event list model refreshed (with a table view attached, so the view's own
// reset is counted). Then the timeline repaint on top, through its TimelineCache as
// TimelineWidget paints. The timeline's view stays put while the window moves across it, as
// when the window is dragged, and is centred again when the window leaves it, as in playback
// (TimelinePanel::showWindow); the histogram is recomputed only then (TimelineWidget).
// BENCH_SCRUB_FOLLOW=1 centres the view on the window at every step instead (each step a new
// histogram and a full timeline repaint; the behaviour of this benchmark before 8 Dec 2026).
// Then playback at 30 steps per second. Median and p95 over the steps; memory of the list.
// Every case runs quiet and then with a CPU hog on another core.
// Run: build/bench/bench_scrub [steps [events]]
#include "BenchArgs.h"
#include "EventTableModel.h"
#include "basemap/BasemapLayer.h"
#include "geo/WebMercator.h"
#include "model/EventFilter.h"
#include "model/Playback.h"
#include "render/CachedLayer.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"
#include "render/TimeHistogram.h"
#include "render/TimelineCache.h"
#include "render/TimelinePainter.h"
#include "time/FuzzyDate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <string>
#include <thread>

namespace {
// Ten years of events around Iraqi and Syrian towns: 70% day precision, 15% month, 5% year,
// 5% multi-day spans, 5% minutes; ten categories. Ordered by id, as the store gives them.
EventColumns synthetic(std::size_t n)
{
    const std::pair<double, double> places[] = {
        {36.34, 43.13}, {33.315, 44.366}, {34.607, 43.679}, {35.468, 44.392}, {33.349, 43.784},
        {35.95, 39.01}, {36.191, 44.009}, {33.513, 36.292}, {34.929, 43.493}};
    EventColumns c;
    c.reserve(n);
    std::mt19937_64 rng(42);
    const qint64 t0 = FuzzyDate::fromParts(2010).begin(), t1 = FuzzyDate::fromParts(2020).begin();
    std::uniform_int_distribution<qint64> when(t0, t1);
    std::uniform_int_distribution<int> kind(0, 99), category(0, 9), days(2, 60), place(0, 8);
    std::normal_distribution<double> jitter(0, 0.35);
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 t = when(rng);
        const int k = kind(rng);
        DatePrecision p = DatePrecision::Day;
        qint64 lo, hi;
        if (k < 70 || k >= 95) {
            p = k < 70 ? DatePrecision::Day : DatePrecision::Minute;
            lo = floorTo(t, p);
            hi = k < 70 ? lo + 86400 : lo + 60;
        } else if (k < 90) {
            p = k < 85 ? DatePrecision::Month : DatePrecision::Year;
            lo = floorTo(t, p);
            hi = ceilTo(t, p);
        } else {
            lo = floorTo(t, DatePrecision::Day);
            hi = lo + days(rng) * 86400;
        }
        const auto [lat, lon] = places[place(rng)];
        const QPointF xy = WebMercator::project(lat + jitter(rng), lon + jitter(rng));
        c.id.push_back(qint64(i) + 1);
        c.x.push_back(xy.x());
        c.y.push_back(xy.y());
        c.lo.push_back(lo);
        c.hi.push_back(hi);
        c.category.push_back(std::uint16_t(category(rng)));
        c.precision.push_back(std::uint8_t(p));
        c.geoPrecision.push_back(std::uint8_t(1 + i % 3));
        c.approximate.push_back(k % 17 == 0);
    }
    return c;
}

struct Stats {
    double median, p95;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A thread that spins for as long as it lives: one other core busy.
class CpuHog {
  public:
    explicit CpuHog(bool on)
    {
        if (on)
            thread_ = std::thread([this] {
                volatile unsigned long x = 0;
                while (!stop_.load(std::memory_order_relaxed))
                    x = x + 1;
            });
    }
    ~CpuHog()
    {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
    }
    CpuHog(const CpuHog&) = delete;
    CpuHog& operator=(const CpuHog&) = delete;

  private:
    std::atomic<bool> stop_{false};
    std::thread thread_;
};
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_scrub [STEPS [EVENTS]]\n"
                         "  Scrub steps end to end (filter, histogram when the timeline's view "
                         "moves, 1920x1080\n  map, list, then the timeline repaint) over EVENTS "
                         "synthetic events (default\n  1000000, 1000 to 50000000), median and "
                         "p95 over STEPS steps (default 120, 20 to\n  10000), each case quiet "
                         "and then with a CPU hog (a thread spinning) on another core;\n  "
                         "playback at 30 steps/s; the histogram. The timeline's view stays put "
                         "while the\n  window moves across it; BENCH_SCRUB_FOLLOW=1 centres it "
                         "on the window at every step.\n",
                         2);
    const int steps = int(args.integer(0, "STEPS", 120, 20, 10000));
    const auto n = std::size_t(args.integer(1, "EVENTS", 1'000'000, 1000, 50'000'000));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const EventColumns columns = synthetic(n);

    QElapsedTimer t;
    t.start();
    BasemapLayer basemap;
    CachedLayer cachedBasemap(basemap); // as MapWidget draws it: the view stays put while scrubbing
    EventLayer events;
    events.setColumns(&columns);
    std::vector<QColor> colours;
    for (int c = 0; c < 10; ++c)
        colours.push_back(QColor::fromHsv(c * 36, 160, 210));
    events.setColours(colours);
    TimeHistogram index;
    index.build(columns, 10);
    EventTableModel model;
    model.setSource(nullptr, &columns);
    QTableView list;
    list.setModel(&model);
    list.resize(1200, 300);
    EventFilter filter;
    filter.prepare(columns); // the span order for incremental steps (else built on the first)
    std::printf("%zu events; set-up (map index, histogram index, list order, span order) %.0f "
                "ms\n\n",
                n, msSince(t));

    QImage map(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QImage timeline(1920, 220, QImage::Format_ARGB32_Premultiplied);
    const MapViewport country(QSizeF(map.size()), WebMercator::project(34.5, 42.5), 6.5);
    const MapViewport world(QSizeF(map.size()), QPointF(0.5, 0.45), 2.5);
    const qint64 mid = FuzzyDate::fromParts(2014, 6, 10).begin();

    EventFilter::Settings settings;
    TimeHistogram::Bins bins;
    std::vector<qint64> edges;
    TimelineScene scene;
    TimelineCache timelineCache; // as TimelineWidget paints
    const bool follow = qEnvironmentVariableIntValue("BENCH_SCRUB_FOLLOW") != 0;
    bool viewMoved = true; // the timeline's view changed: a new histogram
    scene.columns = &columns;
    scene.inWindow = &filter.mask();
    scene.histogram = &bins;
    scene.colours = colours;

    // Each part timed on its own; the step is their sum, as they run one after the other.
    struct Parts {
        std::vector<double> filter, histogram, map, list, step, timeline;
    };
    auto oneStep = [&](const TimeWindow& w, const MapViewport& view, Parts& parts) {
        QElapsedTimer part;
        double step = 0;
        part.start();
        settings.window = w;
        filter.update(columns, settings);
        parts.filter.push_back(msSince(part));
        step += parts.filter.back();

        part.start();
        // 90 days in view around the window; centred on it again when it leaves the view.
        if (follow || viewMoved || double(w.from) < scene.axis.from() ||
            double(w.to) > scene.axis.to()) {
            const qint64 centre = w.from + (w.to - w.from) / 2;
            scene.axis = TimeAxis(centre - 45 * 86400, centre + 45 * 86400, timeline.width());
            TimeHistogram::calendarEdges(scene.axis, 4, edges);
            index.compute(edges, {}, bins);
            viewMoved = false;
        }
        parts.histogram.push_back(msSince(part));
        step += parts.histogram.back();

        part.start();
        events.setVisibility(&filter.mask());
        map.fill(Qt::white);
        {
            QPainter p(&map);
            p.setRenderHint(QPainter::Antialiasing);
            MapPainter::paint(p, view, {&cachedBasemap, &events});
        }
        parts.map.push_back(msSince(part));
        step += parts.map.back();

        part.start();
        model.setMask(&filter.mask());
        parts.list.push_back(msSince(part));
        step += parts.list.back();
        parts.step.push_back(step);

        part.start();
        scene.window = w;
        scene.cumulative = settings.mode == EventFilter::Mode::Cumulative;
        {
            QPainter p(&timeline);
            timelineCache.paint(p, scene, QSizeF(timeline.size()));
        }
        parts.timeline.push_back(msSince(part));
    };

    std::printf("%-40s %9s %9s %9s %9s %9s %9s %9s %9s\n", "scrub step, median ms (p95)", "filter",
                "histogram", "map", "list", "STEP", "step p95", "+timeline", "+tl p95");
    auto report = [&](const std::string& name, const Parts& p, std::size_t listed) {
        const Stats step = stats(p.step);
        std::vector<double> whole(p.step.size());
        for (std::size_t i = 0; i < whole.size(); ++i)
            whole[i] = p.step[i] + p.timeline[i];
        std::printf("%-40s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f   (%zu listed)\n",
                    name.c_str(), stats(p.filter).median, stats(p.histogram).median,
                    stats(p.map).median, stats(p.list).median, step.median, step.p95,
                    stats(whole).median, stats(whole).p95, listed);
    };
    struct Case {
        const char* name;
        EventFilter::Mode mode;
        qint64 length;
        const MapViewport* view;
    };
    const Case cases[] = {
        {"window 7 days, country zoom", EventFilter::Mode::Window, 7 * 86400, &country},
        {"window 30 days, country zoom", EventFilter::Mode::Window, 30 * 86400, &country},
        {"window 7 days, world zoom", EventFilter::Mode::Window, 7 * 86400, &world},
        {"window 30 days, world zoom", EventFilter::Mode::Window, 30 * 86400, &world},
        {"cumulative 7 days, country zoom", EventFilter::Mode::Cumulative, 7 * 86400, &country},
    };
    // Each case quiet, then with another core kept busy, as a build or a browser would.
    for (const bool hog : {false, true}) {
        CpuHog busy(hog);
        for (const Case& c : cases) {
            settings.mode = c.mode;
            viewMoved = true;
            Parts parts;
            oneStep({mid, mid + c.length}, *c.view, parts); // warm caches, as a running window
            parts = Parts{};
            for (int s = 0; s < steps; ++s) {
                const qint64 from = mid + qint64(s) * 86400;
                oneStep({from, from + c.length}, *c.view, parts);
            }
            report(std::string(c.name) + (hog ? ", CPU hog" : ""), parts,
                   std::size_t(model.rowCount()));
        }
    }

    // Playback at 30 steps/s: a 7-day window stepping by a day, the whole step (with the
    // timeline repaint) within 33 ms, and the scrub part within the 16 ms budget.
    settings.mode = EventFilter::Mode::Window;
    Playback playback;
    playback.setBounds(FuzzyDate::fromParts(2010).begin(), FuzzyDate::fromParts(2020).begin());
    playback.setWindow({mid, mid + 7 * 86400});
    playback.setStepsPerSecond(30);
    playback.play();
    viewMoved = true;
    Parts parts;
    std::vector<double> whole;
    for (int s = 0; s < steps; ++s) {
        playback.advance(1.0 / 30);
        oneStep(playback.window(), country, parts);
        whole.push_back(parts.step.back() + parts.timeline.back());
    }
    report("playback 30 steps/s, country zoom", parts, std::size_t(model.rowCount()));
    const Stats w = stats(whole);
    std::printf("playback step with timeline repaint: median %.2f ms, p95 %.2f ms (frame 33.3 "
                "ms)\n",
                w.median, w.p95);

    // The histogram at any zoom (bins for a 1920 px timeline).
    std::printf("\nhistogram ms, median (p95):");
    for (const double span : {100 * 365.25 * 86400, 10 * 365.25 * 86400, 365.25 * 86400,
                              30 * 86400.0, 7 * 86400.0, 86400.0, 3600.0}) {
        TimeAxis axis(qint64(mid - span / 2), qint64(mid + span / 2), timeline.width());
        std::vector<double> ms;
        for (int r = 0; r < 60; ++r) {
            axis.panByPixels(r % 2 ? 3 : -3);
            QElapsedTimer h;
            h.start();
            TimeHistogram::calendarEdges(axis, 4, edges);
            index.compute(edges, {}, bins);
            ms.push_back(msSince(h));
        }
        const Stats s = stats(ms);
        std::printf("  %.2f (%.2f)", s.median, s.p95);
    }
    std::printf("  [century, decade, year, month, week, day, hour]\n");
    return 0;
}
