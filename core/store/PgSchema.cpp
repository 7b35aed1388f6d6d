#include "store/PgSchema.h"

#include "store/PgBinaryCopy.h"
#include "store/PgConnection.h"
#include "store/PgTeamTables.h"
#include "store/SearchTokens.h"

#include <QString>

namespace {

// Version 1: projects, events (with PostGIS positions and a full-text vector), locations,
// categories, the events' sources, settings and the statistics `tigris info` prints.
// Spans are the project file's integers (UTC seconds, widened to the precision): the overlap
// rule span_lo < to AND from < span_hi is two btree range scans, as in the file (short spans
// start at most 32 days before the window; long ones are in a small partial index).
// `search` is built from text the client folded (ArabicFolding, lower case) with the 'simple'
// configuration, so that words meet as in the file's FTS5 index whatever the server's locale.
// `revision` is the project's revision counter at the commit that wrote the row: what changed
// since a revision is one index range (live updates).
// No foreign keys between events, locations and categories: the writer keeps them consistent
// and a per-row check would cost more than the import itself.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE projects(
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created timestamptz NOT NULL DEFAULT now(),
  revision bigint NOT NULL DEFAULT 0);
CREATE TABLE categories(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  id bigint NOT NULL,
  name text NOT NULL,
  colour text NOT NULL,
  import_id bigint,
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY(project_id, id),
  UNIQUE(project_id, name));
CREATE TABLE locations(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  id bigint NOT NULL,
  name text NOT NULL,
  alt_names text NOT NULL DEFAULT '',
  lat float8, lon float8,
  kind text, admin1 text, country text,
  search text NOT NULL DEFAULT '',
  import_id bigint,
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY(project_id, id));
CREATE INDEX locations_by_name ON locations(project_id, name, country);
CREATE TABLE events(
  project_id bigint NOT NULL,
  id bigint NOT NULL,
  external_id text,
  title text NOT NULL,
  description text,
  start bigint NOT NULL,
  "end" bigint,
  precision smallint NOT NULL CHECK(precision BETWEEN 1 AND 6),
  approximate smallint NOT NULL DEFAULT 0,
  span_lo bigint NOT NULL,
  span_hi bigint NOT NULL,
  category_id bigint,
  sub_category text,
  actors text,
  tags text,
  fatalities integer,
  location_id bigint,
  place text,
  lat float8, lon float8,
  own_coord boolean NOT NULL DEFAULT false,
  geo_precision smallint NOT NULL DEFAULT 1 CHECK(geo_precision BETWEEN 1 AND 3),
  attributes text,
  title_derived boolean NOT NULL DEFAULT false,
  import_id bigint,
  geom geometry(Point, 4326),
  search tsvector,
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY(project_id, id));
-- What loadColumns reads, in id order, without the wide rows (descriptions, text vectors):
-- an index-only scan once VACUUM has marked the pages all-visible (the writer runs it).
CREATE INDEX events_columns ON events(project_id, id)
  INCLUDE (lat, lon, span_lo, span_hi, category_id, precision, geo_precision, approximate);
CREATE INDEX events_by_span ON events(project_id, span_lo, span_hi);
CREATE INDEX events_long ON events(project_id, span_lo, span_hi)
  WHERE span_hi - span_lo > 2764800;
CREATE INDEX events_geom ON events USING gist(geom);
CREATE INDEX events_search ON events USING gin(search);
CREATE INDEX events_by_revision ON events(project_id, revision);
CREATE INDEX events_by_import ON events(project_id, import_id) WHERE import_id IS NOT NULL;
CREATE INDEX events_uncategorised ON events(project_id) WHERE category_id IS NULL;
CREATE TABLE event_sources(
  project_id bigint NOT NULL,
  event_id bigint NOT NULL,
  ordinal integer NOT NULL,
  name text, url text, quote text,
  PRIMARY KEY(project_id, event_id, ordinal));
CREATE TABLE settings(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  key text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY(project_id, key));
CREATE TABLE event_stats(
  project_id bigint PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  events bigint NOT NULL DEFAULT 0,
  time_from bigint, time_to bigint,
  west float8, south float8, east float8, north float8,
  stale boolean NOT NULL DEFAULT false);
)SQL";

// An advisory lock of the whole Tigris schema, held to the end of the transaction.
constexpr const char* kLock = "SELECT pg_advisory_xact_lock(7486051277)"; // "TGRS" + 1

// Version 2: `search` holds the project file's FTS5 tokens (SearchTokens: Latin diacritics
// folded too, "Mósul" is "mosul"). Version 1 wrote lower case, Arabic-folded text; its words
// are cut again by the same tokenizer, on this side, batch by batch: the events' vectors
// (from their lexemes) and the locations' text (which the next import's events take up).
void refoldSearch(PgConnection& db, const char* table, const char* words, const char* set)
{
    db.exec("CREATE TEMP TABLE tigris_refold(project_id int8, id int8, search text) "
            "ON COMMIT DROP",
            "refolding the text index");
    db.exec(QByteArray("DECLARE tigris_words NO SCROLL CURSOR FOR SELECT project_id, id, ") +
                words + " FROM " + table + " WHERE search IS NOT NULL",
            "refolding the text index");
    for (;;) {
        const PgResult batch =
            db.exec("FETCH 20000 FROM tigris_words", PgParams(), "refolding the text index");
        if (batch.rows() == 0) break;
        QByteArray buffer;
        PgCopyEncoder out(buffer);
        out.header();
        for (int row = 0; row < batch.rows(); ++row) {
            out.row(3);
            out.int8(batch.int64(row, 0));
            out.int8(batch.int64(row, 1));
            out.text(SearchTokens::ofDocument(batch.text(row, 2)));
        }
        out.trailer();
        db.copyIn(
            "COPY tigris_refold FROM STDIN (FORMAT binary)",
            [&](QByteArray& chunk) {
                chunk.swap(buffer);
                return false;
            },
            "refolding the text index");
    }
    db.exec(QByteArray("CLOSE tigris_words; UPDATE ") + table + " t SET search = " + set +
                " FROM tigris_refold r WHERE t.project_id = r.project_id AND t.id = r.id; "
                "DROP TABLE tigris_refold",
            "refolding the text index");
}

void migrate1to2(PgConnection& db)
{
    refoldSearch(db, "events", "array_to_string(tsvector_to_array(search), ' ')",
                 "to_tsvector('simple', r.search)");
    refoldSearch(db, "locations", "search", "r.search");
}

// Version 3: the window query's span indexes by class, each covering what a window × box
// query reads (span_hi, position, category, id), so that it is an index-only scan: spans of a
// day or less (read from one day before the window), spans up to 32 days (32 days before) and
// longer ones. They replace events_by_span, whose one range had to start 32 days before the
// window for every event and then visit each answer's heap row (1.5 s for a 30-day window ×
// Iraq at 10M; docs/performance.md), and events_long, which was not covering: the planner,
// which cannot know that few spans are long, preferred reading the whole project's
// events_columns to it. The statistics of the span's length tell it each class's share.
// Idempotent, as the chain from version 1 runs it again.
constexpr const char* kVersion3 = R"SQL(
CREATE INDEX IF NOT EXISTS events_day_spans ON events(project_id, span_lo)
  INCLUDE (span_hi, lat, lon, category_id, id) WHERE span_hi - span_lo <= 86400;
CREATE INDEX IF NOT EXISTS events_month_spans ON events(project_id, span_lo)
  INCLUDE (span_hi, lat, lon, category_id, id)
  WHERE span_hi - span_lo > 86400 AND span_hi - span_lo <= 2764800;
CREATE INDEX IF NOT EXISTS events_long_spans ON events(project_id, span_lo, span_hi)
  INCLUDE (lat, lon, category_id, id) WHERE span_hi - span_lo > 2764800;
DROP INDEX IF EXISTS events_by_span;
DROP INDEX IF EXISTS events_long;
CREATE STATISTICS IF NOT EXISTS events_span_length ON (span_hi - span_lo) FROM events;
ANALYZE events;
)SQL";

void setVersion(PgConnection& db, int version)
{
    db.exec("UPDATE tigris_schema SET version=$1", PgParams().integer(version),
            "recording the schema version");
}

} // namespace

namespace PgSchema {

int version(PgConnection& db)
{
    const PgResult exists = db.exec("SELECT to_regclass('tigris_schema') IS NOT NULL", PgParams(),
                                    "reading the schema version");
    if (exists.text(0, 0) != QLatin1String("t")) return 0;
    const PgResult v =
        db.exec("SELECT max(version) FROM tigris_schema", PgParams(), "reading the schema version");
    return v.rows() ? int(v.int64(0, 0)) : 0;
}

void ensureCurrent(PgConnection& db)
{
    if (version(db) == kCurrentVersion) return;
    PgTransaction transaction(db);
    db.exec(kLock, "waiting for another client's schema change");
    db.exec("CREATE TABLE IF NOT EXISTS tigris_schema(version integer NOT NULL)",
            "creating the Tigris schema (this needs the right to create tables)");
    const int from = version(db);
    if (from > kCurrentVersion)
        throw db.error("opening the Tigris schema",
                       QStringLiteral("the database was set up by a newer Tigris (schema %1); "
                                      "this version reads up to schema %2. Update Tigris.")
                           .arg(from)
                           .arg(kCurrentVersion));
    if (from == kCurrentVersion) return; // another client did it while we waited
    if (from < 1) {
        db.exec("CREATE EXTENSION IF NOT EXISTS postgis",
                "enabling PostGIS (as a superuser: CREATE EXTENSION postgis; in this database)");
        db.exec("INSERT INTO tigris_schema VALUES(0)");
        db.exec(kVersion1, "creating the Tigris schema");
        PgTeamTables::create(db); // annotations, sources, tombstones (pg2)
    } else if (from < 2) {
        migrate1to2(db); // a new schema's vectors are already version 2's
    }
    if (from < 3) db.exec(kVersion3, "adding the span indexes of schema 3");
    setVersion(db, kCurrentVersion);
    transaction.commit();
}

QByteArray eventIdSequence(qint64 projectId)
{
    return "tigris_event_ids_" + QByteArray::number(projectId);
}

QByteArray locationIdSequence(qint64 projectId)
{
    return "tigris_location_ids_" + QByteArray::number(projectId);
}

QByteArray categoryIdSequence(qint64 projectId)
{
    return "tigris_category_ids_" + QByteArray::number(projectId);
}

qint64 createProject(PgConnection& db, const QString& name)
{
    const PgResult r = db.exec("INSERT INTO projects(name) VALUES($1) RETURNING id",
                               PgParams().text(name), "creating the project");
    const qint64 id = r.int64(0, 0);
    const QByteArray block = QByteArray::number(kIdBlock);
    db.exec("CREATE SEQUENCE " + eventIdSequence(id) + " INCREMENT BY " + block + "; " +
                "CREATE SEQUENCE " + locationIdSequence(id) + " INCREMENT BY " + block + "; " +
                "CREATE SEQUENCE " + categoryIdSequence(id) + ";",
            "creating the project");
    db.exec("INSERT INTO event_stats(project_id) VALUES($1)", PgParams().integer(id),
            "creating the project");
    return id;
}

} // namespace PgSchema
