#include "ActorLoader.h"

#include "store/EventActorsReader.h"
#include "store/EventStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <algorithm>

ActorLoader::~ActorLoader()
{
    for (QFuture<EventActors>& f : running_)
        f.waitForFinished();
}

void ActorLoader::start(const QString& path, RowsById rows)
{
    running_.erase(std::remove_if(running_.begin(), running_.end(),
                                  [](const QFuture<EventActors>& f) { return f.isFinished(); }),
                   running_.end());
    const int generation = ++generation_;
    pending_ = true;
    current_ = QtConcurrent::run([path, rows = std::move(rows)]() mutable {
        const std::size_t n = rows.rows();
        try {
            const auto store = EventStore::open(path, true);
            return EventActorsReader::read(*store, std::move(rows));
        } catch (const std::exception&) {
            // The project was readable a moment ago; without actors the filter is just empty.
            EventActors none;
            none.offsets.assign(n + 1, 0);
            return none;
        }
    });
    running_.push_back(current_);
    auto* watcher = new QFutureWatcher<EventActors>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == generation_ && pending_) deliver(takeCurrent());
    });
    watcher->setFuture(current_);
}

void ActorLoader::waitForFinished()
{
    if (!pending_) return;
    deliver(takeCurrent());
}

EventActors ActorLoader::takeCurrent()
{
    current_.waitForFinished();
    // Finished futures are dropped first: takeResult resets the state they share, and the
    // destructor's wait on such a copy would never return.
    running_.erase(std::remove_if(running_.begin(), running_.end(),
                                  [](const QFuture<EventActors>& f) { return f.isFinished(); }),
                   running_.end());
    // Taken, not copied: a copy would leave a second set of actors (10 MB at a million
    // events) in the future's store for as long as the future lives.
    return current_.takeResult();
}

void ActorLoader::deliver(EventActors actors)
{
    pending_ = false;
    result_ = std::move(actors);
    emit loaded();
}
