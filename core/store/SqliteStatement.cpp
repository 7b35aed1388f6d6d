#include "store/SqliteStatement.h"

#include "store/StoreError.h"

#include <utility>

QString sqliteErrorMessage(sqlite3* db, const char* message)
{
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    // The causes a user can act on get their own words.
    switch (sqlite3_extended_errcode(db) & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full (%1); the change was not saved").arg(text);
    case SQLITE_READONLY:
        return QStringLiteral("the file cannot be written (%1); the change was not saved")
            .arg(text);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("the file is damaged (%1); `tigris check FILE` examines it")
            .arg(text);
    default:
        return QStringLiteral("database error: %1").arg(text);
    }
}

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) : db_(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
        throw StoreError(sqliteErrorMessage(db));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(stmt_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

void SqliteStatement::bind(int i, const QString& v)
{
    if (v.isNull()) {
        sqlite3_bind_null(stmt_, i);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(stmt_, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int i, const QByteArray& v)
{
    if (v.isNull())
        sqlite3_bind_null(stmt_, i);
    else
        sqlite3_bind_text(stmt_, i, v.constData(), int(v.size()), SQLITE_STATIC);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const QString message = sqliteErrorMessage(db_);
    sqlite3_reset(stmt_);
    throw StoreError(message);
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

QString SqliteStatement::text(int c) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    if (!p) return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, c));
}

void sqliteExec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = sqliteErrorMessage(db, message);
        sqlite3_free(message);
        throw StoreError(text);
    }
}
