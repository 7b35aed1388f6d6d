#pragma once

#include "store/EventQuery.h"
#include "store/EventRecord.h"
#include "store/SqliteStatement.h"

#include <functional>
#include <vector>

// Streams the events matching a query as EventRecords, ordered by the start of their span,
// then id, reading as few pages as it can: the ids (with their span's start) come from the
// covering time index alone when a window drives the filter; then the rows and their sources
// are read by id in ascending id order, a chunk at a time, so that each table page holding
// answers is read once and in file order. Memory is bounded by the chunk (and 16 bytes per
// match for the order), whatever the size of the answer.
class EventRecordReader {
  public:
    // `withAttributes`: read each event's attributes too (a column most outputs never need).
    explicit EventRecordReader(sqlite3* db, bool withAttributes = false);

    // matches: (span start, id) of every match, in any order (sorted here).
    void forEach(std::vector<std::pair<qint64, qint64>> matches,
                 const std::function<void(const EventRecord&)>& f);

  private:
    bool read(qint64 id, EventRecord& r); // false when the id is unknown
    sqlite3* db_;
    bool withAttributes_;
    SqliteStatement row_, sources_;
};
