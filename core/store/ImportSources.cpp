#include "store/ImportSources.h"

#include "store/ArabicFolding.h"
#include "store/AttributeCodec.h"
#include "store/EventStatistics.h"
#include "store/EventStore.h"
#include "store/ImportRecordRow.h"
#include "store/PgEventStore.h"
#include "store/PgSourceRows.h"
#include "store/ScanCache.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"
#include "store/StoreLists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>

namespace {

constexpr const char* kRecordColumns =
    "i.id, i.path, i.file_name, i.format, i.size, i.sha256, i.imported_at, i.options, i.events, "
    "i.annotations, i.rejected, i.warnings, "
    "(SELECT count(*) FROM events WHERE import_id=i.id), "
    "(SELECT count(*) FROM annotations WHERE import_id=i.id) FROM imports i ";

ImportRecord readRecord(const SqliteStatement& s)
{
    return importRecordFromRow([&](int i) { return s.text(i); }, [&](int i) { return s.int64(i); });
}

void exec(sqlite3* db, const QByteArray& sql)
{
    sqliteExec(db, sql.constData());
}

// The full-text index keeps no text (content=''): a row is deleted by handing it the values
// it was given again. They are rebuilt here exactly as StoreWriter::addEvent made them (and
// as ProjectSchema::rebuildTextIndex does): the actors joined by spaces, the place as the
// location's names or the event's own place text, Arabic folded (ArabicFolding).
void writeText(sqlite3* db, qint64 source, bool remove)
{
    SqliteStatement rows(db, "SELECT e.id, e.title, e.description, e.actors, e.place, "
                             "e.location_id, l.name, l.alt_names, e.attributes FROM events e "
                             "LEFT JOIN locations l ON l.id = e.location_id WHERE e.import_id=?");
    SqliteStatement text(db, remove ? "INSERT INTO event_text(event_text, rowid, title, "
                                      "description, actors, place) VALUES('delete',?,?,?,?,?)"
                                    : "INSERT INTO event_text(rowid, title, description, actors, "
                                      "place) VALUES(?,?,?,?,?)");
    rows.bind(1, source);
    while (rows.step()) {
        QString place = rows.text(4);
        if (!rows.isNull(5)) {
            const QStringList alt = StoreLists::split(rows.text(7));
            place = alt.isEmpty() ? rows.text(6)
                                  : rows.text(6) + QLatin1Char(' ') + alt.join(QLatin1Char(' '));
        }
        text.bind(1, rows.int64(0));
        text.bind(2, ArabicFolding::fold(rows.text(1)));
        // With attributes, the writer indexed the description and their values as one text.
        QString description = rows.text(2);
        if (!rows.isNull(8)) {
            const EventAttributes attributes = AttributeCodec::decode(rows.text(8).toUtf8());
            if (!attributes.isEmpty())
                description +=
                    QLatin1Char('\n') + QString::fromUtf8(AttributeCodec::searchText(attributes));
        }
        text.bind(3, ArabicFolding::fold(description));
        text.bind(4, ArabicFolding::fold(StoreLists::split(rows.text(3)).join(QLatin1Char(' '))));
        text.bind(5, ArabicFolding::fold(place));
        text.run();
    }
}

// A tree emptied by deletions keeps its inner nodes; the bulk loader of the next import
// wants a fresh one (StoreWriter::commit), so an empty tree is reset to its initial root.
void resetEmptyTree(sqlite3* db)
{
    SqliteStatement empty(db, "SELECT NOT EXISTS(SELECT 1 FROM event_positions_rowid), "
                              "(SELECT length(data) FROM event_positions_node WHERE nodeno=1)");
    if (!empty.step() || empty.int64(0) == 0 || empty.isNull(1)) return;
    const QByteArray size = QByteArray::number(empty.int64(1));
    empty.reset();
    exec(db, "DELETE FROM event_positions_parent; DELETE FROM event_positions_node; "
             "INSERT INTO event_positions_node(nodeno, data) VALUES(1, zeroblob(" +
                 size + "))");
}

QByteArray tempTable(int slot, const char* name)
{
    return "temp.removed" + QByteArray::number(slot) + "_" + name;
}

constexpr const char* kTempTables[] = {"imports", "events",    "citations", "annotations",
                                       "links",   "locations", "categories"};

std::optional<PgSourceRows> serverRows(const EventStore& store)
{
    const PgEventStore* pg = store.server();
    if (!pg) return std::nullopt;
    return PgSourceRows(pg->connection(), pg->projectId(), pg->path());
}

QString readOnlyMessage(const EventStore& store)
{
    return store.server()
               ? QStringLiteral("%1 is read-only for you: your role on the server may "
                                "only read this project; nothing was changed")
                     .arg(store.path())
               : QStringLiteral("%1: is open read-only; nothing was changed").arg(store.path());
}

// A write transaction of its own, translated into sentences when SQLite refuses.
template <typename F> void inTransaction(const EventStore& store, F&& body)
{
    sqlite3* db = sqliteHandle(store, "the list of sources");
    if (store.isReadOnly()) throw StoreError(readOnlyMessage(store));
    if (!sqlite3_get_autocommit(db))
        throw StoreError(QStringLiteral("another change is in progress"));
    try {
        sqliteExec(db, "BEGIN IMMEDIATE");
    } catch (const StoreError& e) {
        const int code = sqlite3_errcode(db) & 0xff; // the primary code
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw StoreError(QStringLiteral("another program is changing the project; "
                                            "nothing was changed, try again later"),
                             {store.path()});
        throw StoreError(e.reason(), {store.path()});
    }
    try {
        body();
        sqliteExec(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace

bool ImportSources::available() const
{
    if (store_.server()) return true;
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "SELECT 1 FROM sqlite_master WHERE type='table' AND name='imports'");
    return s.step();
}

std::vector<ImportRecord> ImportSources::list() const
{
    if (auto rows = serverRows(store_)) return rows->list();
    std::vector<ImportRecord> out;
    if (!available()) return out;
    sqlite3* db = sqliteHandle(store_, "the list of sources");
    // The per-source counts scan every event's import_id once: not worth keeping resident.
    const ScanCache scan(db);
    SqliteStatement s(db, (QByteArray("SELECT ") + kRecordColumns + "ORDER BY i.id").constData());
    while (s.step())
        out.push_back(readRecord(s));
    return out;
}

std::optional<ImportRecord> ImportSources::get(qint64 id) const
{
    if (auto rows = serverRows(store_)) return rows->get(id);
    if (!available()) return std::nullopt;
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      (QByteArray("SELECT ") + kRecordColumns + "WHERE i.id=?").constData());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readRecord(s);
}

std::vector<ImportRecord> ImportSources::withHash(const QString& sha256) const
{
    if (auto rows = serverRows(store_)) return rows->withHash(sha256);
    std::vector<ImportRecord> out;
    if (!available()) return out;
    SqliteStatement s(
        sqliteHandle(store_, "the list of sources"),
        (QByteArray("SELECT ") + kRecordColumns + "WHERE i.sha256=? ORDER BY i.id DESC")
            .constData());
    s.bind(1, sha256);
    while (s.step())
        out.push_back(readRecord(s));
    return out;
}

bool ImportSources::anyOfSize(qint64 size) const
{
    if (serverRows(store_)) return true;
    if (!available()) return false;
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "SELECT EXISTS(SELECT 1 FROM imports WHERE size=?)");
    s.bind(1, size);
    return s.step() && s.int64(0) != 0;
}

qint64 ImportSources::eventsWithoutSource() const
{
    if (auto rows = serverRows(store_)) return rows->eventsWithoutSource();
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      available() ? "SELECT count(*) FROM events WHERE import_id IS NULL"
                                  : "SELECT count(*) FROM events");
    return s.step() ? s.int64(0) : 0;
}

std::vector<qint64> ImportSources::eventIds(qint64 id) const
{
    if (auto rows = serverRows(store_)) return rows->eventIds(id);
    return idsOf("SELECT id FROM events WHERE import_id=? ORDER BY id", id);
}

std::vector<qint64> ImportSources::annotationIds(qint64 id) const
{
    if (auto rows = serverRows(store_)) return rows->annotationIds(id);
    return idsOf("SELECT id FROM annotations WHERE import_id=? ORDER BY id", id);
}

std::vector<qint64> ImportSources::idsOf(const char* select, qint64 id) const
{
    std::vector<qint64> out;
    if (!available()) return out;
    SqliteStatement s(sqliteHandle(store_, "the list of sources"), select);
    s.bind(1, id);
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

ImportSources::Extent ImportSources::extent(qint64 id) const
{
    if (auto rows = serverRows(store_)) return rows->extent(id);
    Extent out;
    if (!available()) return out;
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "SELECT min(lon), min(lat), max(lon), max(lat), min(span_lo), max(span_hi) "
                      "FROM events WHERE import_id=?");
    s.bind(1, id);
    if (!s.step()) return out;
    if (!s.isNull(0)) out.box = GeoBox{s.real(0), s.real(1), s.real(2), s.real(3)};
    if (!s.isNull(4)) out.window = TimeWindow{s.int64(4), s.int64(5)};
    return out;
}

qint64 ImportSources::record(const ImportRecord& r)
{
    if (auto rows = serverRows(store_)) return rows->record(r);
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "INSERT INTO imports(path, file_name, format, size, sha256, imported_at, "
                      "options, events, annotations, rejected, warnings) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.path);
    s.bind(2, r.fileName);
    s.bind(3, r.format.isNull() ? QStringLiteral("") : r.format);
    s.bind(4, r.size);
    s.bind(5, r.sha256);
    s.bind(6, r.importedAt);
    s.bind(7, importOptionsText(r.options));
    s.bind(8, r.events);
    s.bind(9, r.annotations);
    s.bind(10, r.rejected);
    s.bind(11, importWarningsText(r.warnings));
    s.run();
    return sqlite3_last_insert_rowid(sqliteHandle(store_, "the list of sources"));
}

void ImportSources::updateCounts(const ImportRecord& r)
{
    if (auto rows = serverRows(store_)) return rows->updateCounts(r);
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "UPDATE imports SET format=?, events=?, annotations=?, "
                      "rejected=?, warnings=?, sha256=? WHERE id=?");
    s.bind(1, r.format.isNull() ? QStringLiteral("") : r.format);
    s.bind(2, r.events);
    s.bind(3, r.annotations);
    s.bind(4, r.rejected);
    s.bind(5, importWarningsText(r.warnings));
    s.bind(6, r.sha256.isNull() ? QStringLiteral("") : r.sha256);
    s.bind(7, r.id);
    s.run();
}

void ImportSources::tagAnnotation(qint64 annotationId, qint64 sourceId)
{
    if (auto rows = serverRows(store_)) return rows->tagAnnotation(annotationId, sourceId);
    SqliteStatement s(sqliteHandle(store_, "the list of sources"),
                      "UPDATE annotations SET import_id=? WHERE id=?");
    s.bind(1, sourceId);
    s.bind(2, annotationId);
    s.run();
}

ImportSources::Counts ImportSources::deleteRows(qint64 id, int slot)
{
    sqlite3* db = sqliteHandle(store_, "the list of sources");
    const QByteArray sid = QByteArray::number(id);
    const QByteArray ofSource = "SELECT id FROM events WHERE import_id=" + sid;
    // Locations and categories the source created, once its rows are gone, when nothing
    // else refers to them.
    const QByteArray unusedLocations =
        "FROM locations WHERE import_id=" + sid +
        " AND id NOT IN (SELECT location_id FROM events WHERE location_id IS NOT NULL)"
        " AND id NOT IN (SELECT location_id FROM annotations WHERE location_id IS NOT NULL)";
    const QByteArray unusedCategories =
        "FROM categories WHERE import_id=" + sid +
        " AND id NOT IN (SELECT category_id FROM events WHERE category_id IS NOT NULL)";
    if (slot > 0) {
        const auto keep = [&](const char* name, const QByteArray& select) {
            exec(db, "CREATE TABLE " + tempTable(slot, name) + " AS " + select);
        };
        keep("imports", "SELECT * FROM imports WHERE id=" + sid);
        keep("events", "SELECT * FROM events WHERE import_id=" + sid);
        keep("citations", "SELECT * FROM sources WHERE event_id IN (" + ofSource + ")");
        keep("annotations", "SELECT * FROM annotations WHERE import_id=" + sid);
        // Other annotations pinned to these events lose the link (ON DELETE SET NULL).
        keep("links", "SELECT id, event_id FROM annotations WHERE import_id IS NOT " + sid +
                          " AND event_id IN (" + ofSource + ")");
    }
    writeText(db, id, true);
    exec(db, "DELETE FROM event_positions WHERE id IN (" + ofSource + ")");
    Counts counts;
    exec(db, "DELETE FROM annotations WHERE import_id=" + sid);
    counts.annotations = sqlite3_changes(db);
    exec(db, "DELETE FROM events WHERE import_id=" + sid); // citations go by cascade
    counts.events = sqlite3_changes(db);
    if (slot > 0) {
        exec(db,
             "CREATE TABLE " + tempTable(slot, "locations") + " AS SELECT * " + unusedLocations);
        exec(db,
             "CREATE TABLE " + tempTable(slot, "categories") + " AS SELECT * " + unusedCategories);
    }
    exec(db, "DELETE " + unusedLocations);
    exec(db, "DELETE " + unusedCategories);
    exec(db, "DELETE FROM imports WHERE id=" + sid);
    resetEmptyTree(db);
    return counts;
}

ImportSources::Removed ImportSources::remove(qint64 id)
{
    const std::optional<ImportRecord> record = get(id);
    if (!record)
        throw StoreError(
            QStringLiteral("%1: there is no source %2 in this project").arg(store_.path()).arg(id));
    static std::atomic<int> nextSlot = 1;
    if (auto rows = serverRows(store_)) {
        if (store_.isReadOnly()) throw StoreError(readOnlyMessage(store_));
        return rows->remove(id, nextSlot++);
    }
    Removed removed;
    removed.source = id;
    removed.slot = nextSlot++;
    removed.fileName = record->fileName;
    inTransaction(store_, [&] {
        const Counts counts = deleteRows(id, removed.slot);
        removed.events = counts.events;
        removed.annotations = counts.annotations;
    });
    return removed;
}

void ImportSources::removeWithin(qint64 id)
{
    if (auto rows = serverRows(store_)) return rows->removeWithin(id);
    deleteRows(id, 0);
}

void ImportSources::restore(const Removed& removed)
{
    if (auto rows = serverRows(store_)) return rows->restore(removed);
    sqlite3* db = sqliteHandle(store_, "the list of sources");
    const auto table = [&](const char* name) { return tempTable(removed.slot, name); };
    {
        SqliteStatement kept(db, "SELECT 1 FROM temp.sqlite_master WHERE name=?");
        kept.bind(1, QString::fromLatin1(table("events").mid(5)));
        if (!kept.step())
            throw StoreError(QStringLiteral("the removed source %1 can no longer be put back")
                                 .arg(removed.source));
    }
    inTransaction(store_, [&] {
        SqliteStatement taken(
            db, "SELECT EXISTS(SELECT 1 FROM events WHERE id IN (SELECT id FROM " +
                    table("events") +
                    ")) OR EXISTS(SELECT 1 FROM annotations WHERE id IN "
                    "(SELECT id FROM " +
                    table("annotations") +
                    ")) OR EXISTS(SELECT 1 FROM locations WHERE id IN (SELECT id FROM " +
                    table("locations") +
                    ")) OR EXISTS(SELECT 1 FROM categories WHERE id IN (SELECT id FROM " +
                    table("categories") + ") OR name IN (SELECT name FROM " + table("categories") +
                    "))");
        if (taken.step() && taken.int64(0) != 0)
            throw StoreError(QStringLiteral("the project changed since source %1 was removed, so "
                                            "it cannot be put back; import the file again")
                                 .arg(removed.source));
        taken.reset();
        exec(db, "INSERT INTO imports SELECT * FROM " + table("imports"));
        exec(db, "INSERT INTO categories SELECT * FROM " + table("categories"));
        exec(db, "INSERT INTO locations SELECT * FROM " + table("locations"));
        exec(db, "INSERT INTO events SELECT * FROM " + table("events"));
        exec(db, "INSERT INTO sources SELECT * FROM " + table("citations"));
        exec(db, "INSERT INTO annotations SELECT * FROM " + table("annotations"));
        exec(db, "UPDATE annotations SET event_id=(SELECT event_id FROM " + table("links") +
                     " k WHERE k.id=annotations.id) WHERE id IN (SELECT id FROM " + table("links") +
                     ")");
        writeText(db, removed.source, false);
        exec(db, "INSERT INTO event_positions SELECT id, lon, lon, lat, lat FROM events "
                 "WHERE import_id=" +
                     QByteArray::number(removed.source) + " AND lat IS NOT NULL");
        for (const char* name : kTempTables)
            exec(db, "DROP TABLE " + table(name));
        // Inserted below the highest id, the rows would pass the kept statistics' check.
        if (EventStatistics::isKept(db)) exec(db, "UPDATE event_stats SET stale=1 WHERE stale=0");
    });
}
