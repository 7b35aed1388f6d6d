#include "model/EventFilter.h"

#include <algorithm>

namespace {
constexpr std::uint8_t kOpaque = 255;
}

const std::vector<std::uint8_t>& EventFilter::update(const EventColumns& columns, const Settings& s)
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
        const double length = double(to) - double(from);
        const double fade = double(s.fadeSeconds > 0 ? s.fadeSeconds : std::max(1.0, 4 * length));
        const double slope = double(kOpaque - kMinOpacity) / fade;
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
    return mask_;
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
