#pragma once

#include "model/Event.h"
#include "model/EventColumns.h"

#include <QString>
#include <cstdint>
#include <vector>

class EventStore;

// Who took part in each event, as compact columns parallel to EventColumns (which holds no
// text): row i's actors are ids[offsets[i] .. offsets[i + 1]), indexes into `names`. Actors are
// numbered by how many events they have, most first, so "the top N actors" is ids < N.
struct EventActors {
    std::vector<QString> names;
    std::vector<std::uint32_t> offsets; // size rows + 1
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> counts; // events per actor

    std::size_t rows() const { return offsets.empty() ? 0 : offsets.size() - 1; }

    // Matches events to rows by id; events not in `columns` are ignored.
    static EventActors fromEvents(const EventColumns& columns, const std::vector<Event>& events);
    static EventActors load(const EventStore& store, const EventColumns& columns);
};
