#include "model/EventFilter.h"

#include "TestCatch.h"
#include "time/FuzzyDate.h"

#include <QDateTime>
#include <QTimeZone>
#include <random>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

void add(EventColumns& c, qint64 id, FuzzyDate date, std::uint16_t category = 0)
{
    c.id.push_back(id);
    c.x.push_back(0.5);
    c.y.push_back(0.5);
    c.lo.push_back(date.begin());
    c.hi.push_back(date.end());
    c.category.push_back(category);
    c.precision.push_back(std::uint8_t(date.precision));
    c.geoPrecision.push_back(0);
    c.approximate.push_back(0);
}

EventColumns sample()
{
    EventColumns c;
    add(c, 1, *FuzzyDate::parse(QStringLiteral("2014-06")));       // June, month precision
    add(c, 2, *FuzzyDate::parse(QStringLiteral("2014-06-10")));    // Mosul falls
    add(c, 3, *FuzzyDate::parse(QStringLiteral("2014-06-11")), 1); // Tikrit, another category
    add(c, 4, *FuzzyDate::parse(QStringLiteral("2014")));
    add(c, 5, *FuzzyDate::parse(QStringLiteral("2014-07-01")));
    add(c, 6, *FuzzyDate::parse(QStringLiteral("2013-12-31")));
    return c;
}
} // namespace

TEST_CASE("Window mode: imprecise events overlap but are not inside a short window", "[timeline]")
{
    const EventColumns c = sample();
    EventFilter filter;
    EventFilter::Settings s;
    s.window = {utc(2014, 6, 10), utc(2014, 6, 11)};
    auto mask = filter.update(c, s);
    CHECK(mask == std::vector<std::uint8_t>{255, 255, 0, 255, 0, 0});
    CHECK(filter.visibleCount() == 3);

    s.inside = true; // only 10 June itself is known to lie inside
    mask = filter.update(c, s);
    CHECK(mask == std::vector<std::uint8_t>{0, 255, 0, 0, 0, 0});

    s.window = {utc(2014, 6, 1), utc(2014, 7, 1)};
    mask = filter.update(c, s);
    CHECK(mask == std::vector<std::uint8_t>{255, 255, 255, 0, 0, 0});
    s.inside = false; // July 1 touches the end of the half-open window: not overlapping
    mask = filter.update(c, s);
    CHECK(mask == std::vector<std::uint8_t>{255, 255, 255, 255, 0, 0});
}

TEST_CASE("Window mode honours categories and a row filter", "[timeline]")
{
    const EventColumns c = sample();
    EventFilter filter;
    EventFilter::Settings s;
    s.window = {utc(2014, 1, 1), utc(2015, 1, 1)};
    s.categoryEnabled = {1, 0};
    CHECK(filter.update(c, s) == std::vector<std::uint8_t>{255, 255, 0, 255, 255, 0});
    std::vector<std::uint8_t> rows;
    EventFilter::rowsForIds(c, {2, 4, 6}, rows);
    CHECK(rows == std::vector<std::uint8_t>{0, 1, 0, 1, 0, 1});
    s.rows = &rows;
    CHECK(filter.update(c, s) == std::vector<std::uint8_t>{0, 255, 0, 255, 0, 0});
    CHECK(filter.visibleCount() == 2);
}

TEST_CASE("Cumulative mode shows everything begun, older events fading", "[timeline]")
{
    const EventColumns c = sample();
    EventFilter filter;
    EventFilter::Settings s;
    s.mode = EventFilter::Mode::Cumulative;
    s.window = {utc(2014, 6, 12), utc(2014, 6, 13)};
    s.fadeSeconds = 10 * 86400;
    const auto& mask = filter.update(c, s);
    CHECK(mask[0] == 255);                     // June still running at the window
    CHECK(mask[1] > EventFilter::kMinOpacity); // ended a day before the window: faded a little
    CHECK(mask[1] < 255);
    CHECK(mask[2] == 255);
    CHECK(mask[3] == 255);
    CHECK(mask[4] == 0);                        // not begun yet
    CHECK(mask[5] == EventFilter::kMinOpacity); // long ago: faded to the floor, still shown
    CHECK(filter.visibleCount() == 5);

    // A month-precision event appears as soon as its month may have begun.
    s.window = {utc(2014, 5, 20), utc(2014, 6, 2)};
    filter.update(c, s);
    CHECK(filter.mask()[0] == 255);
    CHECK(filter.mask()[1] == 0);
}

TEST_CASE("Actor filter: an event matches when any of its actors is chosen", "[timeline]")
{
    const EventColumns c = sample();
    auto withActors = [](qint64 id, QStringList actors) {
        Event e;
        e.id = id;
        e.actors = std::move(actors);
        return e;
    };
    const EventActors actors = EventActors::fromEvents(
        c, {withActors(1, {QStringLiteral("ISIS")}),
            withActors(2, {QStringLiteral("ISIS"), QStringLiteral("Iraqi Army")}),
            withActors(3, {QStringLiteral("Iraqi Army")}),
            withActors(4, {QStringLiteral("Peshmerga")})});
    auto index = [&](const char* name) {
        return std::size_t(
            std::find(actors.names.begin(), actors.names.end(), QString::fromLatin1(name)) -
            actors.names.begin());
    };
    std::vector<std::uint8_t> chosen(actors.names.size(), 0);
    std::vector<std::uint8_t> rows;
    EventFilter::rowsForActors(actors, chosen, rows);
    CHECK(rows == std::vector<std::uint8_t>{0, 0, 0, 0, 0, 0}); // nothing chosen, nothing kept

    chosen[index("Iraqi Army")] = 1; // event 2 has ISIS too: it matches through either actor
    EventFilter::rowsForActors(actors, chosen, rows);
    CHECK(rows == std::vector<std::uint8_t>{0, 1, 1, 0, 0, 0});
    chosen[index("Peshmerga")] = 1;
    EventFilter::rowsForActors(actors, chosen, rows);
    CHECK(rows == std::vector<std::uint8_t>{0, 1, 1, 1, 0, 0});

    // The same mask drives the window filter: all of 2014, the chosen actors only.
    EventFilter filter;
    EventFilter::Settings s;
    s.window = {utc(2014, 1, 1), utc(2015, 1, 1)};
    s.rows = &rows;
    CHECK(filter.update(c, s) == std::vector<std::uint8_t>{0, 255, 255, 255, 0, 0});
    chosen.assign(chosen.size(), 0);
    chosen[index("ISIS")] = 1;
    EventFilter::rowsForActors(actors, chosen, rows);
    CHECK(filter.update(c, s) == std::vector<std::uint8_t>{255, 255, 0, 0, 0, 0});
}

TEST_CASE("A moving window gives the same mask as a full pass, in every mode", "[timeline][scrub]")
{
    // Ten years of mixed precisions: minutes, days, multi-day spans, months, years.
    EventColumns c;
    std::mt19937 rng(11);
    const qint64 t0 = utc(2010, 1, 1), t1 = utc(2020, 1, 1);
    std::uniform_int_distribution<qint64> when(t0, t1);
    std::uniform_int_distribution<int> kind(0, 4), category(0, 3), days(2, 60);
    for (qint64 i = 0; i < 20000; ++i) {
        const qint64 t = when(rng);
        const int k = kind(rng);
        const DatePrecision p = k == 0   ? DatePrecision::Minute
                                : k == 3 ? DatePrecision::Month
                                : k == 4 ? DatePrecision::Year
                                         : DatePrecision::Day;
        const qint64 lo = floorTo(t, p);
        add(c, i + 1, FuzzyDate::fromParts(2014), std::uint16_t(category(rng)));
        c.lo.back() = lo;
        c.hi.back() = k == 2 ? lo + days(rng) * 86400 : ceilTo(t, p);
    }
    std::vector<std::uint8_t> rows(c.size());
    for (auto& r : rows)
        r = std::uint8_t(rng() % 3 != 0);

    struct Mode {
        EventFilter::Mode mode;
        bool inside;
    };
    for (const Mode m :
         {Mode{EventFilter::Mode::Window, false}, Mode{EventFilter::Mode::Window, true},
          Mode{EventFilter::Mode::Cumulative, false}}) {
        for (const bool filtered : {false, true}) {
            EventFilter moving;
            EventFilter::Settings s;
            s.mode = m.mode;
            s.inside = m.inside;
            if (filtered) {
                s.categoryEnabled = {1, 0, 1, 1};
                s.rows = &rows;
            }
            std::uniform_int_distribution<int> stepDays(-40, 40), lengthDays(1, 90);
            qint64 length = 7 * 86400;
            qint64 from = utc(2014, 6, 10);
            int incremental = 0;
            for (int step = 0; step < 300; ++step) {
                const int r = int(rng() % 100);
                if (r < 5)
                    from = when(rng); // a jump
                else if (r < 10)
                    length = lengthDays(rng) * 86400; // a resize
                else
                    from += stepDays(rng) * 86400 + (r % 2 ? 0 : 3600); // a step, at any hour
                s.window = {from, from + length};
                const auto& mask = moving.update(c, s);
                incremental += moving.lastUpdateWasIncremental();
                EventFilter fresh;
                const auto& expected = fresh.update(c, s);
                REQUIRE(mask == expected);
                REQUIRE(moving.visibleCount() == fresh.visibleCount());
            }
            CHECK(incremental > 200); // the steps did take the incremental path
        }
    }
}

TEST_CASE("The incremental path gives way to a full pass when anything but the window changes",
          "[timeline][scrub]")
{
    const EventColumns c = sample();
    EventFilter filter;
    EventFilter::Settings s;
    s.window = {utc(2014, 6, 10), utc(2014, 6, 11)};
    filter.update(c, s);
    s.window = {utc(2014, 6, 11), utc(2014, 6, 12)};
    filter.update(c, s);
    CHECK(filter.lastUpdateWasIncremental());
    CHECK(filter.mask() == std::vector<std::uint8_t>{255, 0, 255, 255, 0, 0});

    std::vector<std::uint8_t> rows(c.size(), 1);
    s.rows = &rows;
    filter.update(c, s); // a new row filter: full
    CHECK_FALSE(filter.lastUpdateWasIncremental());
    rows[2] = 0; // refilled in place, same window: full again, so the change shows
    CHECK(filter.update(c, s) == std::vector<std::uint8_t>{255, 0, 0, 255, 0, 0});
    CHECK_FALSE(filter.lastUpdateWasIncremental());

    s.mode = EventFilter::Mode::Cumulative;
    s.window = {utc(2014, 6, 12), utc(2014, 6, 13)};
    filter.update(c, s);
    CHECK_FALSE(filter.lastUpdateWasIncremental()); // another mode
    s.window = {utc(2014, 6, 13), utc(2014, 6, 15)};
    filter.update(c, s);
    CHECK_FALSE(filter.lastUpdateWasIncremental()); // another length: another fade
}

TEST_CASE("A span order built from copies serves the same incremental steps", "[timeline][scrub]")
{
    EventColumns c = sample();
    EventFilter filter;
    SECTION("copies of the values")
    {
        filter.adopt(SpanOrder::of(c.lo, c.hi), c);
    }
    SECTION("keys as 32-bit offsets")
    {
        REQUIRE(!SpanOrder::keysOf(c).lo32.empty());
        filter.adopt(SpanOrder::of(SpanOrder::keysOf(c)), c);
    }
    SECTION("keys as values, when the spans reach over 136 years")
    {
        c.lo.front() = utc(1850, 1, 1);
        REQUIRE(SpanOrder::keysOf(c).lo32.empty());
        filter.adopt(SpanOrder::of(SpanOrder::keysOf(c)), c);
    }
    SECTION("the ends only, the starts' order shared with the list")
    {
        const SpanOrder::Keys ends = SpanOrder::keysOf(c, false);
        REQUIRE(ends.lo32.empty());
        REQUIRE(ends.lo64.empty());
        REQUIRE(ends.hi32.size() == c.size());
        const StartOrder byStart = SpanOrder::startOrder(c);
        filter.adopt(SpanOrder::of(ends, byStart), c);
        CHECK(byStart.use_count() == 2); // the filter's, not a copy
    }
    SECTION("the ends only as values, over 136 years")
    {
        c.hi.back() = utc(2200, 1, 1);
        REQUIRE(SpanOrder::keysOf(c, false).hi64.size() == c.size());
        filter.adopt(SpanOrder::of(SpanOrder::keysOf(c, false), SpanOrder::startOrder(c)), c);
    }
    std::vector<qint64> shorter(c.lo.begin(), c.lo.end() - 1);
    filter.adopt(SpanOrder::of(shorter, shorter), c); // not these columns: ignored
    EventFilter::Settings s;
    for (int day = 1; day < 40; ++day) {
        s.window = {utc(2014, 5, 20) + day * 86400, utc(2014, 5, 23) + day * 86400};
        const auto& mask = filter.update(c, s);
        CHECK((day == 1 || filter.lastUpdateWasIncremental()));
        EventFilter fresh;
        REQUIRE(mask == fresh.update(c, s));
    }
}

TEST_CASE("While a span order is expected from a worker, a moved window takes full passes",
          "[timeline][scrub]")
{
    const EventColumns c = sample();
    EventFilter filter;
    filter.expectSpans(true);
    EventFilter::Settings s;
    const auto windowOnDay = [&](int day) {
        s.window = {utc(2014, 5, 20) + day * 86400, utc(2014, 5, 23) + day * 86400};
        const auto& mask = filter.update(c, s);
        EventFilter fresh;
        CHECK(mask == fresh.update(c, s));
    };
    for (int day = 1; day < 5; ++day) {
        windowOnDay(day);
        CHECK_FALSE(filter.lastUpdateWasIncremental()); // no second order built meanwhile
    }
    filter.adopt(SpanOrder::of(SpanOrder::keysOf(c)), c);
    for (int day = 5; day < 10; ++day) {
        windowOnDay(day);
        CHECK(filter.lastUpdateWasIncremental());
    }
}
