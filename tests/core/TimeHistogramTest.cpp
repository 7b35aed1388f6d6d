#include "render/TimeHistogram.h"

#include "EventTestData.h"
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

std::vector<qint64> days(int y, int m, int first, int count)
{
    std::vector<qint64> edges;
    for (int k = 0; k <= count; ++k)
        edges.push_back(utc(y, m, first) + qint64(k) * 86400);
    return edges;
}
} // namespace

TEST_CASE("A month-only event spreads over its month instead of spiking a day", "[timeline]")
{
    EventColumns c;
    const FuzzyDate june = *FuzzyDate::parse(QStringLiteral("2014-06"));
    addSpan(c, june.begin(), june.end(), 0);
    addSpan(c, utc(2014, 6, 10), utc(2014, 6, 11), 1);
    TimeHistogram h;
    h.build(c, 2);
    TimeHistogram::Bins bins;
    h.compute(days(2014, 6, 1, 30), {}, bins);
    REQUIRE(bins.size() == 30);
    for (std::size_t d = 0; d < 30; ++d)
        CHECK(bins.count(d, 0) == Approx(1.0 / 30));
    CHECK(bins.count(9, 1) == Approx(1.0));
    CHECK(bins.count(10, 1) == Approx(0.0));
    CHECK(bins.maxTotal == Approx(1.0 + 1.0 / 30));

    // Month bins: each event lands wholly in June.
    h.compute({utc(2014, 5, 1), utc(2014, 6, 1), utc(2014, 7, 1), utc(2014, 8, 1)}, {}, bins);
    CHECK(bins.count(0, 0) == Approx(0));
    CHECK(bins.count(1, 0) == Approx(1));
    CHECK(bins.count(1, 1) == Approx(1));
    CHECK(bins.count(2, 0) == Approx(0));

    // Disabled categories are left out.
    h.compute(days(2014, 6, 1, 30), {1, 0}, bins);
    CHECK(bins.count(9, 1) == Approx(0));
    CHECK(bins.count(9, 0) == Approx(1.0 / 30));
}

TEST_CASE("Histogram counts add up and match a direct count", "[timeline]")
{
    // Mixed precisions and odd span lengths (more distinct lengths than exact buckets).
    EventColumns c;
    std::mt19937 rng(7);
    const qint64 t0 = utc(2013, 1, 1);
    std::uniform_int_distribution<qint64> start(0, 3 * 365 * 86400LL);
    std::uniform_int_distribution<int> kind(0, 5), cat(0, 2), extra(1, 200);
    for (int i = 0; i < 20000; ++i) {
        const qint64 s = t0 + start(rng);
        switch (kind(rng)) {
        case 0: {
            const FuzzyDate m{s, DatePrecision::Month};
            addSpan(c, m.begin(), m.end(), std::uint16_t(cat(rng)));
            break;
        }
        case 1: {
            const FuzzyDate y{s, DatePrecision::Year};
            addSpan(c, y.begin(), y.end(), std::uint16_t(cat(rng)));
            break;
        }
        case 2:
            addSpan(c, s, s + 60, std::uint16_t(cat(rng)));
            break;
        case 3: // arbitrary multi-day spans
            addSpan(c, floorTo(s, DatePrecision::Day),
                    floorTo(s, DatePrecision::Day) + extra(rng) * 86400, std::uint16_t(cat(rng)));
            break;
        default: {
            const FuzzyDate d{s, DatePrecision::Day};
            addSpan(c, d.begin(), d.end(), std::uint16_t(cat(rng)));
        }
        }
    }
    TimeHistogram h;
    h.build(c, 3);
    CHECK(h.eventCount() == c.size());

    // Bins covering everything: the total is the number of events.
    TimeHistogram::Bins bins;
    std::vector<qint64> edges;
    for (qint64 t = utc(2012, 1, 1); t <= utc(2017, 1, 1); t += 86400 * 7)
        edges.push_back(t);
    h.compute(edges, {}, bins);
    double total = 0;
    for (std::size_t b = 0; b < bins.size(); ++b)
        total += bins.total(b);
    CHECK(total == Approx(double(c.size())).epsilon(1e-6)); // counts are floats

    // Each bin equals the direct sum of overlaps, for every category.
    std::vector<double> direct(bins.size() * 3, 0);
    for (std::size_t i = 0; i < c.size(); ++i)
        for (std::size_t b = 0; b < bins.size(); ++b) {
            const qint64 a = std::max(c.lo[i], edges[b]), e = std::min(c.hi[i], edges[b + 1]);
            if (e > a) direct[b * 3 + c.category[i]] += double(e - a) / double(c.hi[i] - c.lo[i]);
        }
    for (std::size_t b = 0; b < bins.size(); ++b)
        for (int k = 0; k < 3; ++k)
            REQUIRE(bins.count(b, k) == Approx(direct[b * 3 + std::size_t(k)]).margin(1e-3));

    // A row filter indexes only the listed rows.
    std::vector<std::uint8_t> rows(c.size(), 0);
    for (std::size_t i = 0; i < c.size(); i += 2)
        rows[i] = 1;
    TimeHistogram half;
    half.build(c, 3, &rows);
    CHECK(half.eventCount() == (c.size() + 1) / 2);
    CHECK(half.massBefore(0, utc(2020, 1, 1)) + half.massBefore(1, utc(2020, 1, 1)) +
              half.massBefore(2, utc(2020, 1, 1)) ==
          Approx(double(half.eventCount())));
}

TEST_CASE("Histogram edges follow the axis' calendar unit", "[timeline]")
{
    TimeAxis axis(utc(2014, 1, 1), utc(2015, 1, 1), 120);
    std::vector<qint64> edges;
    TimeHistogram::calendarEdges(axis, 8, edges);
    REQUIRE(edges.size() == 13); // months: 120 px / 12 = 10 px each
    CHECK(edges.front() == utc(2014, 1, 1));
    CHECK(edges[2] == utc(2014, 3, 1));
    CHECK(edges.back() == utc(2015, 1, 1));

    TimeHistogram::uniformEdges(axis, 4, edges);
    CHECK(edges.size() == 31);
    CHECK(edges.front() == utc(2014, 1, 1));
}

TEST_CASE("Histogram counts match a direct count when the data spans more than 136 years",
          "[timeline]")
{
    // Day events from 1800 to 2020 in one category: their starts no longer fit the 32-bit
    // offsets kept for shorter ranges, so the 64-bit path is used and must agree.
    EventColumns c;
    std::mt19937 rng(11);
    std::uniform_int_distribution<qint64> start(0, 220 * 365 * 86400LL);
    const qint64 t0 = utc(1800, 1, 1);
    for (int i = 0; i < 5000; ++i) {
        const FuzzyDate d{t0 + start(rng), DatePrecision::Day};
        addSpan(c, d.begin(), d.end(), 0);
    }
    for (const bool wide : {true, false}) {
        EventColumns part;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (wide || c.lo[i] >= utc(1950, 1, 1)) addSpan(part, c.lo[i], c.hi[i], 0);
        TimeHistogram h;
        h.build(part, 1);
        std::vector<qint64> edges;
        for (qint64 t = utc(1799, 1, 1); t <= utc(2021, 1, 1); t += 86400 * 365 * 3 + 86400 * 7)
            edges.push_back(t);
        TimeHistogram::Bins bins;
        h.compute(edges, {}, bins);
        for (std::size_t b = 0; b < bins.size(); ++b) {
            double direct = 0;
            for (std::size_t i = 0; i < part.size(); ++i) {
                const qint64 a = std::max(part.lo[i], edges[b]);
                const qint64 e = std::min(part.hi[i], edges[b + 1]);
                if (e > a) direct += double(e - a) / double(part.hi[i] - part.lo[i]);
            }
            REQUIRE(bins.count(b, 0) == Approx(direct).margin(1e-3));
        }
        CHECK(h.massBefore(0, utc(2021, 1, 1)) == Approx(double(part.size())));
    }
}
