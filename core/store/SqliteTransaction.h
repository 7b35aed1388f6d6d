#pragma once

struct sqlite3;

// A transaction that is rolled back unless committed: BEGIN in the constructor, ROLLBACK on
// every way out of the scope but commit(). Throws StoreError when BEGIN or COMMIT fails.
class SqliteTransaction {
  public:
    explicit SqliteTransaction(sqlite3* db, const char* begin = "BEGIN IMMEDIATE");
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();

  private:
    sqlite3* db_;
    bool open_ = true;
};
