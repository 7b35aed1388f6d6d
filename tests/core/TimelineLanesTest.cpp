// Lanes by category: each event's marks in its category's lane, stacked so that bars and
// instants side by side do not cover each other while the lane has room.
#include "EventTestData.h"
#include "TestCatch.h"
#include "render/TimelinePainter.h"
#include "time/DatePrecision.h"

#include <QImage>
#include <QPainter>

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kFrom = 1'400'000'000 / kDay * kDay;
const QSizeF kSize(900, 400);

void add(EventColumns& c, qint64 lo, qint64 hi, std::uint16_t category)
{
    addSpan(c, lo, hi, category, 1);
}

// Three categories: overlapping multi-day bars and instants on the same days.
EventColumns crowded()
{
    EventColumns c;
    for (int k = 0; k < 30; ++k) {
        const auto category = std::uint16_t(k % 3);
        if (k % 2 == 0)
            add(c, kFrom + k * kDay / 2, kFrom + k * kDay / 2 + 4 * kDay, category); // bars
        else
            add(c, kFrom + (k / 4) * kDay, kFrom + (k / 4) * kDay + 60, category); // instants
    }
    return c;
}

TimelineScene sceneOf(const EventColumns& c)
{
    TimelineScene s;
    s.axis = TimeAxis(double(kFrom - kDay), double(kFrom + 22 * kDay), kSize.width());
    s.columns = &c;
    s.lanes = TimelineScene::Lanes::Category;
    s.categoryNames = {QStringLiteral("Battles"), QStringLiteral("Protests"),
                       QStringLiteral("Uncategorised")};
    s.colours = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(150, 150, 150)};
    return s;
}
} // namespace

TEST_CASE("Timeline lanes by category: marks in their lane, stacked without overlapping",
          "[timeline][lanes]")
{
    const EventColumns c = crowded();
    const TimelineScene s = sceneOf(c);
    std::vector<TimelinePainter::Mark> marks;
    REQUIRE(TimelinePainter::place(s, kSize, marks));
    REQUIRE(marks.size() == c.size()); // one lane each

    const QRectF events = TimelinePainter::layout(kSize).events;
    const double laneHeight = events.height() / 3;
    for (const TimelinePainter::Mark& m : marks) {
        CHECK(m.lane == c.category[std::size_t(m.row)]);
        // Inside its category's band.
        CHECK(m.rect.top() >= events.top() + m.lane * laneHeight);
        CHECK(m.rect.bottom() <= events.top() + (m.lane + 1) * laneHeight);
    }
    // No two marks of a lane cover each other.
    for (std::size_t a = 0; a < marks.size(); ++a)
        for (std::size_t b = a + 1; b < marks.size(); ++b) {
            INFO("rows " << marks[a].row << " and " << marks[b].row);
            CHECK_FALSE(marks[a].rect.intersects(marks[b].rect));
        }

    // Every event is reachable by a click on its mark.
    for (const TimelinePainter::Mark& m : marks)
        CHECK(TimelinePainter::hitTest(s, kSize, m.rect.center()) == m.row);

    // The same events in another order stack the same way (by time, then id).
    EventColumns reversed;
    for (std::size_t i = c.size(); i-- > 0;)
        reversed.appendRow(c, i);
    std::vector<TimelinePainter::Mark> again;
    REQUIRE(TimelinePainter::place(sceneOf(reversed), kSize, again));
    for (const TimelinePainter::Mark& m : again) {
        const auto original = std::find_if(marks.begin(), marks.end(), [&](const auto& o) {
            return c.id[std::size_t(o.row)] == reversed.id[std::size_t(m.row)];
        });
        REQUIRE(original != marks.end());
        CHECK(original->rect == m.rect);
    }
}

TEST_CASE("Timeline lanes by category: each lane is titled on the picture", "[timeline][lanes]")
{
    const EventColumns c = crowded();
    const TimelineScene s = sceneOf(c);
    QImage titled(kSize.toSize(), QImage::Format_ARGB32);
    QImage plain(kSize.toSize(), QImage::Format_ARGB32);
    {
        QPainter p(&titled);
        TimelinePainter::paint(p, s, kSize);
    }
    TimelineScene untitled = s;
    untitled.categoryNames = {QString(), QString(), QString()};
    {
        QPainter p(&plain);
        TimelinePainter::paint(p, untitled, kSize);
    }
    // Each lane's top-left corner differs where its title is written.
    const QRectF events = TimelinePainter::layout(kSize).events;
    const double laneHeight = events.height() / 3;
    for (int lane = 0; lane < 3; ++lane) {
        int differing = 0;
        const int top = int(events.top() + lane * laneHeight);
        for (int y = top; y < top + 14; ++y)
            for (int x = 0; x < 60; ++x)
                differing += titled.pixel(x, y) != plain.pixel(x, y);
        INFO("lane " << lane);
        CHECK(differing > 20);
    }
}
