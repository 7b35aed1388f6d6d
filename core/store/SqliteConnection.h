#pragma once

#include <QString>

struct sqlite3;

// Opening a project file's SQLite connection the way every part of the store does: by URI,
// extended result codes, a busy timeout. Throws StoreError naming the file.
namespace SqliteConnection {
// `immutable` reads a file nobody can change (read-only folder or mount) without the -shm and
// -wal files SQLite could not create there.
sqlite3* open(const QString& path, bool writable, bool immutable = false);
// Configures the SQLite library once, before its first connection (a no-op after that): no
// memory statistics, which cost a global mutex on every allocation SQLite makes (a tenth of
// an import's writer thread). Called by every connection the store opens.
void configureLibrary();
// Whether an error code means "a writable connection must first recover this file" (roll a
// hot journal back, rebuild a log's index).
bool needsRecovery(int extendedCode);
// Lets SQLite recover the file: a writable connection's first read rolls back a hot journal
// or rebuilds the log's index. Throws StoreError when that fails.
void recover(const QString& path);
} // namespace SqliteConnection
