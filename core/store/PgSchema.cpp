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

// Version 4: the events partitioned by project (declarative, LIST on project_id), a table
// `events_p<id>` per project, so that an import into a new project fills a table of its own
// without indexes and builds them at once when it attaches it (ATTACH PARTITION creates every
// index of `events` the table lacks, each in one sorted build): the text index built row by
// row was half of a server import's time (docs/performance.md, *Where a server import's time
// goes*). A project's table is made on its first events, not with the project: attaching
// needs only a SHARE UPDATE EXCLUSIVE lock of `events` (other projects' readers and writers go
// on), detaching or dropping a partition would block them all to the commit.
// Both functions run as the schema's owner (SECURITY DEFINER): only the owner of `events` may
// attach to it, and editors (resources/sql/roles.sql) import into new projects too. They check
// what the row-level security policies would (the caller may add events, and is a writing
// member of the project if it has members), make the table only while the project has none
// (under a lock per project), and attach only a table they made that is not yet attached.
// The attached table gets row-level security without policies: a role that is not the owner
// reads and writes it only through `events`, whose policies apply.
constexpr const char* kPartitionFunctions = R"SQL(
CREATE OR REPLACE FUNCTION tigris_begin_events(p bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $f$
DECLARE
  t text := 'events_p' || p;
BEGIN
  PERFORM pg_advisory_xact_lock(1414746707, p::int4);
  IF to_regclass(t) IS NOT NULL THEN RETURN false; END IF;
  IF NOT has_table_privilege(session_user, 'events', 'INSERT') THEN
    RAISE EXCEPTION 'permission denied for table events' USING ERRCODE = '42501';
  END IF;
  IF to_regclass('tigris_project_members') IS NOT NULL
     AND NOT pg_has_role(session_user, (SELECT relowner FROM pg_class
                                        WHERE oid = 'events'::regclass), 'MEMBER') THEN
    IF EXISTS (SELECT 1 FROM tigris_project_members WHERE project_id = p)
       AND NOT EXISTS (SELECT 1 FROM tigris_project_members m
                       WHERE m.project_id = p AND m.may_write
                         AND pg_has_role(session_user, m.member, 'MEMBER')) THEN
      RAISE EXCEPTION 'new row violates row-level security policy for table "events"'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  EXECUTE format('CREATE TABLE %I (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                 'CHECK (project_id = %s))', t, p);
  EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t, session_user);
  RETURN true;
END
$f$;
CREATE OR REPLACE FUNCTION tigris_attach_events(p bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $f$
DECLARE
  t text := 'events_p' || p;
  i record;
BEGIN
  IF to_regclass(t) IS NULL
     OR EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass(t)) THEN
    RETURN;
  END IF;
  IF session_user <> current_user THEN
    EXECUTE format('REVOKE ALL ON %I FROM %I', t, session_user);
  END IF;
  IF pg_size_bytes(current_setting('maintenance_work_mem')) < 268435456 THEN
    PERFORM set_config('maintenance_work_mem', '256MB', true);
  END IF;
  EXECUTE format('ALTER TABLE events ATTACH PARTITION %I FOR VALUES IN (%s)', t, p);
  -- The indexes it made are named after their columns: named after events' instead
  -- (events_day_spans: events_p<id>_day_spans), so that plans read as the schema.
  FOR i IN SELECT c.relname AS child, pc.relname AS parent
           FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
           JOIN pg_inherits h ON h.inhrelid = x.indexrelid
           JOIN pg_class pc ON pc.oid = h.inhparent
           WHERE x.indrelid = to_regclass(t) AND c.relname <> t || substr(pc.relname, 7) LOOP
    EXECUTE format('ALTER INDEX %I RENAME TO %I', i.child, t || substr(i.parent, 7));
  END LOOP;
  EXECUTE format('CREATE STATISTICS %I ON (span_hi - span_lo) FROM %I', t || '_span_length', t);
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
  -- The columns queries test, not the texts (whose statistics cost the most to gather).
  EXECUTE format('ANALYZE %I (project_id, id, span_lo, span_hi, lat, lon, geom, search, '
                 'category_id, location_id, import_id, revision)', t);
END
$f$;
DO $d$
BEGIN
  EXECUTE format('ALTER FUNCTION tigris_begin_events(bigint) SET search_path = %I, pg_temp',
                 current_schema());
  EXECUTE format('ALTER FUNCTION tigris_attach_events(bigint) SET search_path = %I, pg_temp',
                 current_schema());
END
$d$;
)SQL";

// The migration to version 4: `events` becomes the partitioned table, with the indexes of
// version 3 as partitioned indexes, its grants and its row-level security policies; each
// project's rows move to a table of their own, indexed at once as they attach. Then the old
// table goes. Skipped when `events` is partitioned already.
constexpr const char* kVersion4 = R"SQL(
DO $v4$
DECLARE
  g record;
  pol record;
  p bigint;
BEGIN
  IF (SELECT relkind FROM pg_class WHERE oid = 'events'::regclass) = 'p' THEN RETURN; END IF;
  ALTER TABLE events RENAME TO events_v3;
  ALTER TABLE events_v3 RENAME CONSTRAINT events_pkey TO events_v3_pkey;
  DROP STATISTICS IF EXISTS events_span_length;
  DROP INDEX IF EXISTS events_columns, events_day_spans, events_month_spans, events_long_spans,
    events_geom, events_search, events_by_revision, events_by_import, events_uncategorised,
    events_by_span, events_long;
  CREATE TABLE events (LIKE events_v3 INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    PRIMARY KEY (project_id, id)) PARTITION BY LIST (project_id);
  CREATE INDEX events_columns ON events(project_id, id)
    INCLUDE (lat, lon, span_lo, span_hi, category_id, precision, geo_precision, approximate);
  CREATE INDEX events_day_spans ON events(project_id, span_lo)
    INCLUDE (span_hi, lat, lon, category_id, id) WHERE span_hi - span_lo <= 86400;
  CREATE INDEX events_month_spans ON events(project_id, span_lo)
    INCLUDE (span_hi, lat, lon, category_id, id)
    WHERE span_hi - span_lo > 86400 AND span_hi - span_lo <= 2764800;
  CREATE INDEX events_long_spans ON events(project_id, span_lo, span_hi)
    INCLUDE (lat, lon, category_id, id) WHERE span_hi - span_lo > 2764800;
  CREATE INDEX events_geom ON events USING gist(geom);
  CREATE INDEX events_search ON events USING gin(search);
  CREATE INDEX events_by_revision ON events(project_id, revision);
  CREATE INDEX events_by_import ON events(project_id, import_id) WHERE import_id IS NOT NULL;
  CREATE INDEX events_uncategorised ON events(project_id) WHERE category_id IS NULL;
  -- What the old table granted (resources/sql/roles.sql) and its policies.
  FOR g IN SELECT grantee, privilege_type FROM information_schema.role_table_grants
           WHERE table_schema = current_schema() AND table_name = 'events_v3'
             AND grantee <> current_user LOOP
    EXECUTE format('GRANT %s ON events TO %s', g.privilege_type,
                   CASE WHEN g.grantee = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(g.grantee) END);
  END LOOP;
  FOR pol IN SELECT * FROM pg_policies
             WHERE schemaname = current_schema() AND tablename = 'events_v3' LOOP
    EXECUTE format('CREATE POLICY %I ON events AS %s FOR %s TO %s%s%s', pol.policyname,
                   pol.permissive, pol.cmd,
                   (SELECT string_agg(CASE WHEN r = 'public' THEN 'public'
                                      ELSE quote_ident(r) END, ', ')
                    FROM unnest(pol.roles) r),
                   coalesce(' USING (' || pol.qual || ')', ''),
                   coalesce(' WITH CHECK (' || pol.with_check || ')', ''));
  END LOOP;
  IF (SELECT relrowsecurity FROM pg_class WHERE oid = 'events_v3'::regclass) THEN
    ALTER TABLE events ENABLE ROW LEVEL SECURITY;
  END IF;
  FOR p IN SELECT DISTINCT project_id FROM events_v3 ORDER BY 1 LOOP
    PERFORM tigris_begin_events(p);
    EXECUTE format('INSERT INTO %I SELECT * FROM events_v3 WHERE project_id = %s',
                   'events_p' || p, p);
    PERFORM tigris_attach_events(p);
  END LOOP;
  DROP TABLE events_v3;
END
$v4$;
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
    if (from < 4) {
        db.exec(kPartitionFunctions, "adding the functions of schema 4");
        db.exec(kVersion4, "partitioning the events by project (schema 4)");
    }
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

QByteArray eventsPartition(qint64 projectId)
{
    return "events_p" + QByteArray::number(projectId);
}

bool beginEventsPartition(PgConnection& db, qint64 projectId)
{
    return db.exec("SELECT tigris_begin_events($1)", PgParams().integer(projectId),
                   "preparing the project's events")
               .text(0, 0) == QLatin1String("t");
}

void attachEventsPartition(PgConnection& db, qint64 projectId)
{
    db.exec("SELECT tigris_attach_events($1)", PgParams().integer(projectId),
            "indexing the project's events");
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
