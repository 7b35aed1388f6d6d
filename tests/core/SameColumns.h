#pragma once

#include "TestCatch.h"
#include "model/EventColumns.h"

#include <cmath>

// Row for row and column for column; NaN (no position) equals NaN. The check the columns'
// loaders (a scan, parallel ranges, the kept copy) are held to.
inline void requireSameColumns(const EventColumns& a, const EventColumns& b)
{
    REQUIRE(a.size() == b.size());
    auto same = [](double p, double q) { return (std::isnan(p) && std::isnan(q)) || p == q; };
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("row " << i);
        REQUIRE(a.id[i] == b.id[i]);
        REQUIRE(same(a.x[i], b.x[i]));
        REQUIRE(same(a.y[i], b.y[i]));
        REQUIRE(a.lo[i] == b.lo[i]);
        REQUIRE(a.hi[i] == b.hi[i]);
        REQUIRE(a.category[i] == b.category[i]);
        REQUIRE(a.precision[i] == b.precision[i]);
        REQUIRE(a.geoPrecision[i] == b.geoPrecision[i]);
        REQUIRE(a.approximate[i] == b.approximate[i]);
    }
}
