#include "model/EventColumns.h"

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
}

void EventColumns::clear()
{
    *this = EventColumns{};
}
