#pragma once

#include <QString>

struct sqlite3;

// Opening a project file's SQLite connection the way every part of the store does: by URI,
// extended result codes, a busy timeout. Throws StoreError naming the file.
namespace SqliteConnection {
// `immutable` reads a file nobody can change (read-only folder or mount) without the -shm and
// -wal files SQLite could not create there.
sqlite3* open(const QString& path, bool writable, bool immutable = false);
// Whether an error code means "a writable connection must first recover this file" (roll a
// hot journal back, rebuild a log's index).
bool needsRecovery(int extendedCode);
// Lets SQLite recover the file: a writable connection's first read rolls back a hot journal
// or rebuilds the log's index. Throws StoreError when that fails.
void recover(const QString& path);
} // namespace SqliteConnection
