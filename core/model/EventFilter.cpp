#include "model/EventFilter.h"

#include <algorithm>

namespace {
constexpr std::uint8_t kOpaque = 255;
// Windows this far out (e.g. "everything" as the extremes of qint64) always take a full pass,
// so the bands below never overflow.
constexpr qint64 kFar = qint64(1) << 52;

double fadeOf(const EventFilter::Settings& s)
{
    const double length = double(s.window.to) - double(s.window.from);
    return double(s.fadeSeconds > 0 ? s.fadeSeconds : std::max(1.0, 4 * length));
}
} // namespace

const std::vector<std::uint8_t>& EventFilter::update(const EventColumns& columns, const Settings& s)
{
    incremental_ = moveWindow(columns, s);
    if (!incremental_) full(columns, s);
    valid_ = true;
    columns_ = &columns;
    lo_ = columns.lo.data();
    last_ = s;
    return mask_;
}

void EventFilter::invalidate()
{
    valid_ = false;
    spans_.clear();
}

void EventFilter::prepare(const EventColumns& columns)
{
    if (!spans_.builtFor(columns)) spans_.build(columns);
}

void EventFilter::adopt(SpanOrder spans, const EventColumns& columns)
{
    spansExpected_ = false;
    if (spans.bind(columns)) spans_ = std::move(spans);
}

bool EventFilter::sameExceptWindow(const EventColumns& columns, const Settings& s) const
{
    const auto rowsSize = [](const Settings& x) { return x.rows ? x.rows->size() : 0; };
    return valid_ && columns_ == &columns && lo_ == columns.lo.data() &&
           mask_.size() == columns.size() && s.mode == last_.mode &&
           (s.mode == Mode::Cumulative || s.inside == last_.inside) &&
           (s.mode == Mode::Window || fadeOf(s) == fadeOf(last_)) &&
           s.categoryEnabled == last_.categoryEnabled && s.rows == last_.rows &&
           rowsSize(s) == rowsSize(last_);
}

std::uint8_t EventFilter::valueOf(std::size_t i, const EventColumns& columns,
                                  const Settings& s) const
{
    // The same arithmetic as the passes in full(), one row at a time.
    const qint64 lo = columns.lo[i], hi = columns.hi[i], from = s.window.from, to = s.window.to;
    const bool rowKept = !s.rows || s.rows->size() != columns.size() || (*s.rows)[i] != 0;
    const std::uint8_t allowed = allowed_[columns.category[i]];
    if (s.mode == Mode::Window) {
        const bool in = s.inside ? (from <= lo && hi <= to) : (lo < to && from < hi);
        return std::uint8_t(std::uint8_t(-std::uint8_t(in)) & allowed &
                            std::uint8_t(-std::uint8_t(rowKept)));
    }
    if (!(lo < to && allowed && rowKept)) return 0;
    const double slope = double(kOpaque - kMinOpacity) / fadeOf(s);
    const double age = double(from) - double(hi);
    return age <= 0 ? kOpaque : std::uint8_t(std::max(double(kMinOpacity), kOpaque - age * slope));
}

bool EventFilter::moveWindow(const EventColumns& columns, const Settings& s)
{
    const TimeWindow a = last_.window, b = s.window;
    // The same window again means something else changed (e.g. a row filter refilled in
    // place): a full pass, so that only a moving window is ever taken incrementally.
    if (!sameExceptWindow(columns, s) || (a.from == b.from && a.to == b.to)) return false;
    for (const qint64 t : {a.from, a.to, b.from, b.to})
        if (t <= -kFar || t >= kFar) return false;
    if (!spans_.builtFor(columns)) {
        if (spansExpected_) return false;
        spans_.build(columns);
    }

    // A row's state depends on its start and end against the window's edges: only rows with
    // an end point between an old edge and its new place can change.
    const auto band = [](qint64 x, qint64 y) { return std::pair{std::min(x, y), std::max(x, y)}; };
    std::pair<qint64, qint64> starts, ends;
    if (s.mode == Mode::Window) {
        starts = s.inside ? band(a.from, b.from) : band(a.to, b.to);
        ends = s.inside ? band(a.to, b.to) : band(a.from, b.from);
    } else {
        // Visible once begun; the fade depends on the end's age, which reaches the floor
        // opacity `fade` seconds before the window (plus a margin for rounding).
        starts = band(a.to, b.to);
        const double fadeSeconds = fadeOf(s);
        if (fadeSeconds >= double(kFar)) return false;
        const qint64 fade = qint64(fadeSeconds);
        ends = band(a.from, b.from);
        ends.first -= fade + fade / 64 + 2;
    }
    const std::size_t n = columns.size();
    const std::size_t work = spans_.countStartsIn(columns, starts.first, starts.second) +
                             spans_.countEndsIn(columns, ends.first, ends.second);
    if (work > std::max<std::size_t>(n / 8, 1024)) return false; // a jump: one pass is cheaper
    touched_.clear();
    spans_.startsIn(columns, starts.first, starts.second, touched_);
    spans_.endsIn(columns, ends.first, ends.second, touched_);
    std::size_t visible = visible_;
    for (const std::uint32_t r : touched_) {
        const std::uint8_t v = valueOf(r, columns, s);
        visible = visible + (v != 0) - (mask_[r] != 0);
        mask_[r] = v;
    }
    visible_ = visible;
    return true;
}

void EventFilter::full(const EventColumns& columns, const Settings& s)
{
    const std::size_t n = columns.size();
    mask_.resize(n);
    const qint64* lo = columns.lo.data();
    const qint64* hi = columns.hi.data();
    const std::uint16_t* category = columns.category.data();
    const std::uint8_t* rows = s.rows && s.rows->size() == n ? s.rows->data() : nullptr;
    // 0 or 255 per category: one table lookup instead of bounds checks and branches.
    allowed_.assign(65536, s.categoryEnabled.empty() ? kOpaque : 0);
    for (std::size_t c = 0; c < s.categoryEnabled.size() && c < allowed_.size(); ++c)
        allowed_[c] = s.categoryEnabled[c] ? kOpaque : 0;
    const std::uint8_t* allowed = allowed_.data();
    const qint64 from = s.window.from, to = s.window.to;
    std::uint8_t* out = mask_.data();
    std::size_t visible = 0;

    if (s.mode == Mode::Window) {
        // Branch-free so the compiler can vectorise: the mask is 255 · (in time) & category
        // & row filter.
        if (s.inside) {
            for (std::size_t i = 0; i < n; ++i)
                out[i] = std::uint8_t(-std::uint8_t(from <= lo[i] && hi[i] <= to)) &
                         allowed[category[i]];
        } else {
            for (std::size_t i = 0; i < n; ++i)
                out[i] =
                    std::uint8_t(-std::uint8_t(lo[i] < to && from < hi[i])) & allowed[category[i]];
        }
        if (rows)
            for (std::size_t i = 0; i < n; ++i)
                out[i] &= std::uint8_t(-std::uint8_t(rows[i] != 0));
        for (std::size_t i = 0; i < n; ++i)
            visible += out[i] != 0;
    } else {
        const double slope = double(kOpaque - kMinOpacity) / fadeOf(s);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint8_t alpha = 0;
            if (lo[i] < to && allowed[category[i]] && (!rows || rows[i])) {
                const double age = double(from) - double(hi[i]); // > 0: over before the window
                alpha = age <= 0
                            ? kOpaque
                            : std::uint8_t(std::max(double(kMinOpacity), kOpaque - age * slope));
                ++visible;
            }
            out[i] = alpha;
        }
    }
    visible_ = visible;
}

void EventFilter::rowsForIds(const EventColumns& columns, const QList<qint64>& ids,
                             std::vector<std::uint8_t>& out)
{
    std::vector<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    out.assign(columns.size(), 0);
    for (std::size_t i = 0; i < columns.size(); ++i)
        out[i] = std::binary_search(sorted.begin(), sorted.end(), columns.id[i]) ? 1 : 0;
}

void EventFilter::rowsForActors(const EventActors& actors, const std::vector<std::uint8_t>& chosen,
                                std::vector<std::uint8_t>& out)
{
    const std::size_t n = actors.rows();
    out.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::uint32_t k = actors.offsets[i]; k < actors.offsets[i + 1]; ++k)
            if (const std::uint32_t a = actors.ids[k]; a < chosen.size() && chosen[a]) {
                out[i] = 1;
                break;
            }
}
