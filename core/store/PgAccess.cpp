#include "store/PgAccess.h"

#include "store/PgConnection.h"

namespace PgAccess {

bool mayWrite(PgConnection& connection, qint64 projectId)
{
    constexpr const char* doing = "checking what you may do on the server";
    // Each right an edit needs (has_table_privilege with a list answers whether *any* is held).
    const PgResult rights =
        connection.exec("SELECT has_table_privilege('events', 'INSERT') "
                        "AND has_table_privilege('events', 'DELETE') "
                        "AND has_table_privilege('annotations', 'INSERT') "
                        "AND has_table_privilege('annotations', 'UPDATE') "
                        "AND has_table_privilege('imports', 'INSERT') "
                        "AND has_table_privilege('projects', 'UPDATE'), "
                        "to_regprocedure('tigris_may_access(bigint, boolean)') IS NOT NULL",
                        PgParams(), doing);
    if (rights.text(0, 0) != QLatin1String("t")) return false;
    if (rights.text(0, 1) != QLatin1String("t")) return true; // no per-project policy installed
    return connection
               .exec("SELECT tigris_may_access($1, true)", PgParams().integer(projectId), doing)
               .text(0, 0) == QLatin1String("t");
}

} // namespace PgAccess
