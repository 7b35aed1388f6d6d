#include "render/StoryFrame.h"

#include "render/DataExtent.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr qint64 kDay = 86400;

qint64 floorDay(qint64 t)
{
    return t >= 0 ? t / kDay * kDay : -((-t + kDay - 1) / kDay) * kDay;
}

} // namespace

StoryFrame StoryFrame::of(const EventColumns& columns)
{
    StoryFrame frame;
    frame.area = dataExtent(columns);
    if (columns.size() == 0) return frame;

    // The events' starts, sorted: a stretch's count is a two-pointer walk.
    std::vector<qint64> starts(columns.lo.begin(), columns.lo.end());
    std::sort(starts.begin(), starts.end());
    const qint64 first = floorDay(starts.front());
    const qint64 last =
        floorDay(*std::max_element(columns.hi.begin(), columns.hi.end()) - 1) + kDay;
    const double range = double(std::max<qint64>(last - first, kDay));

    double best = -1;
    TimeWindow window{first, last};
    for (const int days : kLengths) {
        const qint64 length = days * kDay;
        if (length >= last - first) { // the whole range fits: it is the stretch
            const double score = double(starts.size()) / std::sqrt(double(days));
            if (score > best) best = score, window = TimeWindow{first, last};
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
            const std::size_t n = end - i;
            const double recency = 0.75 + 0.25 * double(from - first) / range;
            const double score = double(n) * recency / std::sqrt(double(days));
            if (score >= best) best = score, window = TimeWindow{from, from + length};
        }
    }
    // The stretch ends at the data's end when it would run past it.
    if (window.to > last)
        window = TimeWindow{std::max(first, last - (window.to - window.from)), last};
    frame.window = window;
    // Framed on the stretch's events when enough of them have a position (the offensive's
    // towns rather than every capital the background events name), else on all.
    EventColumns story;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (window.overlaps(columns.lo[i], columns.hi[i]) && !std::isnan(columns.x[i]))
            story.appendRow(columns, i);
    if (story.size() >= kMinFramed) frame.area = dataExtent(story);
    return frame;
}
