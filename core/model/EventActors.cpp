#include "model/EventActors.h"

#include <algorithm>
#include <numeric>

EventActorsBuilder::EventActorsBuilder(const EventColumns& columns) : columns_(columns)
{
    // Rows by id: the store's columns come ordered by id, but do not rely on it.
    if (!std::is_sorted(columns.id.begin(), columns.id.end())) {
        byId_.resize(columns.size());
        std::iota(byId_.begin(), byId_.end(), std::size_t(0));
        std::sort(byId_.begin(), byId_.end(),
                  [&](std::size_t a, std::size_t b) { return columns.id[a] < columns.id[b]; });
    }
}

qint64 EventActorsBuilder::rowOf(qint64 id) const
{
    if (byId_.empty()) {
        const auto it = std::lower_bound(columns_.id.begin(), columns_.id.end(), id);
        return it != columns_.id.end() && *it == id ? it - columns_.id.begin() : -1;
    }
    const auto it = std::lower_bound(byId_.begin(), byId_.end(), id,
                                     [&](std::size_t r, qint64 v) { return columns_.id[r] < v; });
    return it != byId_.end() && columns_.id[*it] == id ? qint64(*it) : -1;
}

void EventActorsBuilder::add(qint64 row, QStringView raw)
{
    const QString name = raw.trimmed().toString();
    if (name.isEmpty()) return;
    auto found = index_.find(name);
    if (found == index_.end()) {
        found = index_.insert(name, std::uint32_t(names_.size()));
        names_.push_back(name);
        counts_.push_back(0);
    }
    if (inRowOrder_ && row < lastRow_) leaveRowOrder();
    // An actor named twice in one event counts once; an event's pairs are adjacent.
    if (inRowOrder_) {
        if (perRow_.empty()) perRow_.assign(columns_.size() + 1, 0);
        if (row == lastRow_) {
            const std::size_t own = perRow_[std::size_t(row) + 1];
            for (std::size_t k = actors_.size() - own; k < actors_.size(); ++k)
                if (actors_[k] == *found) return;
        }
        lastRow_ = row;
        ++perRow_[std::size_t(row) + 1];
        actors_.push_back(*found);
    } else {
        for (std::size_t k = pairs_.size(); k > 0 && pairs_[k - 1].first == row; --k)
            if (pairs_[k - 1].second == *found) return;
        pairs_.emplace_back(std::uint32_t(row), *found);
    }
    ++counts_[*found];
}

void EventActorsBuilder::leaveRowOrder()
{
    inRowOrder_ = false;
    pairs_.reserve(actors_.size());
    std::size_t next = 0;
    for (std::size_t row = 0; row + 1 < perRow_.size(); ++row)
        for (std::uint32_t k = 0; k < perRow_[row + 1]; ++k)
            pairs_.emplace_back(std::uint32_t(row), actors_[next++]);
    perRow_ = {};
    actors_ = {};
}

EventActors EventActorsBuilder::finish()
{
    // Renumber by event count, most first (ties by name, so the order is stable).
    std::vector<std::uint32_t> order(names_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return counts_[a] != counts_[b] ? counts_[a] > counts_[b] : names_[a] < names_[b];
    });
    std::vector<std::uint32_t> rank(names_.size());
    for (std::uint32_t k = 0; k < order.size(); ++k)
        rank[order[k]] = k;

    EventActors out;
    out.names.reserve(order.size());
    for (std::uint32_t k : order) {
        out.names.push_back(std::move(names_[k]));
        out.counts.push_back(counts_[k]);
    }
    if (inRowOrder_) {
        out.offsets = std::move(perRow_);
        if (out.offsets.empty()) out.offsets.assign(columns_.size() + 1, 0);
        std::partial_sum(out.offsets.begin(), out.offsets.end(), out.offsets.begin());
        out.ids = std::move(actors_);
        for (std::uint32_t& actor : out.ids)
            actor = rank[actor];
        return out;
    }
    // Counting sort by row keeps each event's actors in their stored order.
    out.offsets.assign(columns_.size() + 1, 0);
    for (const auto& [row, actor] : pairs_)
        ++out.offsets[row + 1];
    std::partial_sum(out.offsets.begin(), out.offsets.end(), out.offsets.begin());
    out.ids.resize(pairs_.size());
    std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
    for (const auto& [row, actor] : pairs_)
        out.ids[next[row]++] = rank[actor];
    return out;
}

EventActors EventActors::fromEvents(const EventColumns& columns, const std::vector<Event>& events)
{
    EventActorsBuilder b(columns);
    for (const Event& e : events) {
        const qint64 row = b.rowOf(e.id);
        if (row < 0) continue;
        for (const QString& name : e.actors)
            b.add(row, name);
    }
    return b.finish();
}
