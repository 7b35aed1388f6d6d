#pragma once

#include "store/EventStore.h"

#include <QHash>
#include <QSet>
#include <QString>

// Locations by (name, admin1, country), so that a place named on many rows of an import is
// stored once. A place already in the project (an earlier import, the dataset) is reused.
// Bounded: past kMaxPlaces distinct places the cache starts afresh and the store is asked again.
class PlaceCache {
  public:
    explicit PlaceCache(EventStore::Writer& writer) : writer_(writer) {}

    // The id of the place, added with this coordinate and kind "place" when it is new.
    qint64 idFor(const QString& name, const QString& admin1, const QString& country, double lat,
                 double lon);

  private:
    static constexpr qsizetype kMaxPlaces = 200'000;
    EventStore::Writer& writer_;
    QHash<QString, qint64> ids_;
    QSet<qint64> added_;
};
