#include "render/StoryFrame.h"

#include "render/DataExtent.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace {

constexpr qint64 kDay = 86400;

qint64 floorDay(qint64 t)
{
    return t >= 0 ? t / kDay * kDay : -((-t + kDay - 1) / kDay) * kDay;
}

// Starts per day as a prefix sum: the starts on days [a, b) are prefix[b] − prefix[a], so the
// walk needs no sorted copy of every start (80 MB and a sort of ten million values at 10M).
// Ranges longer than this many days (11,000 years) sort the starts instead.
constexpr qint64 kMaxDenseDays = qint64(1) << 22;

struct Stretch {
    double best = -1;
    TimeWindow window;
    // A stretch from `from` of `days` days holding `n` starts; later ones win ties.
    void consider(qint64 from, int days, std::size_t n, qint64 first, double range)
    {
        const double recency = 0.75 + 0.25 * double(from - first) / range;
        const double score = double(n) * recency / std::sqrt(double(days));
        if (score >= best) best = score, window = TimeWindow{from, from + days * kDay};
    }
};

// The walk over every stretch that starts on an event's day, by the starts counted per day.
TimeWindow densestByDays(const EventColumns& columns, qint64 first, qint64 last)
{
    // Days up to the latest start (past `last` only when a start lies after its end).
    const qint64 lastStart = *std::max_element(columns.lo.begin(), columns.lo.end());
    const auto dayCount = std::size_t((std::max(last, floorDay(lastStart)) - first) / kDay);
    std::vector<std::uint32_t> prefix(dayCount + 2, 0);
    for (const qint64 lo : columns.lo)
        ++prefix[std::size_t((floorDay(lo) - first) / kDay) + 1];
    for (std::size_t d = 1; d < prefix.size(); ++d)
        prefix[d] += prefix[d - 1];
    const double range = double(std::max<qint64>(last - first, kDay));
    Stretch stretch{-1, TimeWindow{first, last}};
    for (const int days : StoryFrame::kLengths) {
        if (days * kDay >= last - first) { // the whole range fits: it is the stretch
            const double score = double(columns.size()) / std::sqrt(double(days));
            if (score > stretch.best) stretch.best = score, stretch.window = {first, last};
            break;
        }
        for (std::size_t d = 0; d + 1 < prefix.size(); ++d) {
            if (prefix[d + 1] == prefix[d]) continue; // no event starts that day
            const std::size_t end = std::min(prefix.size() - 1, d + std::size_t(days));
            stretch.consider(first + qint64(d) * kDay, days, prefix[end] - prefix[d], first, range);
        }
    }
    return stretch.window;
}

// The same walk over the sorted starts, for ranges too long to count by day.
TimeWindow densestBySorting(const EventColumns& columns, qint64 first, qint64 last)
{
    std::vector<qint64> starts(columns.lo.begin(), columns.lo.end());
    std::sort(starts.begin(), starts.end());
    const double range = double(std::max<qint64>(last - first, kDay));
    Stretch stretch{-1, TimeWindow{first, last}};
    for (const int days : StoryFrame::kLengths) {
        const qint64 length = days * kDay;
        if (length >= last - first) { // the whole range fits: it is the stretch
            const double score = double(starts.size()) / std::sqrt(double(days));
            if (score > stretch.best) stretch.best = score, stretch.window = {first, last};
            break;
        }
        // Each stretch that starts on an event's day: count the starts within it.
        std::size_t end = 0;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            if (i > 0 && floorDay(starts[i]) == floorDay(starts[i - 1])) continue;
            const qint64 from = floorDay(starts[i]);
            end = std::max(end, i);
            while (end < starts.size() && starts[end] < from + length)
                ++end;
            stretch.consider(from, days, end - i, first, range);
        }
    }
    return stretch.window;
}

} // namespace

StoryFrame StoryFrame::of(const EventColumns& columns)
{
    StoryFrame frame;
    if (columns.size() == 0) return frame;
    const qint64 first = floorDay(*std::min_element(columns.lo.begin(), columns.lo.end()));
    const qint64 last =
        floorDay(*std::max_element(columns.hi.begin(), columns.hi.end()) - 1) + kDay;
    const qint64 lastStart = *std::max_element(columns.lo.begin(), columns.lo.end());
    const bool dense =
        std::max(double(last), double(lastStart)) - double(first) <= double(kMaxDenseDays * kDay);
    TimeWindow window =
        dense ? densestByDays(columns, first, last) : densestBySorting(columns, first, last);
    // The stretch ends at the data's end when it would run past it.
    if (window.to > last)
        window = TimeWindow{std::max(first, last - (window.to - window.from)), last};
    frame.window = window;
    // Framed on the stretch's events when enough of them have a position (the offensive's
    // towns rather than every capital the background events name), else on all.
    frame.area = dataExtent(columns, window, kMinFramed);
    if (!frame.area) frame.area = dataExtent(columns);
    return frame;
}
