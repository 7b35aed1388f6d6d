#include "store/ScanCache.h"

#include "store/SqliteStatement.h"
#include "store/StoreError.h"

ScanCache::ScanCache(sqlite3* db, int kib) : db_(db)
{
    SqliteStatement s(db, "PRAGMA cache_size");
    if (s.step()) saved_ = s.int64(0);
    sqliteExec(db, ("PRAGMA cache_size=-" + QByteArray::number(kib)).constData());
}

ScanCache::~ScanCache()
{
    try {
        sqliteExec(db_, ("PRAGMA cache_size=" + QByteArray::number(saved_)).constData());
    } catch (const StoreError&) {
        // Only the cache's size; reads stay correct.
    }
}
