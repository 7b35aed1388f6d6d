#pragma once

#include "model/EventColumns.h"

#include <QString>
#include <vector>

struct sqlite3;

// Reads every event's columns (EventColumns, in ascending id order) off a project connection.
// Schema 3 reads its covering index, older files the table. A large file-backed project is read
// in id ranges on several read-only connections side by side, and the ranges are checked to
// come from one state of the file: a commit by any other connection during the read makes it
// read again on `db` alone. `categoryIds`, when given, receives the ids of the categories the
// indexes in `category` point into, as read for this scan. Throws StoreError.
namespace ColumnsScan {
struct Split {
    int parts = 0;                // connections at most; 0: one a core
    qint64 rowsPerPart = 250'000; // a smaller range is not worth its thread and connection
};
EventColumns load(sqlite3* db, const QString& path, Split split = {},
                  std::vector<qint64>* categoryIds = nullptr);
// The ids of the categories, in the order EventColumns::category indexes them.
std::vector<qint64> categoryIds(sqlite3* db);
} // namespace ColumnsScan
