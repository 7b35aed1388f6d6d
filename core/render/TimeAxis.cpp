#include "render/TimeAxis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
struct Level {
    TimeAxisStep step;
    TickFormat minor;
    TimeAxisStep major; // the context row; count 0 = none
    TickFormat majorFormat;
};

constexpr TimeAxisStep kNone{TimeUnit::Year, 0};
constexpr TimeAxisStep kDay{TimeUnit::Day, 1};
constexpr TimeAxisStep kMonth{TimeUnit::Month, 1};
constexpr TimeAxisStep kYear{TimeUnit::Year, 1};

// Fine to coarse. The same step may appear twice, with a long then a short label.
const std::array<Level, 26> kLadder{{
    {{TimeUnit::Minute, 1}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Minute, 5}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Minute, 15}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Minute, 30}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Hour, 1}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Hour, 3}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Hour, 6}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {{TimeUnit::Hour, 12}, TickFormat::HourMinute, kDay, TickFormat::DayMonthYear},
    {kDay, TickFormat::DayMonth, kMonth, TickFormat::MonthYear},
    {kDay, TickFormat::Day, kMonth, TickFormat::MonthYear},
    {{TimeUnit::Week, 1}, TickFormat::DayMonth, kMonth, TickFormat::MonthYear},
    {{TimeUnit::Week, 1}, TickFormat::Day, kMonth, TickFormat::MonthYear},
    {kMonth, TickFormat::Month, kYear, TickFormat::Year},
    {{TimeUnit::Month, 3}, TickFormat::Month, kYear, TickFormat::Year},
    {{TimeUnit::Month, 6}, TickFormat::Month, kYear, TickFormat::Year},
    {kYear, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 2}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 5}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 10}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 20}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 50}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 100}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 200}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 500}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 1000}, TickFormat::Year, kNone, TickFormat::Year},
    {{TimeUnit::Year, 2000}, TickFormat::Year, kNone, TickFormat::Year},
}};

qint64 toSeconds(double t)
{
    return qint64(std::floor(t));
}

// Ticks of `step` from the one at or before `from` to the last before `to`.
template <typename F> void forEachBoundary(TimeAxisStep step, double from, double to, F&& f)
{
    qint64 t = step.floor(toSeconds(from));
    const qint64 first = t;
    for (qint64 n = 1; double(t) < to; ++n) {
        f(t);
        t = step.add(first, n); // from the first boundary, so month days never drift
    }
}
} // namespace

TimeAxis::TimeAxis(qint64 from, qint64 to, double widthPx) : width_(std::max(1.0, widthPx))
{
    setRange(double(from), double(to));
}

void TimeAxis::setWidth(double widthPx)
{
    const double spp = secondsPerPixel();
    width_ = std::max(1.0, widthPx);
    span_ = std::clamp(spp * width_, kMinSpan, kMaxSpan);
}

void TimeAxis::setRange(double from, double to)
{
    const double centre = (from + to) / 2;
    span_ = std::clamp(to - from, kMinSpan, kMaxSpan);
    from_ = centre - span_ / 2;
}

void TimeAxis::zoomAbout(double x, double factor)
{
    if (!(factor > 0)) return;
    const double anchor = timeAt(x);
    span_ = std::clamp(span_ / factor, kMinSpan, kMaxSpan);
    from_ = anchor - x / width_ * span_;
}

void TimeAxis::panByPixels(double dx)
{
    from_ -= dx * secondsPerPixel();
}

void TimeAxis::centreOn(double t)
{
    from_ = t - span_ / 2;
}

TimeAxisStep TimeAxis::stepAtLeast(double minPixels) const
{
    const double spp = secondsPerPixel();
    for (const Level& level : kLadder)
        if (double(level.step.nominalSeconds()) / spp >= minPixels) return level.step;
    return kLadder.back().step;
}

TimeAxis::Ticks TimeAxis::ticks(const QFontMetricsF& metrics, double labelGap) const
{
    Ticks out;
    const double spp = secondsPerPixel();
    const double left = from_, right = to();
    // Candidate levels start where a step is at least as wide as the narrowest label could be,
    // which also bounds the number of ticks generated to about width / 12.
    const double minWidth = metrics.horizontalAdvance(QStringLiteral("00")) + labelGap;
    const Level* chosen = &kLadder.back();
    for (const Level& level : kLadder) {
        // Month and year steps are up to 10% shorter than their nominal length.
        if (double(level.step.nominalSeconds()) * 0.9 / spp < minWidth) continue;
        out.minor.clear();
        double lastRight = -1e300;
        bool fits = true;
        forEachBoundary(level.step, left, right, [&](qint64 t) {
            if (!fits) return;
            const double x = xOf(double(t));
            // A label cut by the left edge is dropped; the pinned context stands in.
            QString label = x < 0 ? QString() : formatTick(t, level.minor);
            const double w = metrics.horizontalAdvance(label);
            if (x + kLabelPad < lastRight + labelGap) fits = false;
            lastRight = x + kLabelPad + w;
            out.minor.push_back({t, x, std::move(label)});
        });
        if (fits) {
            chosen = &level;
            break;
        }
    }
    if (chosen == &kLadder.back() && out.minor.empty())
        forEachBoundary(chosen->step, left, right, [&](qint64 t) {
            out.minor.push_back({t, xOf(double(t)), formatTick(t, chosen->minor)});
        });

    out.minorStep = chosen->step;
    out.hasMajor = chosen->major.count > 0;
    if (!out.hasMajor) return out;
    out.majorStep = chosen->major;

    // Context labels: a major label that would touch the previous one is dropped (its tick
    // stays), so the context row never collides either.
    double lastRight = -1e300;
    forEachBoundary(chosen->major, left, right, [&](qint64 t) {
        const double x = xOf(double(t));
        QString label = formatTick(t, chosen->majorFormat);
        const double w = metrics.horizontalAdvance(label);
        // Left of the view the pinned label below stands in for it.
        if (x >= 0 && x + kLabelPad >= lastRight + labelGap) {
            lastRight = x + kLabelPad + w;
            out.major.push_back({t, x, std::move(label)});
        } else {
            out.major.push_back({t, x, QString()});
        }
    });
    // The left edge's context, pinned at x = 0 unless it would touch the next context label.
    const qint64 edgeUnit = chosen->major.floor(toSeconds(left));
    if (double(edgeUnit) < left) {
        QString label = formatTick(edgeUnit, chosen->majorFormat);
        const double w = metrics.horizontalAdvance(label);
        double nextLeft = 1e300;
        for (const Tick& tick : out.major)
            if (tick.x > 0 && !tick.label.isEmpty()) {
                nextLeft = tick.x + kLabelPad;
                break;
            }
        if (kLabelPad + w + labelGap <= nextLeft) out.pinned = {edgeUnit, 0, std::move(label)};
    }
    return out;
}
