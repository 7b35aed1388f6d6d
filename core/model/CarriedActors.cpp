#include "model/CarriedActors.h"

EventActors carryActors(const EventActors& old, const std::vector<qint64>& oldIds,
                        const EventColumns& now)
{
    EventActorsBuilder builder(now);
    if (old.rows() == oldIds.size())
        for (std::size_t i = 0; i < oldIds.size(); ++i) {
            const qint64 row = builder.rowOf(oldIds[i]);
            if (row < 0) continue; // removed
            for (std::uint32_t k = old.offsets[i]; k < old.offsets[i + 1]; ++k)
                builder.add(row, old.names[old.ids[k]]);
        }
    return builder.finish();
}
