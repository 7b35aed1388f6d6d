#include "model/EventListOrder.h"

#include <algorithm>
#include <numeric>

void EventListOrder::setOrder(std::vector<std::uint32_t> order)
{
    order_ = std::move(order);
    rank_.resize(order_.size());
    for (std::uint32_t k = 0; k < order_.size(); ++k)
        rank_[order_[k]] = k;
}

void EventListOrder::sortByStart(const EventColumns& columns)
{
    std::vector<std::uint32_t> order(columns.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return columns.lo[a] != columns.lo[b] ? columns.lo[a] < columns.lo[b]
                                              : columns.id[a] < columns.id[b];
    });
    setOrder(std::move(order));
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
    setOrder(std::move(order));
}

void EventListOrder::reverse()
{
    std::reverse(order_.begin(), order_.end());
    setOrder(std::move(order_));
}

void EventListOrder::update(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                            const std::optional<QRectF>& world)
{
    const std::size_t n = order_.size();
    if (mask && mask->size() != n) mask = nullptr;
    if (!mask && !world) {
        visible_ = order_;
        return;
    }
    auto keep = [&](std::uint32_t r) {
        return (!mask || (*mask)[r]) &&
               (!world || world->contains(QPointF(columns.x[r], columns.y[r])));
    };
    // A scrub window usually shows a few thousand of a million rows: collect them in row
    // order (a sequential pass) and sort that handful by rank. When many are shown, walking
    // the order is cheaper than sorting them.
    visible_.clear();
    for (std::uint32_t r = 0; r < n; ++r)
        if (keep(r)) visible_.push_back(r);
    if (visible_.size() * 16 < n) {
        std::sort(visible_.begin(), visible_.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return rank_[a] < rank_[b]; });
    } else {
        std::size_t k = 0;
        for (std::uint32_t r : order_)
            if (keep(r)) visible_[k++] = r;
    }
}

int EventListOrder::positionOf(std::uint32_t row) const
{
    const auto it = std::find(visible_.begin(), visible_.end(), row);
    return it == visible_.end() ? -1 : int(it - visible_.begin());
}
