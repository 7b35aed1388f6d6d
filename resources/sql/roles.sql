-- Roles for a team sharing Tigris projects on one PostgreSQL database (docs/server.md).
--
-- Run once per database, as the role that owns Tigris's tables (the one that created the
-- first project), after the first project exists, and again after a Tigris upgrade added
-- tables:
--
--     psql "postgresql://tigris_owner@server/newsroom" -f roles.sql
--
-- It is idempotent. It creates two group roles (NOLOGIN) and leaves logins to you:
--
--     tigris_reader   SELECT only: opens projects, exports; every edit is refused
--     tigris_editor   reads and writes: imports, annotations, sources, settings
--
--     CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE tigris_editor;
--     CREATE ROLE bob   LOGIN PASSWORD '...' IN ROLE tigris_reader;
--
-- Row-level security: every table keyed by project_id gets policies that consult
-- tigris_project_members. A project with no row there is open to every tigris_reader or
-- tigris_editor (the default, one team per database); once a project has rows, only the
-- roles listed (directly or through a group) see it, and only those with may_write change it:
--
--     INSERT INTO tigris_project_members(project_id, member, may_write)
--       SELECT id, 'mosul_desk', true FROM projects WHERE name = 'mosul';
--
-- The owner of the tables is not subject to these policies (PostgreSQL exempts a table's
-- owner); keep it for administration, not for daily work.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tigris_reader') THEN
        CREATE ROLE tigris_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tigris_editor') THEN
        CREATE ROLE tigris_editor NOLOGIN;
    END IF;
END
$roles$;

CREATE TABLE IF NOT EXISTS tigris_project_members(
    project_id bigint NOT NULL,
    member name NOT NULL,               -- a role (a login or a group)
    may_write boolean NOT NULL DEFAULT false,
    PRIMARY KEY (project_id, member));

-- Whether the current role may see (write: change) project p. STABLE and plain SQL, so the
-- planner evaluates it once per statement and the policies keep their indexes usable.
CREATE OR REPLACE FUNCTION tigris_may_access(p bigint, write boolean) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM tigris_project_members WHERE project_id = p)
        OR EXISTS (SELECT 1 FROM tigris_project_members m
                   WHERE m.project_id = p
                     AND (m.may_write OR NOT write)
                     AND pg_has_role(current_user, m.member, 'MEMBER'))
$$;

DO $grants$
DECLARE
    s text := current_schema();
    t record;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO tigris_reader, tigris_editor', s);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO tigris_reader, tigris_editor', s);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO tigris_editor', s);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO tigris_editor', s);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO tigris_reader, tigris_editor', s);
    -- Imports stage rows in a temporary table before one INSERT ... SELECT.
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO tigris_editor', current_database());
    -- Membership is the owner's business: readers and editors only consult it.
    REVOKE INSERT, UPDATE, DELETE ON tigris_project_members FROM tigris_editor;

    -- Tables and sequences a later Tigris version creates get the same grants.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES '
                   'TO tigris_reader, tigris_editor', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE '
                   'ON TABLES TO tigris_editor', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE '
                   'ON SEQUENCES TO tigris_editor', s);

    -- Row-level security on every table keyed by a project: the projects table by its id,
    -- the others by project_id.
    FOR t IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables tb
          ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = s AND tb.table_type = 'BASE TABLE'
          AND ((c.table_name = 'projects' AND c.column_name = 'id')
               OR (c.table_name NOT IN ('projects', 'tigris_project_members')
                   AND c.column_name = 'project_id'))
    LOOP
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', s, t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS tigris_read ON %I.%I', s, t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS tigris_write ON %I.%I', s, t.table_name);
        EXECUTE format('CREATE POLICY tigris_read ON %I.%I FOR SELECT USING '
                       '(tigris_may_access(%I, false))', s, t.table_name, t.column_name);
        EXECUTE format('CREATE POLICY tigris_write ON %I.%I FOR ALL USING '
                       '(tigris_may_access(%I, true)) WITH CHECK (tigris_may_access(%I, true))',
                       s, t.table_name, t.column_name, t.column_name);
    END LOOP;
END
$grants$;
