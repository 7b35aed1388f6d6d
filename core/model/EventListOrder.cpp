#include "model/EventListOrder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

void EventListOrder::setOrder(StartOrder order)
{
    order_ = std::move(order);
    const std::vector<std::uint32_t>& o = *order_;
    rank_.resize(o.size());
    for (std::uint32_t k = 0; k < o.size(); ++k)
        rank_[o[k]] = k;
    current_ = false;
}

void EventListOrder::sortByStart(const EventColumns& columns)
{
    setOrder(SpanOrder::startOrder(columns));
}

void EventListOrder::setStartOrder(StartOrder order)
{
    if (order) setOrder(std::move(order));
}

void EventListOrder::setOrderOfIds(const EventColumns& columns, const std::vector<qint64>& ids)
{
    const std::size_t n = columns.size();
    std::vector<std::uint32_t> byId(n);
    std::iota(byId.begin(), byId.end(), 0u);
    if (!std::is_sorted(columns.id.begin(), columns.id.end()))
        std::sort(byId.begin(), byId.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return columns.id[a] < columns.id[b]; });
    std::vector<std::uint8_t> placed(n, 0);
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (qint64 id : ids) {
        const auto it =
            std::lower_bound(byId.begin(), byId.end(), id,
                             [&](std::uint32_t r, qint64 v) { return columns.id[r] < v; });
        if (it == byId.end() || columns.id[*it] != id || placed[*it]) continue;
        placed[*it] = 1;
        order.push_back(*it);
    }
    for (std::uint32_t r = 0; r < n; ++r)
        if (!placed[r]) order.push_back(r);
    setOrder(std::make_shared<const std::vector<std::uint32_t>>(std::move(order)));
}

void EventListOrder::reverse()
{
    if (!order_) return;
    std::vector<std::uint32_t> reversed(order_->rbegin(), order_->rend()); // the shared one stays
    setOrder(std::make_shared<const std::vector<std::uint32_t>>(std::move(reversed)));
}

void EventListOrder::update(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                            const std::optional<QRectF>& world)
{
    prepare(columns, mask, world);
    apply();
}

EventListOrder::Change EventListOrder::prepare(const EventColumns& columns,
                                               const std::vector<std::uint8_t>* mask,
                                               const std::optional<QRectF>& world)
{
    const std::size_t n = orderSize();
    if (mask && mask->size() != n) mask = nullptr;
    const auto keep = [&](std::uint32_t r) -> std::uint8_t {
        return (!mask || (*mask)[r]) &&
               (!world || (!std::isnan(columns.x[r]) && // no position: never "in view"
                           world->contains(QPointF(columns.x[r], columns.y[r]))));
    };
    added_.clear();
    removed_.clear();
    removals_.clear();
    insertions_.clear();
    if (!current_ || world_ != world || kept_.size() != n) {
        kept_.resize(n);
        for (std::uint32_t r = 0; r < n; ++r)
            kept_[r] = keep(r);
        world_ = world;
        rebuildPending_ = true;
        return Change::Everything;
    }
    // One sequential pass finds the rows that came or went since the last update. Without a
    // map rectangle, blocks of rows are compared branch-free first (vectorised) and only the
    // few blocks that differ are looked at row by row.
    constexpr std::uint32_t kBlock = 64;
    // Beyond this many changes the list is rebuilt: the rest are only marked in kept_, so a
    // jump of the window does not grow the change lists to the size of the data.
    const std::size_t changeLimit = n / 16;
    bool tooMany = false;
    for (std::uint32_t b = 0; b < n; b += kBlock) {
        const std::uint32_t e = std::uint32_t(std::min<std::size_t>(n, b + kBlock));
        if (mask && !world) {
            std::uint8_t differs = 0;
            for (std::uint32_t r = b; r < e; ++r)
                differs |= std::uint8_t((*mask)[r] != 0) ^ kept_[r];
            if (!differs) continue;
        }
        for (std::uint32_t r = b; r < e; ++r)
            if (const std::uint8_t k = keep(r); k != kept_[r]) {
                kept_[r] = k;
                if (tooMany) continue;
                (k ? added_ : removed_).push_back(rank_[r]);
                tooMany = added_.size() + removed_.size() > changeLimit;
            }
    }
    if (added_.empty() && removed_.empty()) return Change::None;
    if (tooMany) {
        added_.clear();
        removed_.clear();
        rebuildPending_ = true;
        return Change::Everything;
    }
    std::sort(added_.begin(), added_.end());
    std::sort(removed_.begin(), removed_.end());
    // Runs of adjacent positions: a scrub step in date order is often one run at either end.
    for (const std::uint32_t rank : removed_) {
        const auto p =
            std::size_t(std::lower_bound(shown_.begin(), shown_.end(), rank) - shown_.begin());
        if (!removals_.empty() && removals_.back().position + removals_.back().count == p)
            ++removals_.back().count;
        else
            removals_.push_back({p, 1, 0});
    }
    std::reverse(removals_.begin(), removals_.end());
    std::size_t removedBefore = 0;
    for (std::size_t i = 0; i < added_.size(); ++i) {
        while (removedBefore < removed_.size() && removed_[removedBefore] < added_[i])
            ++removedBefore;
        const auto p = std::size_t(std::lower_bound(shown_.begin(), shown_.end(), added_[i]) -
                                   shown_.begin()) -
                       removedBefore + i;
        if (!insertions_.empty() && insertions_.back().position + insertions_.back().count == p)
            ++insertions_.back().count;
        else
            insertions_.push_back({p, 1, i});
    }
    return Change::Runs;
}

void EventListOrder::apply()
{
    if (rebuildPending_) {
        rebuild(kept_);
        rebuildPending_ = false;
        return;
    }
    if (added_.empty() && removed_.empty()) return;
    // Merge: the handful of changes, sorted, in one pass over the kept positions.
    scratch_.resize(shown_.size() + added_.size() - removed_.size());
    auto a = added_.begin(), d = removed_.begin();
    auto out = scratch_.begin();
    for (const std::uint32_t p : shown_) {
        while (a != added_.end() && *a < p)
            *out++ = *a++;
        if (d != removed_.end() && *d == p)
            ++d;
        else
            *out++ = p;
    }
    std::copy(a, added_.end(), out);
    shown_.swap(scratch_);
    added_.clear();
    removed_.clear();
}

void EventListOrder::removeRun(const Run& run)
{
    const auto at = shown_.begin() + std::ptrdiff_t(run.position);
    shown_.erase(at, at + std::ptrdiff_t(run.count));
}

void EventListOrder::insertRun(const Run& run)
{
    const auto from = added_.begin() + std::ptrdiff_t(run.first);
    shown_.insert(shown_.begin() + std::ptrdiff_t(run.position), from,
                  from + std::ptrdiff_t(run.count));
}

void EventListOrder::rebuild(const std::vector<std::uint8_t>& kept)
{
    // Marked by position, then read off in order: two sequential passes rather than a walk of
    // the order with a random access to the mask per row.
    // Both are allocated at their size each time (a rebuild is a pass over every row anyway):
    // a list that once held every row must not keep that capacity when it shrinks to a week.
    const std::size_t n = orderSize();
    std::vector<std::uint8_t> byRank(n, 0);
    std::size_t count = 0;
    for (std::uint32_t r = 0; r < n; ++r) {
        byRank[rank_[r]] = kept[r];
        count += kept[r] != 0;
    }
    std::vector<std::uint32_t> shown;
    shown.reserve(count);
    for (std::uint32_t p = 0; p < n; ++p)
        if (byRank[p]) shown.push_back(p);
    shown_.swap(shown);
    std::vector<std::uint32_t>().swap(scratch_);
    current_ = true;
}

std::vector<std::uint32_t> EventListOrder::visible() const
{
    std::vector<std::uint32_t> rows(shown_.size());
    for (std::size_t k = 0; k < shown_.size(); ++k)
        rows[k] = (*order_)[shown_[k]];
    return rows;
}

int EventListOrder::positionOf(std::uint32_t row) const
{
    if (!current_ || row >= rank_.size()) return -1;
    const auto it = std::lower_bound(shown_.begin(), shown_.end(), rank_[row]);
    return it != shown_.end() && *it == rank_[row] ? int(it - shown_.begin()) : -1;
}
