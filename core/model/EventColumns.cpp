#include "model/EventColumns.h"

#include "model/HugePages.h"

#include <type_traits>

namespace {
// Calls f on every column of `c` (const or not), so that no operation can forget one.
template <typename Columns, typename F> void eachColumn(Columns& c, F&& f)
{
    f(c.id);
    f(c.x);
    f(c.y);
    f(c.lo);
    f(c.hi);
    f(c.category);
    f(c.precision);
    f(c.geoPrecision);
    f(c.approximate);
}

// Calls f on every column of `to` with the same column of `from` (const or not).
template <typename From, typename F> void eachColumnPair(EventColumns& to, From& from, F&& f)
{
    f(to.id, from.id);
    f(to.x, from.x);
    f(to.y, from.y);
    f(to.lo, from.lo);
    f(to.hi, from.hi);
    f(to.category, from.category);
    f(to.precision, from.precision);
    f(to.geoPrecision, from.geoPrecision);
    f(to.approximate, from.approximate);
}
} // namespace

void EventColumns::reserve(std::size_t n)
{
    eachColumn(*this, [n](auto& column) {
        column.reserve(n);
        HugePages::adviseCapacity(column); // a hint, for the columns of 2 MiB and more
    });
}

void EventColumns::appendRow(const EventColumns& from, std::size_t row)
{
    eachColumnPair(*this, from, [row](auto& to, const auto& in) { to.push_back(in[row]); });
}

void EventColumns::append(const EventColumns& more)
{
    eachColumnPair(*this, more,
                   [](auto& to, const auto& in) { to.insert(to.end(), in.begin(), in.end()); });
}

void EventColumns::appendAndRelease(EventColumns& more)
{
    eachColumnPair(*this, more, [](auto& to, auto& in) {
        to.insert(to.end(), in.begin(), in.end());
        std::remove_cvref_t<decltype(in)>().swap(in);
    });
}

void EventColumns::clear()
{
    *this = EventColumns{};
}
