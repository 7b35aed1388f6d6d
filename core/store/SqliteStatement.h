#pragma once

#include <QByteArray>
#include <QString>
#include <sqlite3.h>

// A prepared statement that finalises itself. Throws StoreError with the database's message.
class SqliteStatement {
  public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int i, qint64 v) { sqlite3_bind_int64(stmt_, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(stmt_, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
    void bind(int i, const QString& v); // null QString binds NULL
    // Binds without copying: `v` must outlive the next step/reset. Null binds NULL.
    void bindUtf8(int i, const QByteArray& v);
    void bindNull(int i) { sqlite3_bind_null(stmt_, i); }

    bool step(); // true while a row is available; throws on error
    void run();  // step once and reset
    void reset();

    bool isNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
    qint64 int64(int c) const { return sqlite3_column_int64(stmt_, c); }
    double real(int c) const { return sqlite3_column_double(stmt_, c); }
    QString text(int c) const;

    sqlite3_stmt* get() const { return stmt_; }

  private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// The sentence for the connection's last error: disk full, read-only and damaged files in
// words a user can act on; `message` replaces SQLite's own text when given.
QString sqliteErrorMessage(sqlite3* db, const char* message = nullptr);
// Runs SQL with no results; throws StoreError on failure.
void sqliteExec(sqlite3* db, const char* sql);
