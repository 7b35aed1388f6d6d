#include "model/EventActors.h"

#include "store/EventStore.h"

#include <QHash>
#include <algorithm>
#include <numeric>

EventActors EventActors::fromEvents(const EventColumns& columns, const std::vector<Event>& events)
{
    // Rows by id: the columns are ordered by id, but do not rely on it.
    std::vector<std::size_t> byId(columns.size());
    std::iota(byId.begin(), byId.end(), std::size_t(0));
    std::sort(byId.begin(), byId.end(),
              [&](std::size_t a, std::size_t b) { return columns.id[a] < columns.id[b]; });

    QHash<QString, std::uint32_t> index;
    std::vector<QString> names;
    std::vector<std::uint32_t> counts;
    std::vector<std::vector<std::uint32_t>> perRow(columns.size());
    for (const Event& e : events) {
        const auto it =
            std::lower_bound(byId.begin(), byId.end(), e.id,
                             [&](std::size_t r, qint64 id) { return columns.id[r] < id; });
        if (it == byId.end() || columns.id[*it] != e.id) continue;
        for (const QString& raw : e.actors) {
            const QString name = raw.trimmed();
            if (name.isEmpty()) continue;
            auto found = index.find(name);
            if (found == index.end()) {
                found = index.insert(name, std::uint32_t(names.size()));
                names.push_back(name);
                counts.push_back(0);
            }
            auto& list = perRow[*it];
            if (std::find(list.begin(), list.end(), *found) != list.end()) continue;
            list.push_back(*found);
            ++counts[*found];
        }
    }

    // Renumber by event count, most first (ties by name, so the order is stable).
    std::vector<std::uint32_t> order(names.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
    });
    std::vector<std::uint32_t> rank(names.size());
    for (std::uint32_t k = 0; k < order.size(); ++k)
        rank[order[k]] = k;

    EventActors out;
    for (std::uint32_t k : order) {
        out.names.push_back(names[k]);
        out.counts.push_back(counts[k]);
    }
    out.offsets.reserve(columns.size() + 1);
    out.offsets.push_back(0);
    for (const auto& list : perRow) {
        for (std::uint32_t a : list)
            out.ids.push_back(rank[a]);
        out.offsets.push_back(std::uint32_t(out.ids.size()));
    }
    return out;
}

EventActors EventActors::load(const EventStore& store, const EventColumns& columns)
{
    return fromEvents(columns, store.query(EventQuery{}));
}
