#include "store/PgChanges.h"

#include "store/PgConnection.h"

#include <libpq-fe.h>

namespace PgChanges {

QByteArray channel(qint64 projectId)
{
    return "tigris_" + QByteArray::number(projectId); // as PgEventStore::notifyChannel
}

qint64 nextRevision(PgConnection& connection, qint64 projectId)
{
    const PgResult r =
        connection.exec("UPDATE projects SET revision = revision + 1 WHERE id = $1 "
                        "RETURNING revision",
                        PgParams().integer(projectId), "taking the project's next revision");
    if (r.rows() != 1)
        throw connection.error("taking the project's next revision",
                               QStringLiteral("the project is gone"));
    return r.int64(0, 0);
}

void notify(PgConnection& connection, qint64 projectId, qint64 revision)
{
    connection.exec("SELECT pg_notify($1, $2)",
                    PgParams().text(channel(projectId)).text(QByteArray::number(revision)),
                    "telling the other windows");
}

qint64 stamp(PgConnection& connection, qint64 projectId)
{
    const qint64 revision = nextRevision(connection, projectId);
    notify(connection, projectId, revision);
    return revision;
}

void tombstones(PgConnection& connection, qint64 projectId, const char* kind,
                const QByteArray& idsSelect, qint64 revision)
{
    connection.exec("INSERT INTO tombstones(project_id, kind, id, revision) SELECT $1, $2, d.id, "
                    "$3 FROM (" +
                        idsSelect + ") AS d(id)",
                    PgParams().integer(projectId).text(QByteArray(kind)).integer(revision),
                    "recording what was deleted");
}

} // namespace PgChanges

PgWriteScope::PgWriteScope(PgConnection& connection)
{
    if (PQtransactionStatus(connection.handle()) == PQTRANS_IDLE) own_.emplace(connection);
}

void PgWriteScope::commit()
{
    if (own_) own_->commit();
}
