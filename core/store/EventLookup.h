#pragma once

#include "model/Event.h"

#include <QString>
#include <optional>
#include <vector>

class EventStore;

// The reads the views make of the open project, one event at a time: the details of a
// selected event, the text of a hover tooltip, the ids matching typed words. Widgets ask this
// rather than the store, and a read that fails (the file went away) gives nothing rather
// than an exception in a paint or hover handler. Cheap to copy; the store must outlive it.
class EventLookup {
  public:
    explicit EventLookup(const EventStore* store = nullptr) : store_(store) {}
    bool isOpen() const { return store_ != nullptr; }

    std::optional<Event> event(qint64 id) const; // one row by primary key
    QString title(qint64 id) const;              // empty when there is none
    QString hoverText(qint64 id) const;          // title, then the date with its precision
    // The ids of events matching every word (the full-text index), ascending.
    std::vector<qint64> matching(const QString& words) const;

  private:
    const EventStore* store_;
};
