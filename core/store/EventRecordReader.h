#pragma once

#include "store/EventQuery.h"
#include "store/EventRecord.h"
#include "store/SqliteStatement.h"

#include <functional>
#include <optional>
#include <vector>

// Streams the events matching a query as EventRecords, ordered by the start of their span,
// then id, reading as few pages as it can: the ids (with their span's start) come from the
// covering time index alone when a window drives the filter; then the rows (with their
// sources, from schema 9 on) are read by id in ascending id order, a chunk at a time, so that
// each table page holding answers is read once and in file order. Memory is bounded by the chunk
// (and 16 bytes per match for the order), whatever the size of the answer.
class EventRecordReader {
  public:
    // `withAttributes`: read each event's attributes too (a column most outputs never need).
    // `schemaVersion`: the file's; before 9 every event's sources are in the sources table.
    EventRecordReader(sqlite3* db, int schemaVersion, bool withAttributes = false);

    // matches: (span start, id) of every match, in any order (sorted here).
    void forEach(std::vector<std::pair<qint64, qint64>> matches,
                 const std::function<void(const EventRecord&)>& f);

  private:
    bool read(qint64 id, EventRecord& r);           // false when the id is unknown
    void readSourceRows(qint64 id, EventRecord& r); // rows written before schema 9
    sqlite3* db_;
    bool withAttributes_, inlineSources_;
    SqliteStatement row_;
    std::optional<SqliteStatement> sources_; // prepared when a row before schema 9 is read
};
