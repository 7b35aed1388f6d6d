// A project opens on its story: its events' area and its busiest recent stretch (issue 17).
#include "render/StoryFrame.h"

#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("StoryFrame: the sample opens on the June 2014 offensive, framed on Iraq", "[story]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tigris"));
    writeSampleProject(path);
    const EventColumns columns = EventStore::open(path)->loadColumns();
    const StoryFrame story = StoryFrame::of(columns);
    REQUIRE(story.window);
    INFO(QDateTime::fromSecsSinceEpoch(story.window->from, Qt::UTC).toString().toStdString()
         << " to "
         << QDateTime::fromSecsSinceEpoch(story.window->to, Qt::UTC).toString().toStdString());
    CHECK(story.window->from >= utc(2014, 5, 20));
    CHECK(story.window->to <= utc(2014, 7, 15));
    CHECK(story.window->from % 86400 == 0);
    CHECK(story.window->to % 86400 == 0);
    // Mosul (10 June) is in it.
    CHECK(story.window->overlaps(utc(2014, 6, 10), utc(2014, 6, 11)));
    REQUIRE(story.area);
    // Iraq's cities, not Turkey: the frame holds Mosul and Baghdad, and lies south of 39°N.
    CHECK(story.area->west < 43.1);
    CHECK(story.area->east > 44.4);
    CHECK(story.area->south < 33.3);
    CHECK(story.area->north > 36.3);
    CHECK(story.area->north < 39.0);
}

TEST_CASE("StoryFrame: a burst beats a quiet decade; one event; no events", "[story]")
{
    EventColumns c;
    auto add = [&](qint64 t) {
        c.id.push_back(qint64(c.size()) + 1);
        c.x.push_back(0.5);
        c.y.push_back(0.5);
        c.lo.push_back(t);
        c.hi.push_back(t + 86400);
        c.category.push_back(0);
        c.precision.push_back(3);
        c.geoPrecision.push_back(1);
        c.approximate.push_back(0);
    };
    for (int y = 2000; y < 2010; ++y)
        add(utc(y, 3, 1));
    for (int d = 1; d <= 8; ++d)
        add(utc(2005, 9, d));
    const StoryFrame burst = StoryFrame::of(c);
    REQUIRE(burst.window);
    CHECK(burst.window->from >= utc(2005, 9, 1));
    CHECK(burst.window->to <= utc(2005, 9, 16));
    std::size_t inside = 0;
    for (std::size_t i = 0; i < c.size(); ++i)
        inside += burst.window->overlaps(c.lo[i], c.hi[i]);
    CHECK(inside >= 7); // the burst, all but perhaps its first or last day

    EventColumns one;
    one.appendRow(c, 0);
    const StoryFrame single = StoryFrame::of(one);
    REQUIRE(single.window);
    CHECK(single.window->overlaps(c.lo[0], c.hi[0]));

    CHECK_FALSE(StoryFrame::of(EventColumns{}).window);
    CHECK_FALSE(StoryFrame::of(EventColumns{}).area);
}
