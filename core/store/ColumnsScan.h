#pragma once

#include "model/EventColumns.h"

#include <QString>

struct sqlite3;

// Reads every event's columns (EventColumns, in ascending id order) off a project connection.
// Schema 3 reads its covering index, older files the table. A large file-backed project is read
// in id ranges on several read-only connections side by side, and the ranges are checked to
// come from one state of the file: a commit by any other connection during the read makes it
// read again on `db` alone. Throws StoreError.
namespace ColumnsScan {
struct Split {
    int parts = 0;                // connections at most; 0: one a core
    qint64 rowsPerPart = 250'000; // a smaller range is not worth its thread and connection
};
EventColumns load(sqlite3* db, const QString& path, Split split = {});
} // namespace ColumnsScan
