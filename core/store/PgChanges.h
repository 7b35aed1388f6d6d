#pragma once

#include "store/PgConnection.h"

#include <QByteArray>
#include <QtGlobal>
#include <optional>

// How a write on a server project tells the others (docs/server.md, "Live"): each write
// transaction takes the project's next revision, stamps the rows it writes (and the tombstones
// of the rows it deletes) with it, and sends one NOTIFY on the project's channel, which the
// server delivers at commit. ProjectWatcher listens and fetches by revision.
namespace PgChanges {

// The channel of a project: one per project, so a database with many projects wakes only the
// windows that show the changed one.
QByteArray channel(qint64 projectId);

// Inside an open transaction: the project's next revision. It locks the project's row until
// the transaction ends, so revisions become visible in the order they are taken and a watcher
// that has seen revision N has seen everything up to N.
qint64 nextRevision(PgConnection& connection, qint64 projectId);

// Inside the same transaction: the NOTIFY (payload: the revision), sent at commit, never on a
// rollback.
void notify(PgConnection& connection, qint64 projectId, qint64 revision);

// Both, for a transaction that writes one thing: returns the revision.
qint64 stamp(PgConnection& connection, qint64 projectId);

// Inside the transaction: records that these rows of `kind` ("event", "annotation", "import")
// were deleted at `revision` (ids: a SELECT of one bigint column, or a VALUES list).
void tombstones(PgConnection& connection, qint64 projectId, const char* kind,
                const QByteArray& idsSelect, qint64 revision);

} // namespace PgChanges

// A write that joins the transaction already open on the connection (an import's Writer,
// so that what it records shares the import's fate) or else is a transaction of its own.
class PgWriteScope {
  public:
    explicit PgWriteScope(PgConnection& connection);
    void commit(); // commits only a transaction of its own; the Writer commits the other

  private:
    std::optional<PgTransaction> own_;
};
