#include "store/PgTeamTables.h"

#include "store/PgConnection.h"

namespace {

// Ids come from one sequence per table for the whole database, so they are unique across
// projects too; a push keeps a file's ids and moves the sequence past them. `revision` is the
// project's revision of the transaction that last wrote the row (PgChanges).
constexpr const char* kTables = R"SQL(
CREATE SEQUENCE IF NOT EXISTS imports_id_seq;
CREATE TABLE IF NOT EXISTS imports(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  id bigint NOT NULL DEFAULT nextval('imports_id_seq'), -- never reused, as AUTOINCREMENT
  path text NOT NULL,
  file_name text NOT NULL,
  format text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL,
  imported_at bigint NOT NULL,
  options text NOT NULL DEFAULT '{}',
  events bigint NOT NULL DEFAULT 0,
  annotations bigint NOT NULL DEFAULT 0,
  rejected bigint NOT NULL DEFAULT 0,
  warnings text NOT NULL DEFAULT '[]',
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, id));
CREATE INDEX IF NOT EXISTS imports_by_sha256 ON imports(project_id, sha256);

CREATE SEQUENCE IF NOT EXISTS annotations_id_seq;
CREATE TABLE IF NOT EXISTS annotations(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  id bigint NOT NULL DEFAULT nextval('annotations_id_seq'),
  kind text NOT NULL CHECK (kind IN ('point', 'polyline', 'polygon')),
  title text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  note_format text NOT NULL DEFAULT 'plain',
  colour text NOT NULL DEFAULT '#d62728',
  marker text NOT NULL DEFAULT 'pin',
  geometry text NOT NULL, -- JSON [[lon, lat], ...], as in the project file
  valid_from bigint, valid_to bigint,
  location_id bigint,
  event_id bigint,
  import_id bigint,
  created bigint NOT NULL,
  modified bigint NOT NULL,
  version integer NOT NULL DEFAULT 1, -- optimistic locking: +1 on every update
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, id));
CREATE INDEX IF NOT EXISTS annotations_by_revision ON annotations(project_id, revision);
CREATE INDEX IF NOT EXISTS annotations_by_import ON annotations(project_id, import_id);

-- What was deleted and when, so that a window that has seen revision N learns what went
-- since. Kept (a row is small); an administrator may delete old ones: a window whose revision
-- is older than the oldest tombstone then reloads everything.
CREATE TABLE IF NOT EXISTS tombstones(
  project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('event', 'annotation', 'import')),
  id bigint NOT NULL,
  revision bigint NOT NULL);
CREATE INDEX IF NOT EXISTS tombstones_by_revision ON tombstones(project_id, revision);
)SQL";

} // namespace

namespace PgTeamTables {

void create(PgConnection& connection)
{
    connection.exec(kTables, "creating the tables of annotations, sources and tombstones");
}

} // namespace PgTeamTables
