#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

// Noticing and repairing damage to a project file: SQLite's quick_check and integrity_check,
// and a repair that copies what is still readable into a new project (Debian 12's SQLite,
// 3.40, has no recovery API: rows are copied table by table, skipping unreadable pages,
// and the spatial and text indexes rebuilt from them).
namespace ProjectCheck {
enum class Depth { Quick, Full }; // quick_check skips index contents; integrity_check does not

// The problems SQLite finds, its own words; empty when the file is intact.
QStringList problems(sqlite3* db, Depth depth);
// "is damaged (WHAT); … tigris check --repair …": the sentence after a file's name.
QString damagedMessage(const QString& path, const QString& what);
// Throws StoreError with damagedMessage when `problems` finds any.
void requireIntact(sqlite3* db, const QString& path, Depth depth);

// `tigris check FILE`: recovers what SQLite can recover (when the file may be written),
// then runs integrity_check. Throws StoreError when the file cannot be examined at all.
struct Report {
    QStringList problems;  // empty: intact
    bool isProject = true; // the application id is Tigris's
};
Report check(const QString& path);

// `tigris check --repair FILE OUT`: a new project at `out` (which must not exist) with every
// row of `damaged` that can still be read. Throws StoreError when nothing can be copied.
struct Repair {
    qint64 rowsCopied = 0;
    QStringList losses;        // "events: rows after id 1234 could not be read", …
    QStringList problemsAfter; // integrity_check of the new file: empty
};
Repair repair(const QString& damaged, const QString& out);
} // namespace ProjectCheck
