#pragma once

class PgConnection;

// The server tables for what a team shares beside the events: annotations (with a `version`
// for optimistic locking), the recorded imports (the SQLite `imports` table, docs/documents.md)
// and tombstones (what was deleted, at which revision, for the live fetch of ProjectWatcher).
// Every row carries the project's `revision` of the transaction that wrote it.
namespace PgTeamTables {

// Creates the tables and indexes when missing, inside the caller's schema migration
// transaction (PgSchema calls it); idempotent.
void create(PgConnection& connection);

} // namespace PgTeamTables
