#pragma once

#include "model/EventActors.h"

class EventStore;

namespace EventActorsReader {
// Who took part in each event of `columns`, read from the project file. Only the actors column
// is read: complete events for a million rows would take gigabytes. Throws StoreError.
EventActors read(const EventStore& store, const EventColumns& columns);
// The same for the rows that `rows` maps ids to (a worker's, without the columns).
EventActors read(const EventStore& store, RowsById rows);
} // namespace EventActorsReader
