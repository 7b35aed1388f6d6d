#pragma once

#include "model/Category.h"
#include "model/Event.h"
#include "model/EventColumns.h"
#include "model/Location.h"
#include "model/ProjectInfo.h"
#include "store/EventQuery.h"
#include "store/EventRecord.h"
#include "store/StoreError.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

// The project file: one SQLite database (WAL, foreign keys, R*Tree on positions, index on
// time, FTS5 over text). Every public write is one transaction. Errors throw StoreError.
class EventStore {
  public:
    static constexpr int kSchemaVersion = 7; // ProjectSchema::kCurrentVersion

    // Creates a new, empty project. Fails if `path` exists and is not empty.
    static std::unique_ptr<EventStore> create(const QString& path);
    // Opens an existing project, migrating older schemas forward (a read-only schema 2 file is
    // read as it is). Nothing is written before the file is known to be a Tigris project.
    // What SQLite can recover after a crash (a hot journal, a log mid-checkpoint) is
    // recovered, even for a read-only open when the file may be written, and then checked
    // (quick_check). A file in a read-only folder or mount, or itself read-only, opens for
    // reading; writes then say why they cannot be saved. Refuses newer schemas, non-SQLite,
    // damaged or non-Tigris files with a message naming the cause.
    static std::unique_ptr<EventStore> open(const QString& path, bool readOnly = false);
    ~EventStore();
    EventStore(const EventStore&) = delete;
    EventStore& operator=(const EventStore&) = delete;

    QString path() const;
    int schemaVersion() const;
    bool isReadOnly() const;
    // Throws StoreError when a change could not be saved: the file is open read-only (the
    // message says why: read-only file, folder or mount), or damaged (quick_check, run once
    // per connection, finds problems; the message points to `tigris check --repair`).
    // beginWrite() calls it; other writers (annotate) call it before writing.
    void checkWritable();

    // Bulk writing inside one transaction: nothing is visible until commit(); a Writer
    // destroyed without commit() rolls everything back. Only one Writer at a time.
    // Rows are stored on a background thread: a row the database refuses makes a later call
    // (commit() at the latest) throw, and the Writer must then be dropped.
    class Writer {
      public:
        virtual ~Writer() = default;
        virtual qint64 addLocation(const Location& location) = 0; // returns its id
        // Finds a location by exact name (and country, if given); 0 when unknown.
        virtual qint64 findLocation(const QString& name, const QString& country = {}) = 0;
        virtual qint64 addEvent(const Event& event) = 0; // category created on first use
        virtual void setCategoryColour(const QString& name, const QColor& colour) = 0;
        // Rows added from now on (events, and the locations and categories they create)
        // belong to this recorded import (ImportSources::record); 0: to none.
        virtual void setImportId(qint64 /*importId*/) {}
        // Waits until every row handed over is stored, so that statements of other modules
        // (annotations) can join this transaction on the caller's thread.
        virtual void flush() = 0;
        virtual void commit() = 0;
    };
    std::unique_ptr<Writer> beginWrite();

    // Reads.
    ProjectInfo info() const;
    std::vector<Category> categories() const; // ordered by id; EventColumns::category indexes this
    std::vector<Location> locations() const;
    std::optional<Event> event(qint64 id) const;
    std::vector<Event> query(const EventQuery& q) const;     // ordered by start, then id
    std::vector<qint64> queryIds(const EventQuery& q) const; // the same filter; ids ascending
    // The same filter, streamed for output (see EventRecordReader): ordered by the start of
    // each event's span, then id; reads only the pages holding answers, each once, and holds
    // a chunk of rows at a time. `f` must not use the store. `withAttributes`: fill
    // EventRecord::attributes too (a file older than schema 5 has none).
    void forEachMatch(const EventQuery& q, const std::function<void(const EventRecord&)>& f,
                      bool withAttributes = false) const;
    // Every event, in id order; those without any position have x = y = NaN.
    EventColumns loadColumns() const;
    // Complete events for these ids, in that order (unknown ids skipped): one page of a list.
    std::vector<Event> events(const std::vector<qint64>& ids) const;
    // The ids of all events ordered by a list column, ascending; ties by start, then id.
    // Unknown places and fatalities come first.
    enum class ListOrder { Title, Place, Category, Actors, Fatalities };
    std::vector<qint64> idsOrderedBy(ListOrder key) const;
    // The actors of every event that has some, as stored (joined by
    // StoreLists::kSeparator), without reading the rest of the row.
    void forEachActors(const std::function<void(qint64 id, const QString& actors)>& f) const;

    // Key/value project state (last map view, time window, filters ...), JSON text values.
    QString setting(const QString& key) const;
    void setSetting(const QString& key, const QString& value);

    sqlite3* handle() const; // for modules that own their own tables (annotations)

  private:
    EventStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};
