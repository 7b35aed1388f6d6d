#pragma once

struct sqlite3;

// The project file's schema: the DDL of each version and the forward migrations between them.
// A new version appends a migration; released migrations are never edited.
namespace ProjectSchema {
constexpr int kApplicationId = 0x54475253; // "TGRS" in PRAGMA application_id
constexpr int kCurrentVersion = 9;
// The oldest schema this version reads without migrating (a read-only file cannot migrate).
constexpr int kOldestReadable = 2;
// Events spanning longer than 32 days are in the partial index events_long, whose WHERE
// clause repeats this number: queries must spell it the same way for SQLite to use it.
constexpr long long kLongSpanSeconds = 2764800;
// The covering index of EventStore::loadColumns (version 3); older files read the table.
constexpr const char* kColumnsIndex = "events_columns";

void createCurrent(sqlite3* db);  // an empty database → the current schema
void createVersion1(sqlite3* db); // kept for migration tests
void createVersion2(sqlite3* db); // kept for migration tests
void createVersion3(sqlite3* db); // kept for migration tests
void createVersion7(sqlite3* db); // kept for migration tests
void createVersion8(sqlite3* db); // kept for migration tests
// Whether events rows carry their sources (version 9, SourceListCodec); older rows, and every
// row of an older file, have them in the sources table.
constexpr int kInlineSources = 9;
void migrate(sqlite3* db, int fromVersion); // fromVersion < kCurrentVersion; one transaction
// Whether the file keeps the columns' revision (version 8): the table and its three triggers as
// this version writes them, so that a trigger dropped or changed by hand is noticed.
bool hasColumnsRevision(sqlite3* db);
// A bulk writer's transaction without the insert trigger of the columns' revision, which would
// make SQLite keep a statement journal for every INSERT of events (the foreign keys and the
// trigger together need one: 2.5 times the CPU of an import of 100k events, most of it writing
// that journal to a temporary file). Inside the writer's transaction, so no other connection
// ever sees the trigger missing; resume, before the commit, puts it back as schema 8 wrote it
// and draws the revision once for all the rows written.
void suspendInsertRevision(sqlite3* db);
void resumeInsertRevision(sqlite3* db);
// Refills the text index from the events (Arabic folded), inside the caller's transaction.
void rebuildTextIndex(sqlite3* db);
} // namespace ProjectSchema
