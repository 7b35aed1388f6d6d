#include "store/EventStore.h"

#include "store/PgEventStore.h"
#include "store/ProjectUrl.h"
#include "store/SqliteEventStore.h"

#include <QFileInfo>

EventStore::~EventStore() = default;

std::unique_ptr<EventStore> EventStore::create(const QString& path)
{
    if (ProjectUrl::isServerProject(path)) return PgEventStore::create(ProjectUrl::parse(path));
    return SqliteEventStore::create(path);
}

std::unique_ptr<EventStore> EventStore::open(const QString& path, bool readOnly)
{
    if (ProjectUrl::isServerProject(path))
        return PgEventStore::open(ProjectUrl::parse(path), readOnly);
    return SqliteEventStore::open(path, readOnly);
}

std::unique_ptr<EventStore> EventStore::openOrCreate(const QString& path)
{
    if (ProjectUrl::isServerProject(path))
        return PgEventStore::openOrCreate(ProjectUrl::parse(path));
    const QFileInfo fi(path);
    if (!fi.exists() || (fi.isFile() && fi.size() == 0)) return SqliteEventStore::create(path);
    return SqliteEventStore::open(path);
}
