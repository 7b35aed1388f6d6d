#include "store/ProjectSchema.h"

#include "store/ArabicFolding.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QByteArray>
#include <vector>

namespace {

// Version 1: events, places, categories, sources, the spatial, time and text indexes.
// The text index keeps neither the text (content='') nor positions (detail=none): it answers
// "which events contain all these words" at a sixth of the size; see FtsQuery.
// Positions in `events` are the effective ones (own or the location's) so that the time scan
// can test a bounding box without a join; `own_coord` says whether the event had its own.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  colour TEXT NOT NULL);
CREATE TABLE locations(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  alt_names TEXT NOT NULL DEFAULT '',
  lat REAL, lon REAL,
  kind TEXT, admin1 TEXT, country TEXT);
CREATE INDEX locations_by_name ON locations(name, country);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  external_id TEXT,
  title TEXT NOT NULL,
  description TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER,
  precision INTEGER NOT NULL CHECK(precision BETWEEN 1 AND 6),
  approximate INTEGER NOT NULL DEFAULT 0,
  span_lo INTEGER NOT NULL,
  span_hi INTEGER NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  sub_category TEXT,
  actors TEXT,
  tags TEXT,
  fatalities INTEGER,
  location_id INTEGER REFERENCES locations(id),
  place TEXT,
  lat REAL, lon REAL,
  own_coord INTEGER NOT NULL DEFAULT 0,
  geo_precision INTEGER NOT NULL DEFAULT 1 CHECK(geo_precision BETWEEN 1 AND 3));
-- The overlap rule as two range scans (EventStore::query): events spanning at most 32 days
-- by the covering index, which also holds the position for a bounding box; longer ones by
-- a small partial index.
CREATE INDEX events_by_span ON events(span_lo, span_hi, lat, lon);
CREATE INDEX events_long ON events(span_lo, span_hi, lat, lon) WHERE span_hi - span_lo > 2764800;
CREATE INDEX events_by_external_id ON events(external_id) WHERE external_id IS NOT NULL;
CREATE TABLE sources(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT, url TEXT, quote TEXT,
  PRIMARY KEY(event_id, ordinal)) WITHOUT ROWID;
CREATE VIRTUAL TABLE event_positions USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE event_text USING fts5(
  title, description, actors, place, content='', detail=none, columnsize=0,
  tokenize='unicode61 remove_diacritics 2');
)SQL";

// Version 2: annotations and per-project view state.
constexpr const char* kMigration1to2 = R"SQL(
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK(kind IN ('point','polyline','polygon')),
  title TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  note_format TEXT NOT NULL DEFAULT 'plain',
  colour TEXT NOT NULL DEFAULT '#d62728',
  marker TEXT NOT NULL DEFAULT 'pin',
  geometry TEXT NOT NULL,
  valid_from INTEGER, valid_to INTEGER,
  location_id INTEGER REFERENCES locations(id) ON DELETE SET NULL,
  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  created INTEGER NOT NULL, modified INTEGER NOT NULL);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
)SQL";

// Version 3: what EventStore::loadColumns reads, as a covering index in id order, so that
// opening a project reads about 45 bytes an event instead of the whole rows (descriptions
// included: a twelfth of the bytes at 1M). SQLite keeps it in step with every write, in the
// writer's transaction; led by id, a bulk import appends to it.
constexpr const char* kMigration2to3 = R"SQL(
CREATE INDEX events_columns ON events(id, lat, lon, span_lo, span_hi, category_id, precision,
  geo_precision, approximate);
)SQL";

// Version 6: every import is a source the user can see and take back. Events, annotations,
// and the locations and categories an import created carry its id, so that removing the
// source deletes exactly what it brought (ImportSources). Rows from before version 6 (the
// sample, older imports) have no source.
constexpr const char* kMigrationTo6 = R"SQL(
CREATE TABLE imports(
  id INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: a removed source's id stays its own
  path TEXT NOT NULL,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  options TEXT NOT NULL DEFAULT '{}',
  events INTEGER NOT NULL DEFAULT 0,
  annotations INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  warnings TEXT NOT NULL DEFAULT '[]');
CREATE INDEX imports_by_sha256 ON imports(sha256);
ALTER TABLE events ADD COLUMN import_id INTEGER REFERENCES imports(id);
CREATE INDEX events_by_import ON events(import_id);
ALTER TABLE annotations ADD COLUMN import_id INTEGER REFERENCES imports(id);
CREATE INDEX annotations_by_import ON annotations(import_id);
ALTER TABLE locations ADD COLUMN import_id INTEGER;
ALTER TABLE categories ADD COLUMN import_id INTEGER;
)SQL";

// Version 4: the text index holds Arabic folded (ArabicFolding), as FtsQuery folds the words
// searched for; existing projects are reindexed (rebuildTextIndex).

// Version 5: event attributes (the source fields without a role, AttributeCodec)
// in one column, written with the row in the same statement, so a bulk import pays one bind a
// row instead of a row a field in a table of its own; and whether the title was derived.
constexpr const char* kMigrationTo5 = R"SQL(
ALTER TABLE events ADD COLUMN attributes TEXT;
ALTER TABLE events ADD COLUMN title_derived INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 7: the counts and extents `tigris info` prints (EventStatistics), one row kept by
// the writer in its transaction, so that info reads a few pages instead of scanning every
// event. Deleting events or changing their times or positions marks the row stale (the
// triggers; the writer never does either); the next info() recomputes it. Filled here from a
// scan of the covering time index, once.
constexpr const char* kMigrationTo7 = R"SQL(
CREATE TABLE event_stats(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  events INTEGER NOT NULL,
  max_event_id INTEGER NOT NULL,
  time_from INTEGER, time_to INTEGER,
  west REAL, south REAL, east REAL, north REAL,
  stale INTEGER NOT NULL DEFAULT 0);
CREATE TRIGGER event_stats_after_delete AFTER DELETE ON events
  BEGIN UPDATE event_stats SET stale=1 WHERE stale=0; END;
CREATE TRIGGER event_stats_after_update AFTER UPDATE OF id, span_lo, span_hi, lat, lon ON events
  BEGIN UPDATE event_stats SET stale=1 WHERE stale=0; END;
INSERT INTO event_stats(id, events, max_event_id, time_from, time_to, west, south, east, north)
  SELECT 1, count(*), coalesce(max(id), 0), min(span_lo), max(span_hi), min(lon), min(lat),
         max(lon), max(lat) FROM events INDEXED BY events_by_span;
)SQL";

// Version 8: the revision of the events' columns, a random number drawn again by every change
// of what EventStore::loadColumns reads (a row added or deleted, or one of its columns
// updated), by the triggers and so by any writer: this Tigris, an older one's copy, the sqlite3
// shell. The columns kept in the user's cache folder (ColumnsCache) are used only while their
// revision is the file's. Random rather than counted, so that a project replaced by another, or
// by an older copy of itself, cannot show a revision it has not the events of. One row written
// again per event written: measured within the noise of an import.
constexpr const char* kMigrationTo8 = R"SQL(
CREATE TABLE columns_revision(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  revision INTEGER NOT NULL);
INSERT INTO columns_revision(id, revision) VALUES(1, random());
)SQL";
// Each on its own, as SQLite keeps its text: hasColumnsRevision compares them.
constexpr const char* kColumnsRevisionTriggers[] = {
    "CREATE TRIGGER columns_revision_after_insert AFTER INSERT ON events\n"
    "  BEGIN UPDATE columns_revision SET revision=random(); END",
    "CREATE TRIGGER columns_revision_after_delete AFTER DELETE ON events\n"
    "  BEGIN UPDATE columns_revision SET revision=random(); END",
    "CREATE TRIGGER columns_revision_after_update AFTER UPDATE OF id, lat, lon, span_lo, "
    "span_hi,\n  category_id, precision, geo_precision, approximate ON events\n"
    "  BEGIN UPDATE columns_revision SET revision=random(); END",
};

// Version 9: an event's sources in its own row (SourceListCodec's JSON), written with it in
// the same statement: a query then reads one page an event, not one more in the sources
// table, and an import writes one B-tree fewer. Rows from before keep NULL there and their
// sources in the table, which readers still consult for them; moving them would rewrite
// every row of a large project at its first open.
constexpr const char* kMigrationTo9 = R"SQL(
ALTER TABLE events ADD COLUMN sources TEXT;
)SQL";

void setVersion(sqlite3* db, int version)
{
    sqliteExec(db, QByteArray("PRAGMA user_version=" + QByteArray::number(version)).constData());
}

void migrateTo(sqlite3* db, int fromVersion, int toVersion)
{
    SqliteTransaction transaction(db); // rolled back if a step fails
    {
        if (fromVersion < 2 && toVersion >= 2) sqliteExec(db, kMigration1to2);
        if (fromVersion < 3 && toVersion >= 3) sqliteExec(db, kMigration2to3);
        if (fromVersion < 4 && toVersion >= 4) ProjectSchema::rebuildTextIndex(db);
        if (fromVersion < 5 && toVersion >= 5) sqliteExec(db, kMigrationTo5);
        if (fromVersion < 6 && toVersion >= 6) sqliteExec(db, kMigrationTo6);
        if (fromVersion < 7 && toVersion >= 7) sqliteExec(db, kMigrationTo7);
        if (fromVersion < 8 && toVersion >= 8) {
            sqliteExec(db, kMigrationTo8);
            for (const char* trigger : kColumnsRevisionTriggers)
                sqliteExec(db, trigger);
        }
        if (fromVersion < 9 && toVersion >= 9) sqliteExec(db, kMigrationTo9);
        setVersion(db, toVersion);
    }
    transaction.commit();
}

} // namespace

namespace ProjectSchema {

void createVersion1(sqlite3* db)
{
    sqliteExec(db, "BEGIN");
    sqliteExec(
        db, QByteArray("PRAGMA application_id=" + QByteArray::number(kApplicationId)).constData());
    sqliteExec(db, kVersion1);
    setVersion(db, 1);
    sqliteExec(db, "COMMIT");
}

void createVersion2(sqlite3* db)
{
    createVersion1(db);
    migrateTo(db, 1, 2);
}

void createCurrent(sqlite3* db)
{
    createVersion1(db);
    migrate(db, 1);
}

void createVersion3(sqlite3* db)
{
    createVersion2(db);
    migrateTo(db, 2, 3);
}

void createVersion7(sqlite3* db)
{
    createVersion1(db);
    migrateTo(db, 1, 7);
}

void createVersion8(sqlite3* db)
{
    createVersion1(db);
    migrateTo(db, 1, 8);
}

void migrate(sqlite3* db, int fromVersion)
{
    migrateTo(db, fromVersion, kCurrentVersion);
}

bool hasColumnsRevision(sqlite3* db)
{
    SqliteStatement s(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                          "tbl_name = 'events' AND name IN ('columns_revision_after_insert', "
                          "'columns_revision_after_delete', 'columns_revision_after_update') "
                          "ORDER BY name");
    std::vector<QByteArray> found;
    while (s.step())
        found.push_back(s.text(0).toUtf8());
    // Sorted by name: after_delete, after_insert, after_update.
    return found.size() == 3 && found[0] == kColumnsRevisionTriggers[1] &&
           found[1] == kColumnsRevisionTriggers[0] && found[2] == kColumnsRevisionTriggers[2];
}

void suspendInsertRevision(sqlite3* db)
{
    sqliteExec(db, "DROP TRIGGER IF EXISTS columns_revision_after_insert");
}

void resumeInsertRevision(sqlite3* db)
{
    sqliteExec(db, "DROP TRIGGER IF EXISTS columns_revision_after_insert");
    sqliteExec(db, kColumnsRevisionTriggers[0]);
    sqliteExec(db, "UPDATE columns_revision SET revision=random()");
}

void rebuildTextIndex(sqlite3* db)
{
    // What StoreWriter indexes: title, description, actors and the place (the location's
    // names, or the event's own place name).
    // From schema 5 on, the attribute values follow the description, as StoreWriter adds them.
    ArabicFolding::registerSqlFunction(db);
    SqliteStatement attributes(
        db, "SELECT count(*) FROM pragma_table_info('events') WHERE name='attributes'");
    const bool withAttributes = attributes.step() && attributes.int64(0) > 0;
    attributes.reset();
    const QByteArray description = withAttributes
                                       ? "CASE WHEN e.attributes IS NULL THEN e.description ELSE "
                                         "coalesce(e.description, '') || char(10) || (SELECT "
                                         "group_concat(json_extract(a.value, '$[1]'), ' ') FROM "
                                         "json_each(e.attributes) a) END"
                                       : "e.description";
    sqliteExec(db, (R"SQL(
INSERT INTO event_text(event_text) VALUES('delete-all');
INSERT INTO event_text(rowid, title, description, actors, place)
SELECT e.id, tigris_arabic_fold(e.title), tigris_arabic_fold()SQL" +
                    description + R"SQL(),
       tigris_arabic_fold(replace(e.actors, char(31), ' ')),
       tigris_arabic_fold(CASE WHEN l.id IS NULL THEN e.place
                               WHEN l.alt_names = '' THEN l.name
                               ELSE l.name || ' ' || replace(l.alt_names, char(31), ' ') END)
FROM events e LEFT JOIN locations l ON l.id = e.location_id;
)SQL")
                       .constData());
}

} // namespace ProjectSchema
