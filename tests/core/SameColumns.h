#pragma once

#include "TestCatch.h"
#include "model/Event.h"
#include "model/EventColumns.h"

#include <QString>
#include <cmath>

// Event i of the columns tests: hours apart from 2014-01-01, day and month precision, some
// approximate, two categories (or the one given), every seventh without a position.
inline Event columnsTestEvent(int i, const QString& category = {})
{
    constexpr qint64 k2014 = 1388534400; // 2014-01-01
    Event e;
    e.title = QStringLiteral("event %1").arg(i);
    e.start = k2014 + i * 3600;
    e.precision = i % 3 ? DatePrecision::Day : DatePrecision::Month;
    e.approximate = i % 5 == 0;
    e.category = !category.isEmpty() ? category
                 : i % 2             ? QStringLiteral("Battles")
                                     : QStringLiteral("Explosions");
    if (i % 7 == 3) {
        e.locationName = QStringLiteral("somewhere unknown"); // no position
    } else {
        e.lat = 33 + (i % 97) * 0.05;
        e.lon = 42 + (i % 89) * 0.05;
    }
    return e;
}

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
