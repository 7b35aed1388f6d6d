#pragma once

#include <QString>

class EventStore;

// `tigris push FILE URL` and `tigris pull URL FILE` (docs/server.md): a whole project into a
// new one of the other kind, through the store interface, so it works between any two stores.
// Every category (with its colour, in order), location, event (every field, citations and
// attributes included), recorded import source (with what it brought), annotation and
// setting is copied in one write transaction of the target; a failure leaves no project
// behind. Ids are the target's own: references between them (an event's place, an
// annotation's event or place, what a source brought) are carried over.
namespace ProjectTransfer {

struct Counts {
    qint64 categories = 0, locations = 0, events = 0, sources = 0, annotations = 0, settings = 0;
};

// Copies `from` into `to`, which must be empty.
Counts copy(const EventStore& from, EventStore& to);

// Opens `from` read-only, creates `to` (refused when it exists), copies; a failed copy removes
// what it created.
Counts copy(const QString& from, const QString& to);

} // namespace ProjectTransfer
