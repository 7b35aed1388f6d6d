#pragma once

#include "store/EventStore.h"

struct sqlite3;

// A project file: one SQLite database (WAL, foreign keys, R*Tree on positions, index on time,
// FTS5 over text); docs/project-file.md. See EventStore for what each member does.
class SqliteEventStore final : public EventStore {
  public:
    static std::unique_ptr<SqliteEventStore> create(const QString& path);
    static std::unique_ptr<SqliteEventStore> open(const QString& path, bool readOnly = false);
    ~SqliteEventStore() override;

    SqliteEventStore* sqlite() override { return this; }
    const SqliteEventStore* sqlite() const override { return this; }
    sqlite3* handle() const; // for modules that own their own tables (annotations)

    QString path() const override;
    int schemaVersion() const override;
    bool isReadOnly() const override;
    void checkWritable() override;
    std::unique_ptr<Writer> beginWrite() override;

    ProjectInfo info() const override;
    std::vector<Category> categories() const override;
    std::vector<Location> locations() const override;
    std::optional<Event> event(qint64 id) const override;
    std::vector<Event> query(const EventQuery& q) const override;
    std::vector<qint64> queryIds(const EventQuery& q) const override;
    void forEachMatch(const EventQuery& q, const std::function<void(const EventRecord&)>& f,
                      bool withAttributes) const override;
    // The copy kept in the user's cache folder when it shows the file's events, else a scan
    // (ProjectColumns).
    EventColumns loadColumns() const override;
    // Whether the last loadColumns read the kept copy rather than the file (tests, bench_open).
    bool columnsFromCache() const;
    std::vector<Event> events(const std::vector<qint64>& ids) const override;
    std::vector<qint64> idsOrderedBy(ListOrder key) const override;
    void forEachActors(const std::function<void(qint64, const QString&)>& f) const override;
    QString setting(const QString& key) const override;
    void setSetting(const QString& key, const QString& value) override;

  private:
    SqliteEventStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The SQLite connection of a project file, for modules that have tables of their own there;
// throws StoreError naming `what` for a server project, whose modules go through
// EventStore::server().
sqlite3* sqliteHandle(const EventStore& store, const char* what);
