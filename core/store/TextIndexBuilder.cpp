#include "store/TextIndexBuilder.h"

#include "store/StoreError.h"

#include <sqlite3.h>

namespace {

bool anotherStatementBusy(sqlite3* db)
{
    for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
        if (sqlite3_stmt_busy(s)) return true;
    return false;
}

// Replaces the rows of one shadow table with the other database's, column for column.
void copyTable(sqlite3* from, sqlite3* to, const QByteArray& table)
{
    const QByteArray quoted = '"' + table + '"'; // a name SQLite made: event_text_…
    sqliteExec(to, ("DELETE FROM " + quoted).constData());
    SqliteStatement read(from, ("SELECT * FROM " + quoted).constData());
    const int columns = sqlite3_column_count(read.get());
    QByteArray marks;
    for (int c = 0; c < columns; ++c)
        marks += c ? ",?" : "?";
    SqliteStatement write(to, ("INSERT INTO " + quoted + " VALUES(" + marks + ")").constData());
    while (read.step()) {
        for (int c = 0; c < columns; ++c)
            sqlite3_bind_value(write.get(), c + 1, sqlite3_column_value(read.get(), c));
        write.run();
    }
}

} // namespace

TextIndexBuilder::TextIndexBuilder(sqlite3* project) : project_(project)
{
    {
        SqliteStatement s(project, "SELECT sql FROM sqlite_master WHERE name='event_text'");
        if (!s.step()) throw StoreError(QStringLiteral("the project has no text index"));
        definition_ = s.text(0).toUtf8();
    }
    // An empty name: a temporary database on disk, deleted when closed. It is used by one
    // thread at a time (the queue orders the hand-overs), so it needs no mutex.
    if (sqlite3_open_v2("", &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const QString message = sqliteErrorMessage(db_);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(message);
    }
    try {
        sqliteExec(db_, "PRAGMA journal_mode=OFF");
        sqliteExec(db_, "PRAGMA synchronous=OFF");
        sqliteExec(db_, definition_.constData());
        sqliteExec(db_, "BEGIN");
        insert_ =
            SqliteStatement(db_, "INSERT INTO event_text(rowid, title, description, actors, place) "
                                 "VALUES(?,?,?,?,?)");
    } catch (...) {
        insert_ = SqliteStatement();
        sqlite3_close(db_);
        throw;
    }
    queue_ = std::make_unique<WriteQueue>(true);
}

TextIndexBuilder::~TextIndexBuilder()
{
    queue_.reset(); // its tasks use the statement
    insert_ = SqliteStatement();
    sqlite3_close(db_);
}

void TextIndexBuilder::post(std::function<void()> task)
{
    queue_->post(std::move(task));
    queue_->send(); // one task is a batch of rows already
}

void TextIndexBuilder::insert(qint64 id, const std::array<QByteArray, 4>& text)
{
    insert_.bind(1, id);
    for (int i = 0; i < 4; ++i)
        insert_.bindUtf8(i + 2, text[std::size_t(i)]);
    insert_.run();
}

bool TextIndexBuilder::copyInto()
{
    queue_->drain();
    // FTS5 holds the latest rows in memory until the transaction commits.
    sqliteExec(db_, "COMMIT");
    // The table is made again rather than its shadow tables written under it: FTS5 keeps
    // the index's structure in memory per connection, and only a new table forgets it.
    // Nothing else may run on the connection meanwhile.
    sqlite3_mutex* mutex = sqlite3_db_mutex(project_);
    sqlite3_mutex_enter(mutex);
    struct Leave {
        sqlite3_mutex* m;
        ~Leave() { sqlite3_mutex_leave(m); }
    } leave{mutex};
    if (anotherStatementBusy(project_)) return false;
    sqliteExec(project_, "DROP TABLE event_text");
    sqliteExec(project_, definition_.constData());
    SqliteStatement shadows(db_, "SELECT name FROM sqlite_master WHERE type='table' AND "
                                 "name LIKE 'event\\_text\\_%' ESCAPE '\\'");
    while (shadows.step())
        copyTable(db_, project_, shadows.text(0).toUtf8());
    return true;
}
