// The timeline as a user drives it, under QT_QPA_PLATFORM=offscreen.
#include "TimelineWidget.h"

#include "TestCatch.h"
#include "TimeActions.h"
#include "TimeWindowBar.h"
#include "TimelinePanel.h"
#include "model/TimeController.h"
#include "model/ViewState.h"
#include "time/FuzzyDate.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>

namespace {
qint64 utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

void add(EventColumns& c, FuzzyDate date, std::uint16_t category, bool approximate = false)
{
    c.id.push_back(qint64(c.size()) + 100);
    c.x.push_back(0.6);
    c.y.push_back(0.4);
    c.lo.push_back(date.begin());
    c.hi.push_back(date.end());
    c.category.push_back(category);
    c.precision.push_back(std::uint8_t(date.precision));
    c.geoPrecision.push_back(0);
    c.approximate.push_back(approximate ? 1 : 0);
}

// Days of June 2014 in three categories, plus a month-only, an approximate and a year-only one.
EventColumns juneColumns()
{
    EventColumns c;
    for (int day = 1; day <= 30; ++day)
        for (int k = 0; k < 1 + (day % 4); ++k)
            add(c, FuzzyDate::fromParts(2014, 6, day), std::uint16_t((day + k) % 3));
    add(c, FuzzyDate::fromParts(2014, 6), 1);
    add(c, FuzzyDate::fromParts(2014, 6, 20), 2, true);
    add(c, FuzzyDate::fromParts(2014), 0);
    add(c, FuzzyDate::fromParts(2014, 7, 2), 0);
    return c;
}

std::vector<Category> categories()
{
    return {{1, QStringLiteral("Battles"), QColor(214, 69, 65)},
            {2, QStringLiteral("Explosions/Remote violence"), QColor(232, 145, 45)},
            {3, QStringLiteral("Strategic developments"), QColor(60, 120, 190)}};
}

void wheel(QWidget* w, QPointF pos, int delta)
{
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

struct Fixture {
    EventColumns columns = juneColumns();
    TimeController time;
    ViewState view{&time};
    TimelinePanel panel{&view};
    Fixture()
    {
        panel.resize(1000, 260);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        view.setProject(&columns, categories(), {});
        panel.timeline()->fitRange(utc(2014, 6, 1), utc(2014, 7, 1));
        time.setWindow({utc(2014, 6, 10), utc(2014, 6, 13)});
    }
    TimelineWidget* timeline() const { return panel.timeline(); }
};
} // namespace

TEST_CASE("Wheel zooms the timeline about the cursor", "[timeline]")
{
    Fixture f;
    TimelineWidget* t = f.timeline();
    const double x = 300;
    const double before = t->axis().timeAt(x), span = t->axis().span();
    wheel(t, QPointF(x, 60), 120);
    CHECK(t->axis().span() < span * 0.9);
    CHECK(t->axis().timeAt(x) == Approx(before).margin(1));
    wheel(t, QPointF(x, 60), -240);
    CHECK(t->axis().span() > span);
    CHECK(t->axis().timeAt(x) == Approx(before).margin(1));
}

TEST_CASE("Dragging the brush edge and body changes the window; dragging elsewhere pans",
          "[timeline]")
{
    Fixture f;
    TimelineWidget* t = f.timeline();
    QList<TimeWindow> seen;
    QObject::connect(&f.time, &TimeController::windowChanged,
                     [&](const TimeWindow& w) { seen.append(w); });
    const TimelinePainter::Layout l = TimelinePainter::layout(t->size());

    // Resize: grab the right edge (13 June) and pull it to about 17 June.
    const int y = int(l.events.center().y());
    const QPoint edge(int(std::lround(t->axis().xOf(double(utc(2014, 6, 13))))), y);
    const QPoint target(int(std::lround(t->axis().xOf(double(utc(2014, 6, 17, 2))))), y);
    QTest::mousePress(t, Qt::LeftButton, {}, edge);
    QTest::mouseMove(t, edge + QPoint(10, 0));
    QTest::mouseMove(t, target);
    QTest::mouseRelease(t, Qt::LeftButton, {}, target);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(f.time.window().from == utc(2014, 6, 10));
    CHECK(f.time.window().to == utc(2014, 6, 17)); // snapped to a day boundary
    CHECK(seen.last() == f.time.window());
    // The bar shows the window with an inclusive end.
    CHECK(f.panel.bar()->findChild<QLineEdit*>(QStringLiteral("windowTo"))->text() ==
          QStringLiteral("2014-06-16"));

    // Move: drag the date plate in the header by four days.
    const double dayPx =
        t->axis().xOf(double(utc(2014, 6, 2))) - t->axis().xOf(double(utc(2014, 6, 1)));
    const QPoint plate(int(t->axis().xOf(double(utc(2014, 6, 13, 12)))),
                       int(l.header.center().y()));
    QTest::mousePress(t, Qt::LeftButton, {}, plate);
    QTest::mouseMove(t, plate + QPoint(10, 0));
    QTest::mouseMove(t, plate + QPoint(int(std::lround(4 * dayPx)), 0));
    QTest::mouseRelease(t, Qt::LeftButton, {}, plate + QPoint(int(std::lround(4 * dayPx)), 0));
    CHECK(f.time.window().from == utc(2014, 6, 14));
    CHECK(f.time.window().to == utc(2014, 6, 21));

    // Pan: dragging in the histogram moves the axis, not the window.
    const TimeWindow w = f.time.window();
    const double from = t->axis().from();
    const QPoint p(50, int(l.histogram.center().y()));
    QTest::mousePress(t, Qt::LeftButton, {}, p);
    QTest::mouseMove(t, p + QPoint(20, 0));
    QTest::mouseMove(t, p + QPoint(100, 0));
    QTest::mouseRelease(t, Qt::LeftButton, {}, p + QPoint(100, 0));
    CHECK(t->axis().from() == Approx(from - 100 * t->axis().secondsPerPixel()));
    CHECK(f.time.window() == w);

    // Draw a new window along the axis.
    const int ay = int(l.axis.center().y());
    const QPoint a(int(std::lround(t->axis().xOf(double(utc(2014, 6, 2, 1))))), ay);
    const QPoint b(int(std::lround(t->axis().xOf(double(utc(2014, 6, 5, 1))))), ay);
    QTest::mousePress(t, Qt::LeftButton, {}, a);
    QTest::mouseMove(t, a + QPoint(10, 0));
    QTest::mouseMove(t, b);
    QTest::mouseRelease(t, Qt::LeftButton, {}, b);
    CHECK(f.time.window().from == utc(2014, 6, 2));
    CHECK(f.time.window().to == utc(2014, 6, 5));
}

TEST_CASE("Window and cumulative modes drive the shared visibility mask", "[timeline]")
{
    Fixture f;
    f.time.setWindow({utc(2014, 6, 10), utc(2014, 6, 11)});
    const auto& c = f.columns;
    const auto& mask = f.view.visibility();
    REQUIRE(mask.size() == c.size());
    const std::size_t month = c.size() - 4, year = c.size() - 2, july = c.size() - 1;
    CHECK(mask[month] == 255); // June overlaps 10 June
    CHECK(mask[year] == 255);
    CHECK(mask[july] == 0);
    int visibleDays = 0;
    for (std::size_t i = 0; i < month; ++i)
        visibleDays += mask[i] != 0;
    CHECK(visibleDays == 1 + (10 % 4));

    f.time.setMode(EventFilter::Mode::Cumulative);
    CHECK(f.time.mode() == EventFilter::Mode::Cumulative);
    int shown = 0;
    for (std::size_t i = 0; i < month; ++i)
        shown += f.view.visibility()[i] != 0;
    int expected = 0;
    for (int day = 1; day <= 10; ++day)
        expected += 1 + day % 4;
    CHECK(shown == expected);
    CHECK(f.view.visibility()[0] < 255); // 1 June has faded
    CHECK(f.view.visibility()[july] == 0);

    // Categories off: hidden everywhere.
    f.view.setCategoriesEnabled({1, 0, 0});
    for (std::size_t i = 0; i < c.size(); ++i)
        if (c.category[i] != 0) REQUIRE(f.view.visibility()[i] == 0);
}

TEST_CASE("Keys step and play; typing dates jumps", "[timeline]")
{
    Fixture f;
    f.time.setWindow({utc(2014, 6, 10), utc(2014, 6, 11)});
    f.panel.timeline()->setFocus();
    QTest::keyClick(f.panel.timeline(), Qt::Key_Right);
    CHECK(f.time.window().from == utc(2014, 6, 11));
    QTest::keyClick(f.panel.timeline(), Qt::Key_Right);
    QTest::keyClick(f.panel.timeline(), Qt::Key_Left);
    CHECK(f.time.window().from == utc(2014, 6, 11));
    CHECK(f.time.window().to == utc(2014, 6, 12));

    QTest::keyClick(f.panel.timeline(), Qt::Key_Space);
    CHECK(f.time.isPlaying());
    QTest::qWait(400); // 4 steps per second by default
    QTest::keyClick(f.panel.timeline(), Qt::Key_Space);
    CHECK_FALSE(f.time.isPlaying());
    CHECK(f.time.window().from > utc(2014, 6, 11));
    CHECK(f.time.window().to - f.time.window().from == 86400);

    auto* from = f.panel.bar()->findChild<QLineEdit*>(QStringLiteral("windowFrom"));
    auto* to = f.panel.bar()->findChild<QLineEdit*>(QStringLiteral("windowTo"));
    from->setText(QStringLiteral("2014-06"));
    to->setText(QStringLiteral("2014-07"));
    QTest::keyClick(to, Qt::Key_Return);
    CHECK(f.time.window().from == utc(2014, 6, 1));
    CHECK(f.time.window().to == utc(2014, 8, 1));
    to->setText(QStringLiteral("not a date"));
    QTest::keyClick(to, Qt::Key_Return);
    CHECK(f.time.window().to == utc(2014, 8, 1)); // unchanged
}

TEST_CASE("Click selects an event, double-click centres on it", "[timeline]")
{
    Fixture f;
    TimelineWidget* t = f.timeline();
    t->fitRange(utc(2014, 7, 1), utc(2014, 7, 4)); // only the 2 July event and the year
    QList<qint64> selected;
    qint64 activated = 0;
    QObject::connect(&f.view, &ViewState::selectionChanged, [&] {
        const std::vector<qint64> ids = f.view.selectedIds();
        selected = QList<qint64>(ids.begin(), ids.end());
    });
    QObject::connect(&f.view, &ViewState::activated,
                     [&](int row) { activated = f.columns.id[std::size_t(row)]; });

    // Find the 2 July bar by scanning its day for a hit.
    const std::size_t july = f.columns.size() - 1;
    const TimelinePainter::Layout l = TimelinePainter::layout(t->size());
    const double x = t->axis().xOf(double(utc(2014, 7, 2, 12)));
    QPoint hit(-1, -1);
    for (int y = int(l.events.top()); y < int(l.events.bottom()); ++y) {
        TimelineScene s;
        s.axis = t->axis();
        s.columns = &f.columns;
        if (TimelinePainter::hitTest(s, t->size(), QPointF(x, y)) == int(july)) {
            hit = QPoint(int(x), y);
            break;
        }
    }
    REQUIRE(hit.x() >= 0);
    QTest::mouseClick(t, Qt::LeftButton, {}, hit);
    CHECK(selected == QList<qint64>{f.columns.id[july]});
    CHECK(t->selection() == selected);

    t->centreOn(utc(2014, 7, 20));
    t->fitRange(utc(2014, 7, 1), utc(2014, 7, 4));
    QTest::mouseDClick(t, Qt::LeftButton, {}, hit);
    CHECK(activated == f.columns.id[july]);
    CHECK((t->axis().from() + t->axis().to()) / 2 ==
          Approx(double(utc(2014, 7, 2, 12))).margin(60));

    // Clicking empty space clears the selection.
    QTest::mouseClick(t, Qt::LeftButton, {}, QPoint(5, int(l.histogram.center().y())));
    CHECK(selected.isEmpty());
}

TEST_CASE("The timeline renders readably", "[timeline]")
{
    Fixture f;
    f.panel.timeline()->setLanes(TimelineScene::Lanes::Category);
    f.panel.timeline()->fitRange(utc(2014, 5, 25), utc(2014, 7, 5));
    f.view.selectIds({f.columns.id[5]});
    QApplication::processEvents();
    const QImage image = f.panel.grab().toImage();
    CHECK(image.save(QStringLiteral("/tmp/timeline-lanes.png")));
    f.panel.timeline()->setLanes(TimelineScene::Lanes::None);
    f.time.setMode(EventFilter::Mode::Cumulative);
    f.panel.timeline()->fitRange(utc(2014, 1, 1), utc(2015, 1, 1));
    const QImage year = f.panel.grab().toImage();
    CHECK(year.save(QStringLiteral("/tmp/timeline-year.png")));
    // Not blank: the histogram paints category colours.
    bool red = false;
    for (int y = 0; y < year.height() && !red; ++y)
        for (int x = 0; x < year.width() && !red; ++x)
            red = year.pixelColor(x, y) == QColor(214, 69, 65);
    CHECK(red);
}

TEST_CASE("On a ratio 2 (HiDPI) device the timeline's marks land where they do at ratio 1",
          "[timeline][sprites]")
{
    Fixture f;
    TimelineWidget* t = f.timeline();
    f.view.selectIds({f.columns.id[5]});
    const auto rendered = [&](double ratio) {
        QImage image(t->size() * ratio, QImage::Format_RGB32);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        t->render(&image);
        image.setDevicePixelRatio(1);
        return image;
    };
    // A month (days as bars, dashed and selected outlines) and a year (days as dots).
    for (const qint64 to : {utc(2014, 7, 1), utc(2014, 12, 31)}) {
        t->fitRange(utc(2014, 6, 1), to);
        QApplication::processEvents();
        const QImage one = rendered(1);
        // The ratio 2 picture halved: marks in the same places, edges softened by the scaling.
        const QImage two =
            rendered(2).scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QRectF events = TimelinePainter::layout(t->size()).events;
        long marked = 0, far = 0;
        for (int y = int(events.top()) + 1; y < int(events.bottom()) - 1; ++y)
            for (int x = 0; x < one.width(); ++x) {
                const QRgb a = one.pixel(x, y), b = two.pixel(x, y);
                if (qGray(a) < 200) ++marked;
                const int d =
                    std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
                if (d > 64) ++far;
            }
        INFO(marked << " marked pixels, " << far << " far apart");
        CHECK(marked > 1000);
        CHECK(far < marked / 50); // dots 1 px off at ratio 2: 7 %
    }
}

TEST_CASE("Time actions play, pause and step the time controller", "[timeline]")
{
    Fixture f;
    TimeActions actions(&f.time, nullptr);
    f.time.setWindow({utc(2014, 6, 10), utc(2014, 6, 11)});
    actions.stepForward()->trigger();
    CHECK(f.time.window().from == utc(2014, 6, 11));
    actions.stepBack()->trigger();
    actions.stepBack()->trigger();
    CHECK(f.time.window().from == utc(2014, 6, 9));
    CHECK(actions.playPause()->text() == QStringLiteral("&Play"));
    actions.playPause()->trigger();
    CHECK(f.time.isPlaying());
    CHECK(actions.playPause()->text() == QStringLiteral("&Pause"));
    actions.playPause()->trigger();
    CHECK_FALSE(f.time.isPlaying());
    CHECK(actions.playPause()->text() == QStringLiteral("&Play"));
    CHECK_FALSE(actions.playPause()->shortcuts().isEmpty());
}
