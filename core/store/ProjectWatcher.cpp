#include "store/ProjectWatcher.h"

#include "store/PgChanges.h"
#include "store/PgConnection.h"

#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>

ProjectWatcher::ProjectWatcher(const QString& conninfo, const QString& display, qint64 projectId,
                               qint64 revision, QObject* parent)
    : QObject(parent), connection_(std::make_unique<PgConnection>(conninfo, display)),
      display_(display), projectId_(projectId)
{
    retryTimer_ = new QTimer(this);
    retryTimer_->setSingleShot(true);
    connect(retryTimer_, &QTimer::timeout, this, &ProjectWatcher::retry);
    listen();
    // Listening before reading the revision: a write committed in between is fetched twice at
    // worst, never missed.
    revision_ = revision >= 0
                    ? revision
                    : connection_
                          ->exec("SELECT revision FROM projects WHERE id = $1",
                                 PgParams().integer(projectId_), "reading the project's revision")
                          .int64(0, 0);
}

ProjectWatcher::~ProjectWatcher() = default;

bool ProjectWatcher::isConnected() const
{
    return !lost_ && PQstatus(connection_->handle()) == CONNECTION_OK;
}

void ProjectWatcher::dropNotifier()
{
    if (!notifier_) return;
    // Often called from the notifier's own signal: deleted once that has returned.
    notifier_->setEnabled(false);
    notifier_.release()->deleteLater();
}

void ProjectWatcher::listen()
{
    dropNotifier();
    const QByteArray channel = PgChanges::channel(projectId_);
    connection_->exec("LISTEN \"" + channel + "\"", "listening for the changes of others");
    notifier_ =
        std::make_unique<QSocketNotifier>(PQsocket(connection_->handle()), QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &ProjectWatcher::readSocket);
}

void ProjectWatcher::readSocket()
{
    PGconn* conn = connection_->handle();
    if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        lose(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    bool any = false;
    const int ownPid = own_ && own_->handle() ? PQbackendPID(own_->handle()) : 0;
    while (PGnotify* n = PQnotifies(conn)) {
        any = true;
        if (ownPid != 0 && n->be_pid == ownPid) {
            bool ok = false;
            const qint64 revision = QByteArray(n->extra).toLongLong(&ok);
            if (ok && revision > revision_) ownRevisions_.push_back(revision);
        }
        PQfreemem(n);
    }
    if (!any) return;
    try {
        const ProjectChanges changes = fetch();
        if (!changes.empty()) emit changed(changes);
    } catch (const StoreError& e) {
        lose(e.message());
    }
}

ProjectChanges ProjectWatcher::fetch()
{
    // One snapshot for every count, so that they agree with the revision read with them.
    PgTransaction snapshot(*connection_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    ProjectChanges c;
    c.fromRevision = revision_;
    c.toRevision = connection_
                       ->exec("SELECT revision FROM projects WHERE id = $1",
                              PgParams().integer(projectId_), "reading the project's revision")
                       .int64(0, 0);
    if (c.toRevision <= revision_) return c;
    // Rows stamped with an own revision are the window's own; a row another write replaced
    // since carries that write's revision and is reported.
    QByteArray own = "{";
    for (qint64 r : ownRevisions_)
        own += (own.size() > 1 ? "," : "") + QByteArray::number(r);
    own += '}';
    const PgParams since = PgParams().integer(projectId_).integer(revision_).text(own);
    const QByteArray newer = " revision > $2 AND revision <> ALL($3::int8[]) ";
    const PgResult counts = connection_->exec(
        "SELECT (SELECT count(*) FROM events WHERE project_id = $1 AND" + newer +
            "), (SELECT count(*) FROM tombstones WHERE project_id = $1 AND" + newer +
            "AND kind = 'event'), (SELECT count(*) FROM imports WHERE project_id = $1 AND" + newer +
            "), (SELECT count(*) FROM tombstones WHERE project_id = $1 AND" + newer +
            "AND kind = 'import')",
        since, "reading what changed");
    c.eventsWritten = counts.int64(0, 0);
    c.eventsRemoved = counts.int64(0, 1);
    c.sourcesWritten = counts.int64(0, 2);
    c.sourcesRemoved = counts.int64(0, 3);
    const PgResult written = connection_->exec(
        "SELECT id FROM annotations WHERE project_id = $1 AND" + newer + "ORDER BY id", since,
        "reading what changed");
    for (int row = 0; row < written.rows(); ++row)
        c.annotationsWritten.push_back(written.int64(row, 0));
    const PgResult removed =
        connection_->exec("SELECT DISTINCT id FROM tombstones WHERE project_id = $1 AND" + newer +
                              "AND kind = 'annotation' ORDER BY id",
                          since, "reading what changed");
    for (int row = 0; row < removed.rows(); ++row)
        c.annotationsRemoved.push_back(removed.int64(row, 0));
    snapshot.commit();
    revision_ = c.toRevision;
    std::erase_if(ownRevisions_, [this](qint64 r) { return r <= revision_; });
    return c;
}

void ProjectWatcher::lose(const QString& message)
{
    if (lost_) return;
    lost_ = true;
    dropNotifier(); // a dead socket would wake us for ever
    emit connectionLost(
        QStringLiteral("The connection to %1 was lost (%2). Tigris keeps what it shows and "
                       "reconnects when the server is back.")
            .arg(display_, message.isEmpty() ? QStringLiteral("no answer") : message));
    retryTimer_->start(retryMs_);
}

void ProjectWatcher::retry()
{
    PQreset(connection_->handle());
    if (PQstatus(connection_->handle()) != CONNECTION_OK) {
        retryTimer_->start(retryMs_);
        return;
    }
    try {
        listen();
        lost_ = false;
        emit reconnected();
        const ProjectChanges changes = fetch();
        if (!changes.empty()) emit changed(changes);
    } catch (const StoreError&) {
        dropNotifier();
        retryTimer_->start(retryMs_);
    }
}
