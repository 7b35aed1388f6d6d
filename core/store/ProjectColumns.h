#pragma once

#include "model/EventColumns.h"

#include <QString>

struct sqlite3;

// The columns of a project file (SqliteEventStore::loadColumns): the copy kept in the user's
// cache folder (ColumnsCache, folder "columns") when it provably shows the file's events, else a
// scan (ColumnsScan), kept for the next open. Provably: the copy is named by the file's
// canonical path, device and inode, and used only when its revision is the file's
// columns_revision (schema 8: a random number every change of the events draws again, by
// trigger, whoever writes), mixed with the file's schema version (a trigger dropped by hand is a
// change of schema), and its category ids are the file's. Older files that cannot be upgraded
// (read-only media), a connection inside a write, and any doubt read by scan. Throws
// StoreError (from the scan).
namespace ProjectColumns {
enum class Source { Scan, Cache };
EventColumns load(sqlite3* db, const QString& path, Source* source = nullptr);
} // namespace ProjectColumns
