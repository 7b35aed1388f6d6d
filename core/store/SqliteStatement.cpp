#include "store/SqliteStatement.h"

#include "store/StoreError.h"

#include <utility>

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) : db_(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
        throw StoreError(
            QStringLiteral("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
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
    const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
    sqlite3_reset(stmt_);
    throw StoreError(QStringLiteral("database error: %1").arg(message));
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
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        throw StoreError(QStringLiteral("database error: %1").arg(text));
    }
}
