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

void EventColumns::clear()
{
    *this = EventColumns{};
}
