#pragma once

#include <QString>

class EventStore;

// Save a Copy: a consistent snapshot of an open project (SQLite's VACUUM INTO reads one
// transaction, so edits in flight are either all in the copy or not at all), written beside
// the target under a temporary name and renamed into place only when complete. Refuses the
// project's own path and unwritable folders; a full disk leaves no partial file. Throws
// StoreError with a sentence for the user; the open project is never touched.
namespace ProjectCopy {
void write(const EventStore& store, const QString& target);
}
