#pragma once

#include <QtGlobal>

class PgConnection;

// The Tigris schema of a PostgreSQL database (docs/server.md): one per database, several
// projects in it, every table keyed by project_id. Versioned like the project file's
// user_version: the table tigris_schema holds the version, migrations run in order, in one
// transaction, under an advisory lock so that two clients never migrate at once. A new version
// appends a migration; released migrations are never edited.
namespace PgSchema {
constexpr int kCurrentVersion = 4;
// Events spanning longer than this are in the partial index events_long_spans (the same rule as the
// project file's, ProjectSchema::kLongSpanSeconds): queries spell it the same way.
constexpr long long kLongSpanSeconds = 2764800;
// Spans of a day or less (day, hour, minute precision: most events) have an index of their
// own (version 3), so that a window query reads one day before the window, not 32.
constexpr long long kDaySpanSeconds = 86400;
// Event and location ids are reserved in blocks of this many (a sequence per project that
// steps by it): a writer asks the server once per block, not once per row.
constexpr int kIdBlock = 1024;

// The version in the database; 0 when it has no Tigris schema.
int version(PgConnection& db);
// Creates or migrates the schema to kCurrentVersion (needs the right to create tables, and
// PostGIS installed or installable). Throws StoreError naming the cause; a newer schema is
// refused (update Tigris).
void ensureCurrent(PgConnection& db);
// The names of a project's id sequences (events, locations, categories).
QByteArray eventIdSequence(qint64 projectId);
QByteArray locationIdSequence(qint64 projectId);
QByteArray categoryIdSequence(qint64 projectId);
// The table of a project's events (version 4: a partition of `events` per project, made on the
// project's first events).
QByteArray eventsPartition(qint64 projectId);
// When the project has no events table yet: makes one, not attached and without indexes, for
// the caller's transaction to fill (INSERT into eventsPartition(), not into `events`), and
// returns true; attachEventsPartition() then indexes and attaches it. False when the project
// has its table: write through `events`. Waits for another transaction doing the same for the
// project. Throws StoreError when the role may not add the project's events.
bool beginEventsPartition(PgConnection& db, qint64 projectId);
// Builds the indexes of the table beginEventsPartition() made (each at once, with
// maintenance_work_mem of at least 256 MB), attaches it to `events` and collects its
// statistics. Does nothing when there is no such table, or it is attached.
void attachEventsPartition(PgConnection& db, qint64 projectId);
// Adds a project's rows (projects, its sequences and its statistics row); returns its id.
// In the caller's transaction.
qint64 createProject(PgConnection& db, const QString& name);
} // namespace PgSchema
