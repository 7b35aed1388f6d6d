#include "EventTableModel.h"

#include "TestCatch.h"
#include "model/EventFilter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <random>

namespace {
EventColumns columns(std::size_t n)
{
    EventColumns c;
    std::mt19937 rng(4);
    std::uniform_int_distribution<qint64> day(0, 400);
    for (std::size_t i = 0; i < n; ++i) {
        c.id.push_back(qint64(i) + 1);
        c.x.push_back(0.5);
        c.y.push_back(0.5);
        c.lo.push_back(day(rng) * 86400);
        c.hi.push_back(c.lo.back() + (i % 7 == 0 ? 40 : 1) * 86400);
        c.category.push_back(0);
        c.precision.push_back(3);
        c.geoPrecision.push_back(1);
        c.approximate.push_back(0);
    }
    return c;
}

// The ids the list must show: the masked rows by start, then id.
std::vector<qint64> expected(const EventColumns& c, const std::vector<std::uint8_t>& mask)
{
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < c.size(); ++r)
        if (mask[r]) rows.push_back(r);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::size_t a, std::size_t b) { return c.lo[a] < c.lo[b]; });
    std::vector<qint64> ids;
    for (std::size_t r : rows)
        ids.push_back(c.id[r]);
    return ids;
}
} // namespace

TEST_CASE("Scrub steps reach the list's view as row insertions and removals, or a reset",
          "[gui][list][scrub]")
{
    const EventColumns c = columns(5000);
    EventTableModel model;
    // Fails the test on any inconsistency between the signals and the model's rows.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(nullptr, &c);
    QTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    EventFilter filter;
    EventFilter::Settings s;
    s.mode = EventFilter::Mode::Cumulative; // playing forward: later rows join at the end
    qint64 from = 50 * 86400;
    s.window = {from, from + 7 * 86400};
    model.setMask(&filter.update(c, s));
    const int resetsAtStart = resets.count();
    for (int step = 0; step < 60; ++step) {
        from += 86400;
        s.window = {from, from + 7 * 86400};
        model.setMask(&filter.update(c, s));
        std::vector<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown.push_back(model.idAt(r));
        REQUIRE(shown == expected(c, filter.mask()));
    }
    CHECK(resets.count() == resetsAtStart); // every step was one run at the end
    CHECK(inserted.count() >= 55);

    // Window mode moving by a few days at a time: whatever the runs, the rows are right.
    s.mode = EventFilter::Mode::Window;
    std::mt19937 rng(8);
    for (int step = 0; step < 60; ++step) {
        from += (qint64(rng() % 7) - 3) * 86400;
        s.window = {from, from + 5 * 86400};
        model.setMask(&filter.update(c, s));
        std::vector<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown.push_back(model.idAt(r));
        REQUIRE(shown == expected(c, filter.mask()));
    }
}
