#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class PgConnection;
class QSocketNotifier;
class QTimer;

// What changed in a server project between two revisions (PgChanges): the counts of events
// written and removed, the annotations written and removed, the sources recorded and removed.
// Settings (each window's own view) are not watched.
struct ProjectChanges {
    qint64 fromRevision = 0, toRevision = 0;
    qint64 eventsWritten = 0, eventsRemoved = 0;
    std::vector<qint64> annotationsWritten, annotationsRemoved; // ids, ascending
    qint64 sourcesWritten = 0, sourcesRemoved = 0;

    bool empty() const
    {
        return eventsWritten == 0 && eventsRemoved == 0 && annotationsWritten.empty() &&
               annotationsRemoved.empty() && sourcesWritten == 0 && sourcesRemoved == 0;
    }
    bool eventsChanged() const { return eventsWritten > 0 || eventsRemoved > 0; }
};

Q_DECLARE_METATYPE(ProjectChanges)

// Watches one server project for the writes of others (and of this process's other
// connections): LISTENs on the project's channel on a connection of its own, wakes on its
// socket (QSocketNotifier, no polling, no thread), then fetches what changed since the revision
// it has seen and emits `changed` once for the lot. The server sends one notification per
// committed write transaction; several arriving together make one fetch.
//
// A window's own writes come back as notifications too: after ignoreWritesOf(its store's
// connection), the revisions that connection's transactions notified are left out of what
// `changed` reports (the window already shows them), so an own edit or import is no reload.
//
// When the server goes away, `connectionLost` is emitted once with a sentence for the user; the
// watcher then tries to reconnect every `retryMs` and, once back, emits `reconnected` and
// fetches what it missed.
class ProjectWatcher : public QObject {
    Q_OBJECT
  public:
    // `revision`: what the caller has loaded; -1: the project's revision now.
    ProjectWatcher(const QString& conninfo, const QString& display, qint64 projectId,
                   qint64 revision = -1, QObject* parent = nullptr);
    ~ProjectWatcher() override;

    qint64 revision() const { return revision_; }
    bool isConnected() const;
    // What changed since revision(), which then moves on. Also called on each notification.
    ProjectChanges fetch();
    void setRetryInterval(int ms) { retryMs_ = ms; }
    // The notifications sent by this connection's server session (its backend's pid, read at
    // each notification: it changes with a reconnect) are writes of our own. Not owned; must
    // outlive the watcher or the next call.
    void ignoreWritesOf(const PgConnection* connection) { own_ = connection; }

  signals:
    void changed(const ProjectChanges& changes);
    void connectionLost(const QString& message);
    void reconnected();

  private:
    void listen();
    void readSocket();
    void lose(const QString& message);
    void retry();
    void dropNotifier();
    std::unique_ptr<PgConnection> connection_;
    const PgConnection* own_ = nullptr;
    std::vector<qint64> ownRevisions_; // notified by own_, not yet past revision_
    QString display_;
    qint64 projectId_;
    qint64 revision_ = 0;
    int retryMs_ = 1000;
    bool lost_ = false;
    std::unique_ptr<QSocketNotifier> notifier_;
    QTimer* retryTimer_ = nullptr;
};
