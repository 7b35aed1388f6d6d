#pragma once

#include <QtGlobal>

class PgConnection;

// What the connected role may do with a server project (docs/server.md, "Roles"). A role
// without write rights (tigris_reader of resources/sql/roles.sql, or one that row-level
// security leaves read-only for this project) opens it read-only, so that every edit says so
// before trying instead of failing on the server.
namespace PgAccess {
bool mayWrite(PgConnection& connection, qint64 projectId);
}
