#pragma once
// Synthetic EventColumns for the map tests: events scattered around real places.
#include "geo/WebMercator.h"
#include "model/EventColumns.h"
#include "time/DatePrecision.h"

#include <random>

inline EventColumns mapTestColumns(std::size_t n, unsigned seed = 42, double spreadDegrees = 0.6,
                                   int categories = 3)
{
    EventColumns c;
    std::mt19937 rng(seed);
    std::normal_distribution<double> jitter(0, spreadDegrees);
    const double places[][2] = {{36.34, 43.13}, {33.315, 44.366}, {34.607, 43.679}};
    for (std::size_t i = 0; i < n; ++i) {
        const double* place = places[i % 3];
        const QPointF p = WebMercator::project(place[0] + jitter(rng), place[1] + jitter(rng));
        c.id.push_back(qint64(i + 1));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        c.lo.push_back(qint64(i) * 86400);
        c.hi.push_back(qint64(i + 1) * 86400);
        c.category.push_back(std::uint16_t(i % std::size_t(categories)));
        c.precision.push_back(3);
        c.geoPrecision.push_back(1);
        c.approximate.push_back(0);
    }
    return c;
}

// One event spanning [lo, hi] at day precision, at the middle of the world, for the timeline
// tests: ids follow the order of addition.
inline void addSpan(EventColumns& c, qint64 lo, qint64 hi, std::uint16_t category,
                    std::uint8_t geoPrecision = 0)
{
    c.id.push_back(qint64(c.size()) + 1);
    c.x.push_back(0.5);
    c.y.push_back(0.5);
    c.lo.push_back(lo);
    c.hi.push_back(hi);
    c.category.push_back(category);
    c.precision.push_back(std::uint8_t(DatePrecision::Day));
    c.geoPrecision.push_back(geoPrecision);
    c.approximate.push_back(0);
}
