#include "io/PlaceCache.h"

#include "model/Location.h"

qint64 PlaceCache::idFor(const QString& name, const QString& admin1, const QString& country,
                         double lat, double lon)
{
    const QString key = name + QChar(0x1f) + admin1 + QChar(0x1f) + country;
    if (const qint64 id = ids_.value(key)) return id;
    // One added by this import under another admin1 is a different place of the same name.
    qint64 id = writer_.findLocation(name, country);
    if (!id || added_.contains(id)) {
        Location l;
        l.name = name;
        l.lat = lat;
        l.lon = lon;
        l.admin1 = admin1;
        l.country = country;
        l.kind = QStringLiteral("place");
        id = writer_.addLocation(l);
        added_.insert(id);
    }
    if (ids_.size() >= kMaxPlaces) {
        ids_.clear();
        added_.clear();
    }
    ids_.insert(key, id);
    return id;
}
