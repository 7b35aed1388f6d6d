#include "store/EventActorsReader.h"

#include "store/EventStore.h"
#include "store/StoreLists.h"

#include <utility>

EventActors EventActorsReader::read(const EventStore& store, const EventColumns& columns)
{
    return read(store, RowsById::of(columns.id));
}

EventActors EventActorsReader::read(const EventStore& store, RowsById rows)
{
    EventActorsBuilder b(std::move(rows));
    store.forEachActors([&](qint64 id, const QString& joined) {
        const qint64 row = b.rowOf(id);
        if (row < 0) return;
        for (QStringView name : QStringView(joined).split(StoreLists::kSeparator))
            b.add(row, name);
    });
    return b.finish();
}
