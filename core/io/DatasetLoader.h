#pragma once

#include "store/EventStore.h"

#include <QByteArray>
#include <QString>

// Loads a dataset in Tigris's JSON form (resources/dataset/*.json, described in
// docs/dataset.md) into a store Writer: categories and their colours, then locations, then
// events referring to locations by key. Nothing is guessed: a malformed entry throws
// ImportError naming the file, the entry (e.g. "events[12] 'mosul-falls'") and the field.
namespace DatasetLoader {
constexpr const char* kBundledDataset = ":/tigris/dataset/iraq2014.json";

struct Counts {
    int categories = 0;
    int events = 0;
    int locations = 0;
};
// `path` may be a file or a Qt resource path.
Counts load(const QString& path, EventStore::Writer& writer);
// `origin` names the data in error messages.
Counts loadJson(const QByteArray& json, const QString& origin, EventStore::Writer& writer);
} // namespace DatasetLoader
