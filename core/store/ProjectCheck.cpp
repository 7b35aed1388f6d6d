#include "store/ProjectCheck.h"

#include "store/EventStore.h"
#include "store/ProjectFileState.h"
#include "store/ProjectSchema.h"
#include "store/SqliteConnection.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <sqlite3.h>

namespace {

// At most this many lines of a check's output are kept: a badly damaged file lists thousands.
constexpr int kMaxProblems = 20;

QStringList tableNames(sqlite3* db)
{
    // Ordinary tables only: virtual tables (R*Tree, FTS5) and their shadow tables are rebuilt.
    QStringList names;
    SqliteStatement s(db, "SELECT name FROM pragma_table_list WHERE schema='main' AND "
                          "type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (s.step())
        names << s.text(0);
    return names;
}

QStringList columnNames(sqlite3* db, const QString& table)
{
    QStringList names;
    SqliteStatement s(db, "SELECT name FROM pragma_table_info(?)");
    s.bind(1, table);
    while (s.step())
        names << s.text(0);
    return names;
}

// A rowid table whose INTEGER PRIMARY KEY column is the rowid itself.
bool rowidIsAColumn(sqlite3* db, const QString& table)
{
    SqliteStatement s(db, "SELECT count(*), max(upper(type)='INTEGER') FROM pragma_table_info(?) "
                          "WHERE pk > 0");
    s.bind(1, table);
    return s.step() && s.int64(0) == 1 && s.int64(1) == 1;
}

bool hasRowid(sqlite3* db, const QString& table)
{
    SqliteStatement s(db, "SELECT wr FROM pragma_table_list WHERE schema='main' AND name=?");
    s.bind(1, table);
    return s.step() && s.int64(0) == 0;
}

QByteArray quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (QLatin1Char('"') + q + QLatin1Char('"')).toUtf8();
}

// Copies the rows of `table` it can read, in rowid order. A read that fails on a damaged
// page resumes past it, further each time, so one bad page costs the rows on it, not the rest.
qint64 copyTable(sqlite3* from, sqlite3* to, const QString& table, QStringList& losses)
{
    const QStringList target = columnNames(to, table);
    QStringList columns;
    for (const QString& c : columnNames(from, table))
        if (target.contains(c)) columns << c;
    if (columns.isEmpty()) return 0;
    QByteArray list;
    for (const QString& c : columns)
        list += (list.isEmpty() ? "" : ",") + quoted(c);
    QByteArray marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks += i ? ",?" : "?";
    const bool rowid = hasRowid(from, table);
    const QByteArray select = "SELECT " + (rowid ? QByteArray("rowid,") : QByteArray()) + list +
                              " FROM " + quoted(table) +
                              (rowid ? " WHERE rowid > ? ORDER BY rowid" : "");
    // The rowid is read to resume after a bad page, and written only when no column holds it.
    const bool keepRowid = rowid && !rowidIsAColumn(from, table);
    const QByteArray insert = "INSERT OR IGNORE INTO " + quoted(table) + "(" +
                              (keepRowid ? QByteArray("rowid,") : QByteArray()) + list +
                              ") VALUES(" + (keepRowid ? QByteArray("?,") : QByteArray()) + marks +
                              ")";
    SqliteStatement put(to, insert.constData());
    const int width = int(columns.size()) + (keepRowid ? 1 : 0);
    const int first = rowid && !keepRowid ? 1 : 0; // the rowid read only for resuming
    qint64 copied = 0, after = std::numeric_limits<qint64>::min(), skip = 1;
    for (int attempt = 0; attempt < 64; ++attempt) {
        sqlite3_stmt* get = nullptr;
        if (sqlite3_prepare_v2(from, select.constData(), -1, &get, nullptr) != SQLITE_OK) {
            losses << QStringLiteral("%1: could not be read (%2)")
                          .arg(table, QString::fromUtf8(sqlite3_errmsg(from)));
            return copied;
        }
        if (rowid) sqlite3_bind_int64(get, 1, after);
        int rc;
        while ((rc = sqlite3_step(get)) == SQLITE_ROW) {
            for (int i = 0; i < width; ++i)
                sqlite3_bind_value(put.get(), i + 1, sqlite3_column_value(get, first + i));
            if (rowid) after = sqlite3_column_int64(get, 0);
            put.run();
            ++copied;
        }
        const QString error = QString::fromUtf8(sqlite3_errmsg(from));
        sqlite3_finalize(get);
        if (rc == SQLITE_DONE) return copied;
        if (!rowid) {
            losses << QStringLiteral("%1: rows after the %2th could not be read (%3)")
                          .arg(table)
                          .arg(copied)
                          .arg(error);
            return copied;
        }
        losses << QStringLiteral("%1: rows after rowid %2 could not be read (%3)")
                      .arg(table)
                      .arg(after)
                      .arg(error);
        if (after > std::numeric_limits<qint64>::max() - skip) return copied;
        after += skip;
        skip *= 4;
    }
    return copied;
}

} // namespace

namespace ProjectCheck {

QStringList problems(sqlite3* db, Depth depth)
{
    QStringList out;
    try {
        SqliteStatement s(db, depth == Depth::Quick ? "PRAGMA quick_check(20)"
                                                    : "PRAGMA integrity_check(20)");
        while (s.step() && out.size() < kMaxProblems) {
            // A row may hold several lines, and a heading naming the schema ("*** in database
            // main ***"): one problem a line, headings dropped.
            for (const QString& line : s.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")) &&
                    out.size() < kMaxProblems)
                    out << line.trimmed();
        }
    } catch (const StoreError& e) {
        out << e.message();
    }
    return out;
}

QString damagedMessage(const QString& path, const QString& what)
{
    return QStringLiteral("is damaged (%1); nothing was changed. `tigris check --repair %2 "
                          "NEW.tigris` copies what is readable into a new project")
        .arg(what, path);
}

void requireIntact(sqlite3* db, const QString& path, Depth depth)
{
    const QStringList found = problems(db, depth);
    if (!found.isEmpty())
        throw StoreError(
            damagedMessage(path, found.mid(0, 2).join(QStringLiteral("; ")) +
                                     (found.size() > 2 ? QStringLiteral("; …") : QString())),
            {path});
}

Report check(const QString& path)
{
    // The same way in as EventStore::open: a file SQLite must recover is recovered first.
    if (!QFileInfo(path).isFile()) throw StoreError(QStringLiteral("no such file"), {path});
    const bool canWrite = ProjectFileState::readOnlyReason(path).isEmpty();
    sqlite3* db = SqliteConnection::open(path, false, !canWrite);
    auto close = qScopeGuard([&db] { sqlite3_close_v2(db); });
    Report report;
    SqliteStatement id(db, "SELECT * FROM pragma_application_id");
    int rc = sqlite3_step(id.get());
    if (rc != SQLITE_ROW && SqliteConnection::needsRecovery(sqlite3_extended_errcode(db))) {
        if (!canWrite)
            throw StoreError(QStringLiteral("this project needs recovery; open it once with "
                                            "write access"),
                             {path});
        id = SqliteStatement();
        sqlite3_close_v2(db);
        db = nullptr;
        SqliteConnection::recover(path);
        db = SqliteConnection::open(path, false);
        id = SqliteStatement(db, "SELECT * FROM pragma_application_id");
        rc = sqlite3_step(id.get());
    }
    if (rc == SQLITE_ROW)
        report.isProject = sqlite3_column_int(id.get(), 0) == ProjectSchema::kApplicationId;
    id = SqliteStatement();
    report.problems = problems(db, Depth::Full);
    return report;
}

Repair repair(const QString& damaged, const QString& out)
{
    const bool canWrite = ProjectFileState::readOnlyReason(damaged).isEmpty();
    sqlite3* from = SqliteConnection::open(damaged, false, !canWrite);
    const auto closeFrom = qScopeGuard([from] { sqlite3_close_v2(from); });
    {
        SqliteStatement id(from, "SELECT * FROM pragma_application_id, pragma_user_version");
        if (id.step() && id.int64(0) != ProjectSchema::kApplicationId)
            throw StoreError(QStringLiteral("is not a Tigris project"), {damaged});
        if (id.int64(1) > ProjectSchema::kCurrentVersion)
            throw StoreError(
                QStringLiteral("was written by a newer Tigris (schema %1)").arg(id.int64(1)),
                {damaged});
    }
    Repair result;
    auto store = SqliteEventStore::create(out);
    sqlite3* to = store->handle();
    sqliteExec(to, "PRAGMA foreign_keys=OFF");
    sqliteExec(to, "BEGIN");
    try {
        const QStringList target = tableNames(to);
        for (const QString& table : tableNames(from))
            if (target.contains(table))
                result.rowsCopied += copyTable(from, to, table, result.losses);
        // References to rows that were lost are dropped, not left dangling.
        sqliteExec(to, "DELETE FROM sources WHERE event_id NOT IN (SELECT id FROM events);"
                       "UPDATE events SET category_id=NULL WHERE category_id IS NOT NULL AND "
                       "category_id NOT IN (SELECT id FROM categories);"
                       "UPDATE events SET location_id=NULL WHERE location_id IS NOT NULL AND "
                       "location_id NOT IN (SELECT id FROM locations);"
                       "UPDATE annotations SET event_id=NULL WHERE event_id IS NOT NULL AND "
                       "event_id NOT IN (SELECT id FROM events);"
                       "UPDATE annotations SET location_id=NULL WHERE location_id IS NOT NULL "
                       "AND location_id NOT IN (SELECT id FROM locations);"
                       "INSERT INTO event_positions SELECT id, lon, lon, lat, lat FROM events "
                       "WHERE lat IS NOT NULL AND lon IS NOT NULL;");
        ProjectSchema::rebuildTextIndex(to);
        sqliteExec(to, "COMMIT");
    } catch (...) {
        sqlite3_exec(to, "ROLLBACK", nullptr, nullptr, nullptr);
        store.reset();
        QFile::remove(out);
        throw;
    }
    sqliteExec(to, "PRAGMA foreign_keys=ON");
    result.problemsAfter = problems(to, Depth::Full);
    return result;
}

} // namespace ProjectCheck
