// A project opens on its story: its events' area and its busiest recent stretch (issue 17).
#include "render/StoryFrame.h"

#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "io/SampleProject.h"
#include "render/DataExtent.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <random>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}
// The stretch as first written: a sorted copy of every start and a two-pointer walk, and the
// area from a copy of the stretch's rows. StoryFrame::of must give the same without copies.
StoryFrame reference(const EventColumns& columns)
{
    constexpr qint64 kDay = 86400;
    const auto floorDay = [](qint64 t) {
        return t >= 0 ? t / kDay * kDay : -((-t + kDay - 1) / kDay) * kDay;
    };
    StoryFrame frame;
    frame.area = dataExtent(columns);
    if (columns.size() == 0) return frame;
    std::vector<qint64> starts(columns.lo.begin(), columns.lo.end());
    std::sort(starts.begin(), starts.end());
    const qint64 first = floorDay(starts.front());
    const qint64 last =
        floorDay(*std::max_element(columns.hi.begin(), columns.hi.end()) - 1) + kDay;
    const double range = double(std::max<qint64>(last - first, kDay));
    double best = -1;
    TimeWindow window{first, last};
    for (const int days : StoryFrame::kLengths) {
        const qint64 length = days * kDay;
        if (length >= last - first) {
            const double score = double(starts.size()) / std::sqrt(double(days));
            if (score > best) best = score, window = TimeWindow{first, last};
            break;
        }
        std::size_t end = 0;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            if (i > 0 && floorDay(starts[i]) == floorDay(starts[i - 1])) continue;
            const qint64 from = floorDay(starts[i]);
            end = std::max(end, i);
            while (end < starts.size() && starts[end] < from + length)
                ++end;
            const double recency = 0.75 + 0.25 * double(from - first) / range;
            const double score = double(end - i) * recency / std::sqrt(double(days));
            if (score >= best) best = score, window = TimeWindow{from, from + length};
        }
    }
    if (window.to > last)
        window = TimeWindow{std::max(first, last - (window.to - window.from)), last};
    frame.window = window;
    EventColumns story;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (window.overlaps(columns.lo[i], columns.hi[i]) && !std::isnan(columns.x[i]))
            story.appendRow(columns, i);
    if (story.size() >= StoryFrame::kMinFramed) frame.area = dataExtent(story);
    return frame;
}

bool sameBox(const std::optional<GeoBox>& a, const std::optional<GeoBox>& b)
{
    return a.has_value() == b.has_value() && (!a || (a->west == b->west && a->south == b->south &&
                                                     a->east == b->east && a->north == b->north));
}
} // namespace

TEST_CASE("StoryFrame: the same frame as a sorted walk over copies, at any time range", "[story]")
{
    // Days (counted per day), starts before 1970, a start after its end, positionless rows,
    // a stretch too sparse to frame, and a range of 20,000 years (sorted instead).
    for (const qint64 spanDays : {qint64(40), qint64(3650), qint64(7'300'000)}) {
        for (const int n : {3, 60, 4000}) {
            std::mt19937_64 rng(std::uint64_t(spanDays * 7 + n));
            std::uniform_int_distribution<qint64> day(-spanDays / 2, spanDays / 2);
            std::uniform_int_distribution<qint64> second(0, 86399), length(0, 40);
            std::uniform_real_distribution<double> pos(0.3, 0.7);
            EventColumns c;
            for (int i = 0; i < n; ++i) {
                // A burst in one week of the range now and then.
                const qint64 d = i % 5 == 0 ? spanDays / 4 + i % 7 : day(rng);
                const qint64 lo = d * 86400 + (i % 3 ? 0 : second(rng));
                c.id.push_back(i + 1);
                c.x.push_back(i % 11 == 0 ? std::nan("") : pos(rng));
                c.y.push_back(std::isnan(c.x.back()) ? std::nan("") : pos(rng));
                c.lo.push_back(lo);
                c.hi.push_back(i == 7 ? lo - 3 * 86400 : lo + 86400 * (1 + length(rng)));
                c.category.push_back(0);
                c.precision.push_back(3);
                c.geoPrecision.push_back(1);
                c.approximate.push_back(0);
            }
            INFO("span " << spanDays << " days, " << n << " events");
            const StoryFrame got = StoryFrame::of(c), want = reference(c);
            REQUIRE(got.window);
            REQUIRE(want.window);
            CHECK(got.window->from == want.window->from);
            CHECK(got.window->to == want.window->to);
            CHECK(sameBox(got.area, want.area));
        }
    }
}

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
