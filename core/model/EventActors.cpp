#include "model/EventActors.h"

#include <algorithm>
#include <numeric>

RowsById RowsById::of(const std::vector<qint64>& ids)
{
    RowsById r;
    r.rows_ = ids.size();
    if (!std::is_sorted(ids.begin(), ids.end()) ||
        std::adjacent_find(ids.begin(), ids.end()) != ids.end()) {
        r.byId_.reserve(ids.size());
        for (std::size_t k = 0; k < ids.size(); ++k)
            r.byId_.emplace_back(ids[k], std::uint32_t(k));
        std::sort(r.byId_.begin(), r.byId_.end());
        return r;
    }
    for (std::size_t k = 0; k < ids.size(); ++k)
        if (k == 0 || ids[k] != ids[k - 1] + 1) {
            if (r.runs_.size() > ids.size() / 8) { // gaps everywhere: the ids themselves
                r.runs_ = {};
                r.rising_ = ids;
                return r;
            }
            r.runs_.push_back({ids[k], std::uint32_t(k)});
        }
    return r;
}

qint64 RowsById::rowOf(qint64 id) const
{
    if (!byId_.empty()) {
        const auto it = std::lower_bound(byId_.begin(), byId_.end(), std::make_pair(id, 0u));
        return it != byId_.end() && it->first == id ? qint64(it->second) : -1;
    }
    if (!rising_.empty()) {
        const auto it = std::lower_bound(rising_.begin(), rising_.end(), id);
        return it != rising_.end() && *it == id ? it - rising_.begin() : -1;
    }
    // The last run starting at or before the id, if the id lies within it.
    const auto next = std::upper_bound(runs_.begin(), runs_.end(), id,
                                       [](qint64 v, const Run& run) { return v < run.firstId; });
    if (next == runs_.begin()) return -1;
    const Run& run = *(next - 1);
    const std::size_t end = next == runs_.end() ? rows_ : next->firstRow;
    const auto row = std::uint64_t(id) - std::uint64_t(run.firstId) + run.firstRow;
    return row < end ? qint64(row) : -1;
}

std::size_t RowsById::memoryBytes() const
{
    return runs_.capacity() * sizeof(Run) + rising_.capacity() * sizeof(qint64) +
           byId_.capacity() * sizeof(byId_[0]);
}

EventActorsBuilder::EventActorsBuilder(const EventColumns& columns)
    : EventActorsBuilder(RowsById::of(columns.id))
{
}

EventActorsBuilder::EventActorsBuilder(RowsById rows) : rows_(std::move(rows)) {}

qint64 EventActorsBuilder::rowOf(qint64 id) const
{
    return rows_.rowOf(id);
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
        if (perRow_.empty()) perRow_.assign(rows_.rows() + 1, 0);
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
        if (out.offsets.empty()) out.offsets.assign(rows_.rows() + 1, 0);
        std::partial_sum(out.offsets.begin(), out.offsets.end(), out.offsets.begin());
        out.ids = std::move(actors_);
        for (std::uint32_t& actor : out.ids)
            actor = rank[actor];
        return out;
    }
    // Counting sort by row keeps each event's actors in their stored order.
    out.offsets.assign(rows_.rows() + 1, 0);
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
