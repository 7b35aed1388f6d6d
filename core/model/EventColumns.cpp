#include "model/EventColumns.h"

#include "model/HugePages.h"

void EventColumns::reserve(std::size_t n)
{
    id.reserve(n);
    x.reserve(n);
    y.reserve(n);
    lo.reserve(n);
    hi.reserve(n);
    category.reserve(n);
    precision.reserve(n);
    geoPrecision.reserve(n);
    approximate.reserve(n);
    HugePages::adviseCapacity(id);
    HugePages::adviseCapacity(x);
    HugePages::adviseCapacity(y);
    HugePages::adviseCapacity(lo);
    HugePages::adviseCapacity(hi);
    HugePages::adviseCapacity(category);
}

void EventColumns::appendRow(const EventColumns& from, std::size_t row)
{
    id.push_back(from.id[row]);
    x.push_back(from.x[row]);
    y.push_back(from.y[row]);
    lo.push_back(from.lo[row]);
    hi.push_back(from.hi[row]);
    category.push_back(from.category[row]);
    precision.push_back(from.precision[row]);
    geoPrecision.push_back(from.geoPrecision[row]);
    approximate.push_back(from.approximate[row]);
}

void EventColumns::append(const EventColumns& more)
{
    id.insert(id.end(), more.id.begin(), more.id.end());
    x.insert(x.end(), more.x.begin(), more.x.end());
    y.insert(y.end(), more.y.begin(), more.y.end());
    lo.insert(lo.end(), more.lo.begin(), more.lo.end());
    hi.insert(hi.end(), more.hi.begin(), more.hi.end());
    category.insert(category.end(), more.category.begin(), more.category.end());
    precision.insert(precision.end(), more.precision.begin(), more.precision.end());
    geoPrecision.insert(geoPrecision.end(), more.geoPrecision.begin(), more.geoPrecision.end());
    approximate.insert(approximate.end(), more.approximate.begin(), more.approximate.end());
}

void EventColumns::populateSpare() const
{
    HugePages::populateSpare(id);
    HugePages::populateSpare(x);
    HugePages::populateSpare(y);
    HugePages::populateSpare(lo);
    HugePages::populateSpare(hi);
    HugePages::populateSpare(category);
    HugePages::populateSpare(precision);
    HugePages::populateSpare(geoPrecision);
    HugePages::populateSpare(approximate);
}

void EventColumns::clear()
{
    *this = EventColumns{};
}
