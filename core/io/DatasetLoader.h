#pragma once

#include "store/EventStore.h"

#include <QString>

// Loads a dataset in Tigris's JSON form (resources/dataset/*.json; described in
// docs/dataset.md) into a store Writer. Throws ImportError naming the entry at fault.
namespace DatasetLoader {
constexpr const char* kBundledDataset = ":/tigris/dataset/iraq2014.json";

struct Counts {
    int events = 0;
    int locations = 0;
};
Counts load(const QString& path, EventStore::Writer& writer);
} // namespace DatasetLoader
