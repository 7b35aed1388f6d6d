#pragma once

#include "model/ImportRecord.h"
#include "store/EventQuery.h"

#include <optional>
#include <vector>

class EventStore;

// The project's recorded imports (schema 6) and what each brought: list them, find one by
// its file's hash, take one back and put it back. Removal deletes exactly the source's events
// (with their citations, full-text and R*Tree entries) and annotations, and the locations
// and categories it created that nothing else uses; it is one transaction.
class ImportSources {
  public:
    explicit ImportSources(const EventStore& store) : store_(store) {}

    // False for a read-only project of an older schema, which has no sources table.
    bool available() const;
    std::vector<ImportRecord> list() const; // by id, with the current counts
    std::optional<ImportRecord> get(qint64 id) const;
    std::vector<ImportRecord> withHash(const QString& sha256) const; // newest first
    // Whether a recorded import had a file of `size` bytes (only such a file can be the same):
    // a look-up of its own, without counting anybody's rows. True on a server store.
    bool anyOfSize(qint64 size) const;
    // Events that came from no recorded import (the sample, imports before schema 6).
    qint64 eventsWithoutSource() const;
    std::vector<qint64> eventIds(qint64 id) const;      // ascending
    std::vector<qint64> annotationIds(qint64 id) const; // ascending
    // Where and when the source's events are: their positions' box and widened time span.
    struct Extent {
        std::optional<GeoBox> box;
        std::optional<TimeWindow> window;
    };
    Extent extent(qint64 id) const;

    // Inside the import's own write transaction (importFile): the record, and its counts
    // once the import ran.
    qint64 record(const ImportRecord& r);
    void updateCounts(const ImportRecord& r);
    void tagAnnotation(qint64 annotationId, qint64 sourceId);

    // What remove() took out, kept in temporary tables of the project's connection until
    // restore() or the connection closes. Only the connection that removed can restore.
    struct Removed {
        qint64 source = 0;
        int slot = 0; // names the temporary tables
        qint64 events = 0;
        qint64 annotations = 0;
        QString fileName;
    };
    // One transaction; throws StoreError (unknown id, read-only, busy) and changes nothing.
    Removed remove(qint64 id);
    // One transaction; refuses (StoreError) when the rows' ids have been taken since.
    void restore(const Removed& removed);
    // Inside a transaction already open (a re-import that replaces the source): no copies.
    void removeWithin(qint64 id);

  private:
    struct Counts {
        qint64 events = 0, annotations = 0;
    };
    Counts deleteRows(qint64 id, int slot);
    std::vector<qint64> idsOf(const char* select, qint64 id) const; // a file's rows of a source
    const EventStore& store_;
};
