#pragma once

#include "model/EventActors.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <vector>

// Reads a project's actors off the UI thread (several seconds at a million events), on its
// own read-only connection, so the window is usable at once and the actor filter fills in
// when they arrive. A newer start() supersedes a running one: only its result is delivered.
class ActorLoader : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    ~ActorLoader() override; // waits for running loads: they must not outlive the window

    // `rows`: the in-memory columns' rows by event id (RowsById::of their ids; the worker
    // owns it: at ten million events a few runs rather than an 80 MB copy of the ids).
    void start(const QString& path, RowsById rows);
    bool isLoading() const { return pending_; }
    void waitForFinished(); // delivers the result now (emitting loaded) if one is pending
    EventActors takeResult() { return std::move(result_); }

  signals:
    void loaded(); // the result of the latest start() is ready: takeResult()

  private:
    void deliver(EventActors actors);
    EventActors takeCurrent(); // current_ finished: its result, moved out
    int generation_ = 0;
    bool pending_ = false;
    QFuture<EventActors> current_;
    std::vector<QFuture<EventActors>> running_;
    EventActors result_;
};
