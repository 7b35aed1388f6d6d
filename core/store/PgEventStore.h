#pragma once

#include "store/EventStore.h"
#include "store/ProjectUrl.h"

class PgConnection;

// A project on a PostgreSQL/PostGIS server (docs/server.md), named by a URL (ProjectUrl).
// Several projects share a database and its schema (PgSchema); this one's rows are those with
// its project_id. Reads are queries on one connection, the columns one binary COPY; a Writer
// is one transaction that COPYs rows into a staging table and moves them with one
// INSERT … SELECT. See EventStore for what each member does.
class PgEventStore final : public EventStore {
  public:
    static std::unique_ptr<PgEventStore> create(const ProjectUrl& url);
    static std::unique_ptr<PgEventStore> open(const ProjectUrl& url, bool readOnly = false);
    // Opens the project, creating it (and the schema) when the database has none of that name.
    static std::unique_ptr<PgEventStore> openOrCreate(const ProjectUrl& url);
    ~PgEventStore() override;

    PgEventStore* server() override { return this; }
    const PgEventStore* server() const override { return this; }

    // For modules with tables of their own (annotations, sources, live updates): the
    // connection (statements on it join an open Writer's transaction) and this project's key.
    PgConnection& connection() const;
    qint64 projectId() const;
    const ProjectUrl& url() const;
    // The channel each commit notifies (pg_notify, the payload the new revision), and the
    // project's revision counter (bumped by every commit that changes events).
    QByteArray notifyChannel() const;
    qint64 revision() const;

    QString path() const override; // the URL without its password
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
    // The server's plan and timings of queryIds(q) (EXPLAIN (ANALYZE, BUFFERS), run): for
    // benchmarks and diagnosis (bench_pg). Without `timing` the nodes are not timed, only the
    // whole (whose time per-node clocks would inflate).
    QString explainIds(const EventQuery& q, bool timing = true) const;
    void forEachMatch(const EventQuery& q, const std::function<void(const EventRecord&)>& f,
                      bool withAttributes) const override;
    // Reads the columns kept on this machine (ColumnsCache) and only what changed since on
    // the server; without them, every event's, on two connections at once for a large project.
    EventColumns loadColumns() const override;
    // Brings `columns` (what the last loadColumns or updateColumns gave) to the project's
    // revision now: reads only the rows written since and drops the removed ones (a live
    // update). False when it cannot (nothing loaded yet, inside a Writer, tombstones gone): then
    // loadColumns.
    bool updateColumns(EventColumns& columns) const;
    std::vector<Event> events(const std::vector<qint64>& ids) const override;
    std::vector<qint64> idsOrderedBy(ListOrder key) const override;
    void forEachActors(const std::function<void(qint64, const QString&)>& f) const override;
    QString setting(const QString& key) const override;
    void setSetting(const QString& key, const QString& value) override;

  private:
    PgEventStore();
    struct ColumnsState;
    ColumnsState columnsState() const;
    bool applyChanges(EventColumns& columns, qint64 since,
                      const std::vector<qint64>& sinceCategories, const ColumnsState& now,
                      std::size_t* changedRows) const;
    enum class Mode { Open, Create, OpenOrCreate };
    static std::unique_ptr<PgEventStore> openOrCreate(const ProjectUrl& url, Mode mode,
                                                      bool readOnly);
    struct Impl;
    std::unique_ptr<Impl> d;
};
