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

void EventColumns::clear()
{
    *this = EventColumns{};
}
