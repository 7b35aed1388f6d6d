// The timeline's cached layer under the window (TimelineCache) against a full repaint: the
// same picture pixel for pixel while the window moves, and a new layer when anything under it
// changes.
#include "render/TimelineCache.h"

#include "EventTestData.h"
#include "TestCatch.h"
#include "model/EventFilter.h"
#include "render/TimeHistogram.h"
#include "render/TimelinePainter.h"
#include "render/TimelineSprites.h"
#include "time/DatePrecision.h"

#include <QImage>
#include <QPainter>
#include <random>

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kFrom = 1'450'000'000 / kDay * kDay;
const QSizeF kSize(700, 220);

// Instants and bars of four categories over 80 days: exact, month-only, approximate, open.
EventColumns events(int n, unsigned seed)
{
    EventColumns c;
    std::mt19937 random(seed);
    for (int k = 0; k < n; ++k) {
        const qint64 lo = kFrom + qint64(random() % (80 * kDay));
        const bool bar = random() % 3 == 0;
        addSpan(c, lo, lo + (bar ? qint64(kDay + random() % (6 * kDay)) : 3600),
                std::uint16_t(random() % 4));
        const std::size_t i = c.size() - 1;
        if (random() % 5 == 0) c.precision[i] = std::uint8_t(DatePrecision::Month);
        c.approximate[i] = std::uint8_t(random() % 7 == 0 ? 1 : random() % 11 == 0 ? 4 : 0);
    }
    return c;
}

QImage blank(double ratio)
{
    QImage image((kSize * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::black);
    return image;
}

QImage full(const TimelineScene& s, double ratio)
{
    QImage image = blank(ratio);
    QPainter p(&image);
    TimelinePainter::paint(p, s, kSize);
    return image;
}

QImage cached(TimelineCache& cache, const TimelineScene& s, double ratio)
{
    QImage image = blank(ratio);
    QPainter p(&image);
    cache.paint(p, s, kSize);
    return image;
}

struct Fixture {
    EventColumns columns;
    TimeHistogram index;
    TimeHistogram::Bins bins;
    EventFilter filter;
    EventFilter::Settings settings;
    std::vector<TimelineScene::Mark> annotations;
    TimelineScene scene;

    explicit Fixture(int n) : columns(events(n, unsigned(n)))
    {
        index.build(columns, 4);
        scene.axis = TimeAxis(double(kFrom - 5 * kDay), double(kFrom + 85 * kDay), kSize.width());
        std::vector<qint64> edges;
        TimeHistogram::calendarEdges(scene.axis, 4, edges);
        index.compute(edges, {}, bins);
        scene.columns = &columns;
        scene.histogram = &bins;
        scene.colours = {QColor(200, 60, 40), QColor(40, 110, 200), QColor(60, 160, 70),
                         QColor(150, 80, 170)};
        scene.categoryNames = {"Battles", "Protests", "Riots", "Strategic developments"};
        annotations = {{kFrom + 10 * kDay, kFrom + 30 * kDay, QColor(220, 120, 0), "Offensive"},
                       {kFrom + 50 * kDay, kFrom + 52 * kDay, QColor(0, 120, 220), "Truce"}};
        scene.marks = &annotations;
        scene.selection = {3, 8, 21};
        moveTo(kFrom + 2 * kDay);
    }
    void moveTo(qint64 from)
    {
        settings.window = {from, from + 9 * kDay};
        filter.update(columns, settings);
        scene.window = settings.window;
        scene.inWindow = &filter.mask();
        scene.cumulative = settings.mode == EventFilter::Mode::Cumulative;
    }
};
} // namespace

TEST_CASE("The cached timeline is a full repaint, pixel for pixel, while the window moves",
          "[timeline][cache]")
{
    // 300 events: marks drawn one by one; 7000: only the histogram and the note.
    for (const int n : {300, TimelinePainter::kMaxMarks + 1000}) {
        for (const double ratio : {1.0, 2.0}) {
            for (const auto lanes : {TimelineScene::Lanes::None, TimelineScene::Lanes::Category}) {
                INFO(n << " events, ratio " << ratio << ", lanes " << int(lanes));
                Fixture f(n);
                f.scene.lanes = lanes;
                TimelineSprites sprites;
                f.scene.sprites = &sprites;
                TimelineCache cache;
                CHECK(cached(cache, f.scene, ratio) == full(f.scene, ratio));
                CHECK_FALSE(cache.lastPaintReused());
                for (int step = 1; step <= 12; ++step) {
                    INFO("step " << step);
                    if (step == 6) f.settings.mode = EventFilter::Mode::Cumulative;
                    f.moveTo(kFrom + 2 * kDay + step * 5 * kDay);
                    f.scene.hovered = step % 4 == 0 ? step : -1;
                    f.scene.selection = {step, step + 7};
                    const QImage fast = cached(cache, f.scene, ratio);
                    CHECK(cache.lastPaintReused());
                    CHECK(fast == full(f.scene, ratio));
                }
            }
        }
    }
}

TEST_CASE("The cached timeline layer is redrawn when what lies under the window changes",
          "[timeline][cache]")
{
    Fixture f(300);
    TimelineCache cache;
    (void)cached(cache, f.scene, 1);
    (void)cached(cache, f.scene, 1);
    REQUIRE(cache.lastPaintReused());

    const auto redrawn = [&](const char* what) {
        INFO(what);
        const QImage fast = cached(cache, f.scene, 1);
        CHECK_FALSE(cache.lastPaintReused());
        CHECK(fast == full(f.scene, 1));
        (void)cached(cache, f.scene, 1);
        CHECK(cache.lastPaintReused());
    };
    f.scene.axis.panByPixels(7);
    redrawn("a pan");
    f.scene.axis.zoomAbout(300, 1.5);
    redrawn("a zoom");
    f.bins.counts[5] += 4;
    f.bins.maxTotal += 4;
    redrawn("the histogram's counts");
    f.scene.colours[1] = QColor(10, 10, 10);
    redrawn("a colour");
    f.scene.lanes = TimelineScene::Lanes::Category;
    redrawn("the lanes");
    std::vector<std::uint8_t> rows(f.columns.size(), 1);
    rows[4] = 0;
    f.scene.filtered = &rows;
    redrawn("a row filter");
    // The same filter refilled in place: only the owner knows.
    rows[4] = 1;
    rows[9] = 0;
    cache.invalidate();
    redrawn("a row filter refilled in place, invalidated");

    // A different size, on a device of another density.
    QImage wide(QSize(900, 220), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&wide);
        cache.paint(p, f.scene, QSizeF(900, 220));
    }
    CHECK_FALSE(cache.lastPaintReused());
    (void)cached(cache, f.scene, 2);
    CHECK_FALSE(cache.lastPaintReused());
}

TEST_CASE("The timeline cache paints vector devices directly", "[timeline][cache]")
{
    Fixture f(300);
    TimelineCache cache;
    QImage image = blank(1);
    QPainter p(&image);
    p.scale(2, 2); // a transformed painter, as an export's strip: no cached copy
    cache.paint(p, f.scene, kSize / 2);
    cache.paint(p, f.scene, kSize / 2);
    CHECK_FALSE(cache.lastPaintReused());
}
