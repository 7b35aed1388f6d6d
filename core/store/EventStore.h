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

class SqliteEventStore;
class PgEventStore;

// A project's events: the one interface the rest of the code reads and writes them through.
// Two implementations: SqliteEventStore (a project file: SQLite with R*Tree, a time index and
// FTS5) and PgEventStore (a project on a PostgreSQL/PostGIS server, named by a URL, see
// ProjectUrl). open() and create() pick by the name. Every public write is one transaction.
// Errors throw StoreError.
class EventStore {
  public:
    static constexpr int kSchemaVersion = 9; // ProjectSchema::kCurrentVersion (SQLite)

    // Creates a new, empty project. A file fails if `path` exists and is not empty; a server
    // project if the database already holds a project of that name.
    static std::unique_ptr<EventStore> create(const QString& path);
    // Opens an existing project.
    // A file: migrating older schemas forward (a read-only schema 2 file is read as it is).
    // Nothing is written before the file is known to be a Tigris project. What SQLite can
    // recover after a crash (a hot journal, a log mid-checkpoint) is recovered, even for a
    // read-only open when the file may be written, and then checked (quick_check). A file in a
    // read-only folder or mount, or itself read-only, opens for reading; writes then say why
    // they cannot be saved. Refuses newer schemas, non-SQLite, damaged or non-Tigris files with
    // a message naming the cause.
    // A server project (postgresql://…?project=NAME): fails naming the server (never a
    // password) when it cannot connect, the database has no Tigris schema or no such project.
    static std::unique_ptr<EventStore> open(const QString& path, bool readOnly = false);
    // Opens the project, or creates it when there is none of that name (an empty or missing
    // file, a server database without that project).
    static std::unique_ptr<EventStore> openOrCreate(const QString& path);
    virtual ~EventStore();
    EventStore(const EventStore&) = delete;
    EventStore& operator=(const EventStore&) = delete;

    // The implementation, for modules with tables of their own (annotations, sources): exactly
    // one of the two is not null.
    virtual SqliteEventStore* sqlite() { return nullptr; }
    virtual const SqliteEventStore* sqlite() const { return nullptr; }
    virtual PgEventStore* server() { return nullptr; }
    virtual const PgEventStore* server() const { return nullptr; }

    // The file's path, or the server project's URL without its password.
    virtual QString path() const = 0;
    virtual int schemaVersion() const = 0;
    virtual bool isReadOnly() const = 0;
    // Throws StoreError when a change could not be saved: the file is open read-only (the
    // message says why: read-only file, folder or mount), or damaged (quick_check, run once
    // per connection, finds problems; the message points to `tigris check --repair`).
    // beginWrite() calls it; other writers (annotate) call it before writing.
    virtual void checkWritable() = 0;

    // Bulk writing inside one transaction: nothing is visible until commit(); a Writer
    // destroyed without commit() rolls everything back. Only one Writer at a time.
    // Rows may be stored in the background: a row the database refuses makes a later call
    // (commit() at the latest) throw, and the Writer must then be dropped.
    class Writer {
      public:
        virtual ~Writer() = default;
        virtual qint64 addLocation(const Location& location) = 0; // returns its id
        // Finds a location by exact name (and country, if given); 0 when unknown.
        virtual qint64 findLocation(const QString& name, const QString& country = {}) = 0;
        virtual qint64 addEvent(const Event& event) = 0; // category created on first use
        virtual void setCategoryColour(const QString& name, QRgb colour) = 0; // 0xrrggbb
        // Rows added from now on (events, and the locations and categories they create)
        // belong to this recorded import (ImportSources::record); 0: to none.
        virtual void setImportId(qint64 /*importId*/) {}
        // Waits until every row handed over is stored, so that statements of other modules
        // (annotations) can join this transaction on the caller's thread.
        virtual void flush() = 0;
        virtual void commit() = 0;
    };
    virtual std::unique_ptr<Writer> beginWrite() = 0;

    // Reads.
    virtual ProjectInfo info() const = 0;
    // Ordered by id; EventColumns::category indexes this.
    virtual std::vector<Category> categories() const = 0;
    virtual std::vector<Location> locations() const = 0;
    virtual std::optional<Event> event(qint64 id) const = 0;
    virtual std::vector<Event> query(const EventQuery& q) const = 0; // ordered by start, then id
    virtual std::vector<qint64> queryIds(const EventQuery& q) const = 0; // the same; ids ascending
    // The same filter, streamed for output (see EventRecordReader): ordered by the start of
    // each event's span, then id; holds a chunk of rows at a time. `f` must not use the store.
    // `withAttributes`: fill EventRecord::attributes too (a file older than schema 5 has none).
    virtual void forEachMatch(const EventQuery& q, const std::function<void(const EventRecord&)>& f,
                              bool withAttributes = false) const = 0;
    // Every event, in id order; those without any position have x = y = NaN.
    virtual EventColumns loadColumns() const = 0;
    // Complete events for these ids, in that order (unknown ids skipped): one page of a list.
    virtual std::vector<Event> events(const std::vector<qint64>& ids) const = 0;
    // The ids of all events ordered by a list column, ascending; ties by start, then id.
    // Unknown places and fatalities come first.
    enum class ListOrder { Title, Place, Category, Actors, Fatalities };
    virtual std::vector<qint64> idsOrderedBy(ListOrder key) const = 0;
    // The actors of every event that has some, as stored (joined by
    // StoreLists::kSeparator), without reading the rest of the row.
    virtual void
    forEachActors(const std::function<void(qint64 id, const QString& actors)>& f) const = 0;

    // Key/value project state (last map view, time window, filters ...), JSON text values.
    virtual QString setting(const QString& key) const = 0;
    virtual void setSetting(const QString& key, const QString& value) = 0;

  protected:
    EventStore() = default;
};
