#include "store/SqliteTransaction.h"

#include "store/SqliteStatement.h"

#include <sqlite3.h>

SqliteTransaction::SqliteTransaction(sqlite3* db, const char* begin) : db_(db)
{
    sqliteExec(db_, begin);
}

SqliteTransaction::~SqliteTransaction()
{
    if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    sqliteExec(db_, "COMMIT");
    open_ = false;
}
