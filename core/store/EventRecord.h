#pragma once

#include "model/GeoPrecision.h"
#include "time/DatePrecision.h"

#include <QtGlobal>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

// One stored event as UTF-8 text and numbers, for writers that stream many events (`tigris
// query`): no QString per field, and a record reused from row to row keeps its strings'
// capacity, so a long answer allocates next to nothing per event. Event is the model's type.
struct EventRecord {
    struct Source {
        std::string name, url, quote;
    };
    qint64 id = 0;
    std::string externalId, title, description;
    qint64 start = 0;
    std::optional<qint64> end;
    DatePrecision precision = DatePrecision::Day;
    bool approximate = false;
    std::string category, subCategory;
    std::string actors, tags; // joined by StoreLists::kSeparator, as stored
    std::optional<int> fatalities;
    std::string location; // the stored location's name, or the imported place name
    double lat = std::nan(""), lon = std::nan(""); // the effective position
    GeoPrecision geoPrecision = GeoPrecision::Exact;
    std::vector<Source> sources;
    // The attributes as stored (AttributeCodec's JSON array of [name, value] pairs), read only
    // when asked for (EventStore::forEachMatch); empty for none.
    std::string attributes;
};
