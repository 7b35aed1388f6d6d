#include "model/EventListOrder.h"

#include "TestCatch.h"
#include "model/EventFilter.h"

#include <random>

namespace {
EventColumns columns(std::size_t n)
{
    EventColumns c;
    std::mt19937 rng(3);
    std::uniform_int_distribution<qint64> day(0, 400);
    std::uniform_real_distribution<double> pos(0.4, 0.6);
    for (std::size_t i = 0; i < n; ++i) {
        c.id.push_back(qint64(i) * 3 + 1);
        c.x.push_back(pos(rng));
        c.y.push_back(pos(rng));
        c.lo.push_back(day(rng) * 86400);
        c.hi.push_back(c.lo.back() + 86400);
        c.category.push_back(0);
        c.precision.push_back(3);
        c.geoPrecision.push_back(1);
        c.approximate.push_back(0);
    }
    return c;
}

// What the list must show: the masked rows in the chosen order, by brute force.
std::vector<std::uint32_t> expected(const EventColumns& c, const std::vector<std::uint8_t>& mask,
                                    std::optional<QRectF> world, bool descending)
{
    std::vector<std::uint32_t> rows;
    for (std::uint32_t r = 0; r < c.size(); ++r)
        if (mask[r] && (!world || world->contains(QPointF(c.x[r], c.y[r])))) rows.push_back(r);
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        return c.lo[a] != c.lo[b] ? c.lo[a] < c.lo[b] : c.id[a] < c.id[b];
    });
    if (descending) std::reverse(rows.begin(), rows.end());
    return rows;
}
} // namespace

TEST_CASE("The list shows the masked rows in order, sparse or dense", "[timeline][list]")
{
    const EventColumns c = columns(5000);
    EventListOrder order;
    order.sortByStart(c);
    order.update(c, nullptr, std::nullopt);
    CHECK(order.visible() == expected(c, std::vector<std::uint8_t>(c.size(), 1), {}, false));

    EventFilter filter;
    EventFilter::Settings s;
    for (const qint64 days : {3, 40, 300}) { // a few rows (sorted by rank) and many (walked)
        s.window = {100 * 86400, (100 + days) * 86400};
        const auto& mask = filter.update(c, s);
        order.update(c, &mask, std::nullopt);
        CHECK(order.visible() == expected(c, mask, {}, false));
        const QRectF world(0.45, 0.45, 0.1, 0.1);
        order.update(c, &mask, world);
        CHECK(order.visible() == expected(c, mask, world, false));
        REQUIRE(!order.visible().empty());
        CHECK(order.positionOf(order.visible()[3]) == 3);
    }
    order.reverse();
    order.update(c, &filter.mask(), std::nullopt);
    CHECK(order.visible() == expected(c, filter.mask(), {}, true));
    CHECK(order.positionOf(std::uint32_t(c.size() + 5)) == -1);
}

TEST_CASE("The list sorts by start whether the starts span centuries or not", "[list]")
{
    // Within 136 years the sort packs offsets in 32 bits; wider ranges take the other path.
    // Both, with starts before 1970 (negative), must give (start, id) order.
    for (const qint64 spread : {qint64(86400), qint64(5'000'000'000)}) {
        EventColumns c = columns(3000);
        for (std::size_t i = 0; i < c.size(); i += 7)
            c.lo[i] = -c.lo[i] - (i % 2 ? spread : 0);
        EventListOrder order;
        order.sortByStart(c);
        order.update(c, nullptr, std::nullopt);
        CHECK(order.visible() == expected(c, std::vector<std::uint8_t>(c.size(), 1), {}, false));
    }
}

TEST_CASE("The list shares a start order made elsewhere; reversing it leaves that intact", "[list]")
{
    const EventColumns c = columns(2000);
    const StartOrder shared = SpanOrder::startOrder(c);
    const std::vector<std::uint32_t> before = *shared;
    EventListOrder order;
    order.setStartOrder(shared);
    CHECK(shared.use_count() == 2); // held, not copied
    EventFilter filter;
    EventFilter::Settings s;
    s.window = {100 * 86400, 130 * 86400};
    const auto& mask = filter.update(c, s);
    order.update(c, &mask, std::nullopt);
    CHECK(order.visible() == expected(c, mask, {}, false));
    order.reverse();
    order.update(c, &mask, std::nullopt);
    CHECK(order.visible() == expected(c, mask, {}, true));
    CHECK(*shared == before);
}

TEST_CASE("The list takes an order of ids from the store; unknown rows go last", "[list]")
{
    const EventColumns c = columns(10);
    EventListOrder order;
    order.setOrderOfIds(c, {c.id[7], c.id[2], 999, c.id[7], c.id[0]});
    order.update(c, nullptr, std::nullopt);
    CHECK(order.visible() == std::vector<std::uint32_t>{7, 2, 0, 1, 3, 4, 5, 6, 8, 9});
    std::vector<std::uint8_t> mask(c.size(), 0);
    mask[0] = mask[7] = mask[9] = 1;
    order.update(c, &mask, std::nullopt);
    CHECK(order.visible() == std::vector<std::uint32_t>{7, 0, 9});
}

TEST_CASE("Scrub steps merged into the list give the same rows as a rebuild", "[timeline][list]")
{
    const EventColumns c = columns(20000);
    std::mt19937 rng(5);
    EventListOrder moving;
    moving.sortByStart(c);
    bool descending = false;
    EventFilter filter;
    EventFilter::Settings s;
    std::optional<QRectF> world;
    qint64 from = 100 * 86400;
    for (int step = 0; step < 300; ++step) {
        const int r = int(rng() % 100);
        if (r < 3) {
            moving.reverse(); // a new order: rebuilt
            descending = !descending;
        } else if (r < 6) {
            world = world ? std::nullopt : std::optional<QRectF>(QRectF(0.42, 0.45, 0.1, 0.12));
        } else if (r < 10) {
            s.mode = s.mode == EventFilter::Mode::Window ? EventFilter::Mode::Cumulative
                                                         : EventFilter::Mode::Window;
        } else {
            from += (qint64(rng() % 9) - 4) * 86400; // a few days either way
        }
        s.window = {from, from + 3 * 86400};
        const auto& mask = filter.update(c, s);
        moving.update(c, &mask, world);
        REQUIRE(moving.visible() == expected(c, mask, world, descending));
        REQUIRE(moving.size() == moving.visible().size());
        if (moving.size() > 0) {
            const std::size_t k = std::size_t(rng() % moving.size());
            REQUIRE(moving.positionOf(moving.row(k)) == int(k));
        }
    }
}

TEST_CASE("A step applied run by run ends where apply() does, each run at its place",
          "[timeline][list]")
{
    const EventColumns c = columns(20000);
    std::mt19937 rng(9);
    EventListOrder runs, merged;
    runs.sortByStart(c);
    merged.sortByStart(c);
    EventFilter filter;
    EventFilter::Settings s;
    qint64 from = 100 * 86400;
    int runSteps = 0;
    for (int step = 0; step < 200; ++step) {
        if (step % 50 == 25) {
            runs.reverse();
            merged.reverse();
        }
        if (step % 40 == 0)
            s.mode = s.mode == EventFilter::Mode::Window ? EventFilter::Mode::Cumulative
                                                         : EventFilter::Mode::Window;
        from += (qint64(rng() % 5) - 2) * 86400;
        s.window = {from, from + 3 * 86400};
        const auto& mask = filter.update(c, s);
        merged.update(c, &mask, std::nullopt);
        std::vector<std::uint32_t> before = runs.visible();
        if (runs.prepare(c, &mask, std::nullopt) == EventListOrder::Change::Runs) {
            ++runSteps;
            CHECK(runs.visible() == before); // prepare alone changes nothing visible
            for (const EventListOrder::Run& run : runs.removals()) {
                REQUIRE(run.position + run.count <= runs.size());
                const std::size_t size = runs.size();
                runs.removeRun(run);
                REQUIRE(runs.size() == size - run.count);
            }
            for (const EventListOrder::Run& run : runs.insertions()) {
                REQUIRE(run.position <= runs.size());
                runs.insertRun(run);
            }
        } else {
            runs.apply();
        }
        REQUIRE(runs.visible() == merged.visible());
    }
    CHECK(runSteps > 100);
}
