#include "model/EventColumns.h"

#include "model/EventColumnsMerge.h"
#include "model/HugePages.h"

#include <functional>
#include <thread>
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

void resizeColumns(EventColumns& columns, std::size_t n)
{
    eachColumn(columns, [n](auto& column) { column.resize(n); });
}

std::vector<std::pair<char*, std::size_t>> rawColumns(EventColumns& columns)
{
    std::vector<std::pair<char*, std::size_t>> out;
    eachColumn(columns, [&](auto& column) {
        out.emplace_back(reinterpret_cast<char*>(column.data()),
                         column.size() * sizeof(column.front()));
    });
    return out;
}

std::size_t rawRowBytes()
{
    std::size_t bytes = 0;
    const EventColumns none;
    eachColumn(none, [&](const auto& column) { bytes += sizeof(column.front()); });
    return bytes;
}

void assignRawColumns(EventColumns& columns, const char* data, std::size_t n,
                      const std::function<void(const char*, std::size_t)>& copied)
{
    columns.clear();
    columns.reserve(n);
    std::vector<std::function<void()>> copies;
    eachColumn(columns, [&](auto& column) {
        using T = typename std::remove_cvref_t<decltype(column)>::value_type;
        const T* from = reinterpret_cast<const T*>(data);
        copies.emplace_back([&column, from, n, &copied] {
            column.insert(column.end(), from, from + n);
            if (copied) copied(reinterpret_cast<const char*>(from), n * sizeof(T));
        });
        data += n * sizeof(T);
    });
    // Most of a large copy is the kernel's: faulting in and zeroing each new page. Two threads
    // fill the columns side by side, id, x and y (24 of 45 bytes a row) on the second.
    constexpr std::size_t kFirst = 3;
    if (n >= (std::size_t(1) << 20)) {
        std::thread second([&] {
            for (std::size_t i = 0; i < kFirst; ++i)
                copies[i]();
        });
        for (std::size_t i = kFirst; i < copies.size(); ++i)
            copies[i]();
        second.join();
    } else {
        for (const auto& copy : copies)
            copy();
    }
}

void mergeById(EventColumns& columns, const EventColumns& changed,
               const std::vector<qint64>& removed)
{
    EventColumns out;
    out.reserve(columns.size() + changed.size());
    std::size_t r = 0, c = 0;
    for (std::size_t row = 0; row < columns.size(); ++row) {
        const qint64 key = columns.id[row];
        for (; c < changed.size() && changed.id[c] <= key; ++c)
            out.appendRow(changed, c);
        while (r < removed.size() && removed[r] < key)
            ++r;
        const bool gone =
            (r < removed.size() && removed[r] == key) || (!out.id.empty() && out.id.back() == key);
        if (!gone) out.appendRow(columns, row);
    }
    for (; c < changed.size(); ++c)
        out.appendRow(changed, c);
    columns = std::move(out);
}
