#include "store/PgSourceRows.h"

#include "store/ImportRecordRow.h"
#include "store/PgChanges.h"
#include "store/PgConnection.h"

namespace {

constexpr const char* kRecordColumns =
    "SELECT i.id, i.path, i.file_name, i.format, i.size, i.sha256, i.imported_at, i.options, "
    "i.events, i.annotations, i.rejected, i.warnings, "
    "(SELECT count(*) FROM events e WHERE e.project_id = i.project_id AND e.import_id = i.id), "
    "(SELECT count(*) FROM annotations a WHERE a.project_id = i.project_id "
    "   AND a.import_id = i.id) "
    "FROM imports i WHERE i.project_id = $1 ";

constexpr const char* kDoing = "reading the list of sources";

QByteArray tempTable(int slot, const char* name)
{
    return "tigris_removed" + QByteArray::number(slot) + "_" + name;
}

} // namespace

std::vector<ImportRecord> PgSourceRows::records(const QByteArray& where, const QString& value) const
{
    PgParams p;
    p.integer(projectId_);
    if (!value.isNull()) p.text(value);
    const PgResult r = connection_.exec(kRecordColumns + where, p, kDoing);
    std::vector<ImportRecord> out;
    for (int row = 0; row < r.rows(); ++row)
        out.push_back(importRecordFromRow([&](int i) { return r.text(row, i); },
                                          [&](int i) { return r.int64(row, i); }));
    return out;
}

std::vector<ImportRecord> PgSourceRows::list() const
{
    return records("ORDER BY i.id", QString());
}

std::optional<ImportRecord> PgSourceRows::get(qint64 id) const
{
    auto found = records("AND i.id = $2::bigint", QString::number(id));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<ImportRecord> PgSourceRows::withHash(const QString& sha256) const
{
    return records("AND i.sha256 = $2 ORDER BY i.id DESC", sha256);
}

qint64 PgSourceRows::eventsWithoutSource() const
{
    return connection_
        .exec("SELECT count(*) FROM events WHERE project_id = $1 AND import_id IS NULL",
              PgParams().integer(projectId_), kDoing)
        .int64(0, 0);
}

std::vector<qint64> PgSourceRows::ids(const char* table, qint64 id) const
{
    const PgResult r = connection_.exec(QByteArray("SELECT id FROM ") + table +
                                            " WHERE project_id = $1 AND import_id = $2 "
                                            "ORDER BY id",
                                        PgParams().integer(projectId_).integer(id), kDoing);
    std::vector<qint64> out;
    out.reserve(std::size_t(r.rows()));
    for (int row = 0; row < r.rows(); ++row)
        out.push_back(r.int64(row, 0));
    return out;
}

std::vector<qint64> PgSourceRows::eventIds(qint64 id) const
{
    return ids("events", id);
}

std::vector<qint64> PgSourceRows::annotationIds(qint64 id) const
{
    return ids("annotations", id);
}

ImportSources::Extent PgSourceRows::extent(qint64 id) const
{
    ImportSources::Extent out;
    const PgResult r = connection_.exec(
        "SELECT min(lon), min(lat), max(lon), max(lat), min(span_lo), max(span_hi) "
        "FROM events WHERE project_id = $1 AND import_id = $2",
        PgParams().integer(projectId_).integer(id), kDoing);
    if (r.rows() == 0) return out;
    if (!r.isNull(0, 0)) out.box = GeoBox{r.real(0, 0), r.real(0, 1), r.real(0, 2), r.real(0, 3)};
    if (!r.isNull(0, 4)) out.window = TimeWindow{r.int64(0, 4), r.int64(0, 5)};
    return out;
}

qint64 PgSourceRows::record(const ImportRecord& r)
{
    // No revision yet: taking one locks the project's row to the commit, and an import would
    // hold it throughout. updateCounts, at the end of the import, takes it.
    PgWriteScope scope(connection_);
    const PgResult id = connection_.exec(
        "INSERT INTO imports(project_id, path, file_name, format, size, sha256, imported_at, "
        "options, events, annotations, rejected, warnings) "
        "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        PgParams()
            .integer(projectId_)
            .text(r.path)
            .text(r.fileName)
            .text(r.format.isNull() ? QStringLiteral("") : r.format)
            .integer(r.size)
            .text(r.sha256)
            .integer(r.importedAt)
            .text(importOptionsText(r.options))
            .integer(r.events)
            .integer(r.annotations)
            .integer(r.rejected)
            .text(importWarningsText(r.warnings)),
        "recording the import");
    scope.commit();
    return id.int64(0, 0);
}

void PgSourceRows::updateCounts(const ImportRecord& r)
{
    PgWriteScope scope(connection_);
    const qint64 revision = PgChanges::stamp(connection_, projectId_);
    connection_.exec("UPDATE imports SET format = $3, events = $4, annotations = $5, "
                     "rejected = $6, warnings = $7, revision = $8, sha256 = $9 "
                     "WHERE project_id = $1 AND id = $2",
                     PgParams()
                         .integer(projectId_)
                         .integer(r.id)
                         .text(r.format.isNull() ? QStringLiteral("") : r.format)
                         .integer(r.events)
                         .integer(r.annotations)
                         .integer(r.rejected)
                         .text(importWarningsText(r.warnings))
                         .integer(revision)
                         .text(r.sha256.isNull() ? QStringLiteral("") : r.sha256),
                     "recording the import");
    scope.commit();
}

void PgSourceRows::tagAnnotation(qint64 annotationId, qint64 sourceId)
{
    PgWriteScope scope(connection_);
    connection_.exec("UPDATE annotations SET import_id = $3 WHERE project_id = $1 AND id = $2",
                     PgParams().integer(projectId_).integer(annotationId).integer(sourceId),
                     "recording the import");
    scope.commit();
}

PgSourceRows::Counts PgSourceRows::deleteRows(qint64 id, int slot, qint64 revision)
{
    const QByteArray p = QByteArray::number(projectId_), sid = QByteArray::number(id);
    const QByteArray mine = "project_id = " + p + " AND import_id = " + sid;
    const QByteArray ofSource = "SELECT id FROM events WHERE " + mine;
    const QByteArray unusedLocations =
        "FROM locations l WHERE l." + mine +
        " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = l.project_id"
        "   AND e.location_id = l.id)"
        " AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.project_id = l.project_id"
        "   AND a.location_id = l.id)";
    const QByteArray unusedCategories =
        "FROM categories c WHERE c." + mine +
        " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = c.project_id"
        "   AND e.category_id = c.id)";
    const auto exec = [&](const QByteArray& sql) {
        return connection_.exec(sql, "removing the source");
    };
    const auto keep = [&](const char* name, const QByteArray& select) {
        if (slot > 0) exec("CREATE TEMP TABLE " + tempTable(slot, name) + " AS " + select);
    };
    keep("imports", "SELECT * FROM imports WHERE project_id = " + p + " AND id = " + sid);
    keep("events", "SELECT * FROM events WHERE " + mine);
    keep("citations", "SELECT * FROM event_sources WHERE project_id = " + p + " AND event_id IN (" +
                          ofSource + ")");
    keep("annotations", "SELECT * FROM annotations WHERE " + mine);
    keep("links", "SELECT id, event_id FROM annotations WHERE project_id = " + p +
                      " AND import_id IS DISTINCT FROM " + sid + " AND event_id IN (" + ofSource +
                      ")");
    const QByteArray rev = QByteArray::number(revision);
    exec("INSERT INTO tombstones(project_id, kind, id, revision) SELECT project_id, 'event', id, " +
         rev + " FROM events WHERE " + mine);
    exec("INSERT INTO tombstones(project_id, kind, id, revision) SELECT project_id, "
         "'annotation', id, " +
         rev + " FROM annotations WHERE " + mine);
    exec("INSERT INTO tombstones(project_id, kind, id, revision) VALUES(" + p + ", 'import', " +
         sid + ", " + rev + ")");
    Counts counts;
    counts.annotations = exec("DELETE FROM annotations WHERE " + mine).affected();
    exec("UPDATE annotations SET event_id = NULL, version = version + 1, revision = " + rev +
         " WHERE project_id = " + p + " AND event_id IN (" + ofSource + ")");
    exec("DELETE FROM event_sources WHERE project_id = " + p + " AND event_id IN (" + ofSource +
         ")");
    counts.events = exec("DELETE FROM events WHERE " + mine).affected();
    keep("locations", "SELECT l.* " + unusedLocations);
    keep("categories", "SELECT c.* " + unusedCategories);
    exec("DELETE " + unusedLocations);
    exec("DELETE " + unusedCategories);
    exec("DELETE FROM imports WHERE project_id = " + p + " AND id = " + sid);
    exec("UPDATE event_stats SET stale = true WHERE project_id = " + p);
    return counts;
}

ImportSources::Removed PgSourceRows::remove(qint64 id, int slot)
{
    const std::optional<ImportRecord> record = get(id);
    if (!record)
        throw StoreError(
            QStringLiteral("%1: there is no source %2 in this project").arg(display_).arg(id));
    ImportSources::Removed removed;
    removed.source = id;
    removed.slot = slot;
    removed.fileName = record->fileName;
    PgTransaction transaction(connection_);
    const qint64 revision = PgChanges::stamp(connection_, projectId_);
    const Counts counts = deleteRows(id, slot, revision);
    removed.events = counts.events;
    removed.annotations = counts.annotations;
    transaction.commit();
    return removed;
}

void PgSourceRows::removeWithin(qint64 id)
{
    deleteRows(id, 0, PgChanges::stamp(connection_, projectId_));
}

void PgSourceRows::restore(const ImportSources::Removed& removed)
{
    const auto table = [&](const char* name) { return tempTable(removed.slot, name); };
    const PgResult kept =
        connection_.exec("SELECT to_regclass('pg_temp." + table("events") + "') IS NOT NULL",
                         "putting the source back");
    if (kept.text(0, 0) != QLatin1String("t"))
        throw StoreError(
            QStringLiteral("the removed source %1 can no longer be put back").arg(removed.source));
    PgTransaction transaction(connection_);
    const QByteArray rev = QByteArray::number(PgChanges::stamp(connection_, projectId_));
    const QByteArray p = QByteArray::number(projectId_);
    const auto exec = [&](const QByteArray& sql) {
        return connection_.exec(sql, "putting the source back");
    };
    const auto taken = [&](const char* target, const char* name) {
        return "EXISTS(SELECT 1 FROM " + QByteArray(target) + " t JOIN " + table(name) +
               " k ON k.project_id = t.project_id AND k.id = t.id)";
    };
    if (exec("SELECT " + taken("events", "events") + " OR " + taken("annotations", "annotations") +
             " OR " + taken("locations", "locations") + " OR " + taken("categories", "categories") +
             " OR EXISTS(SELECT 1 FROM categories t JOIN " + table("categories") +
             " k ON k.project_id = t.project_id AND k.name = t.name)")
            .text(0, 0) == QLatin1String("t"))
        throw StoreError(QStringLiteral("the project changed since source %1 was removed, so "
                                        "it cannot be put back; import the file again")
                             .arg(removed.source));
    for (const char* name : {"imports", "events", "annotations", "locations", "categories"})
        exec("UPDATE " + table(name) + " SET revision = " + rev);
    exec("INSERT INTO imports SELECT * FROM " + table("imports"));
    exec("INSERT INTO categories SELECT * FROM " + table("categories"));
    exec("INSERT INTO locations SELECT * FROM " + table("locations"));
    exec("INSERT INTO events SELECT * FROM " + table("events"));
    exec("INSERT INTO event_sources SELECT * FROM " + table("citations"));
    exec("INSERT INTO annotations SELECT * FROM " + table("annotations"));
    exec("UPDATE annotations a SET event_id = k.event_id, version = a.version + 1, revision = " +
         rev + " FROM " + table("links") + " k WHERE a.project_id = " + p +
         " AND a.id = k.id AND a.event_id IS NULL");
    exec("DELETE FROM tombstones WHERE project_id = " + p +
         " AND ((kind = 'import' AND id = " + QByteArray::number(removed.source) +
         ") OR (kind = 'event' AND id IN (SELECT id FROM " + table("events") +
         ")) OR (kind = 'annotation' AND id IN (SELECT id FROM " + table("annotations") + ")))");
    exec("UPDATE event_stats SET stale = true WHERE project_id = " + p);
    for (const char* name :
         {"imports", "events", "citations", "annotations", "links", "locations", "categories"})
        exec("DROP TABLE " + table(name));
    transaction.commit();
}
