#include "store/SqliteEventStore.h"

#include "store/AttributeCodec.h"
#include "store/EventFlags.h"
#include "store/EventRecordReader.h"
#include "store/EventStatistics.h"
#include "store/FtsQuery.h"
#include "store/ProjectCheck.h"
#include "store/ProjectColumns.h"
#include "store/ProjectFileState.h"
#include "store/ProjectSchema.h"
#include "store/ScanCache.h"
#include "store/SourceListCodec.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"
#include "store/StoreLists.h"
#include "store/StoreWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointF>
#include <QScopeGuard>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <sqlite3.h>

namespace {

// What the first 100 bytes say, for the cases SQLite does not explain on its own.
struct Header {
    quint32 appId = 0;   // bytes 68-71, for files SQLite must recover before it can read them
    bool short_ = false; // the file is smaller than its header's page count
};

// The checks that need no SQLite: a clear message for a missing file, a folder, an unreadable
// file or one that is not a database at all. Reads the first 100 bytes, writes nothing.
Header checkHeader(const QString& path)
{
    const QFileInfo fi(path);
    if (path.isEmpty()) throw StoreError(QStringLiteral("no project file given"));
    if (!fi.exists()) throw StoreError(QStringLiteral("no such file"), {path});
    if (fi.isDir()) throw StoreError(QStringLiteral("is a folder, not a project file"), {path});
    // Opening and closing the file would drop the POSIX locks this process's own connections
    // hold on it; a file open here is known to be a database.
    if (ProjectFileState::isOpenHere(path)) return {ProjectSchema::kApplicationId, false};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(QStringLiteral("cannot be read (%1)").arg(f.errorString()), {path});
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(QStringLiteral("not a Tigris project (not an SQLite "
                                        "database)"),
                         {path});
    const auto word = [&](int i) {
        const auto b = [&](int k) { return static_cast<quint32>(static_cast<uchar>(header[k])); };
        return (b(i) << 24) | (b(i + 1) << 16) | (b(i + 2) << 8) | b(i + 3);
    };
    quint32 pageSize = (word(16) >> 16);
    if (pageSize == 1) pageSize = 65536;
    // A short file is not refused: a log mid-checkpoint legitimately leaves one, and SQLite
    // recovers it. It only makes open run quick_check, which finds real truncation.
    Header h;
    h.appId = word(68);
    h.short_ = pageSize >= 512 && word(28) > 0 && word(24) == word(92) &&
               f.size() < qint64(pageSize) * word(28);
    return h;
}

StoreError newerSchema(const QString& path, int version)
{
    return StoreError(QStringLiteral("was written by a newer Tigris (schema %1); "
                                     "this version reads up to schema %2. "
                                     "Update Tigris to open it.")
                          .arg(version)
                          .arg(ProjectSchema::kCurrentVersion),
                      {path});
}

// The application id and schema version, read by a read-only connection: nothing is written
// to a file before it is known to be a Tigris project. `recovery` is set instead when SQLite
// must first roll back a journal or rebuild a log, which only a writable connection does.
struct Identity {
    int appId = 0;
    int version = 0;
    bool recovery = false;
};

Identity identify(const QString& path, bool immutable, quint32 headerAppId)
{
    Identity id;
    sqlite3* db = SqliteConnection::open(path, false, immutable);
    const auto close = qScopeGuard([db] { sqlite3_close_v2(db); });
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT * FROM pragma_application_id, pragma_user_version", -1,
                                &s, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        id.appId = sqlite3_column_int(s, 0);
        id.version = sqlite3_column_int(s, 1);
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_ROW) return id;
    const int code = sqlite3_extended_errcode(db);
    if (SqliteConnection::needsRecovery(code)) {
        // The header (not the journal or log) names the application; a new project whose
        // first transaction is still in its log reads 0 there.
        id.recovery = true;
        id.appId = headerAppId == 0 ? ProjectSchema::kApplicationId : int(headerAppId);
        return id;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if ((code & 0xff) == SQLITE_NOTADB)
        throw StoreError(QStringLiteral("not a Tigris project (not an SQLite "
                                        "database)"),
                         {path});
    if ((code & 0xff) == SQLITE_CORRUPT)
        throw StoreError(ProjectCheck::damagedMessage(path, message), {path});
    throw StoreError(QStringLiteral("cannot be read (%1)").arg(message), {path});
}

int pragmaInt(sqlite3* db, const char* pragma)
{
    SqliteStatement s(db, pragma);
    return s.step() ? int(s.int64(0)) : 0;
}

} // namespace

struct SqliteEventStore::Impl {
    sqlite3* db = nullptr;
    QString path;
    bool readOnly = false;
    QString readOnlyReason; // why the file cannot be written, when that is the cause
    bool writing = false;
    bool verified = false;         // quick_check passed since this connection opened
    bool columnsFromCache = false; // what the last loadColumns read
    std::optional<ProjectFileState::Registration> registration;

    ~Impl()
    {
        sourcesOf.reset(); // finalised before the connection closes
        sqlite3_close_v2(db);
    }

    void configure()
    {
        sqliteExec(db, "PRAGMA foreign_keys=ON");
        // Enough for a query's walk of the time index and the details of what is on screen;
        // full scans shrink it further (ScanCache). The window keeps its own columns, so a
        // larger cache would only hold pages it never reads again (issue 19: memory).
        sqliteExec(db, "PRAGMA cache_size=-16384");
    }

    // Writes the file's header: only once it is known to be an intact Tigris project.
    void enableWal()
    {
        if (readOnly) return;
        SqliteStatement wal(db, "PRAGMA journal_mode=WAL");
        wal.step();
        sqliteExec(db, "PRAGMA synchronous=NORMAL");
    }

    void requireWritable() const
    {
        if (readOnly && !readOnlyReason.isEmpty())
            throw StoreError(QStringLiteral("cannot be changed: %1; the change was "
                                            "not saved")
                                 .arg(readOnlyReason),
                             {path});
        if (readOnly)
            throw StoreError(QStringLiteral("is open read-only; the change was not "
                                            "saved"),
                             {path});
    }

    Event readEvent(const SqliteStatement& s) const;
    QByteArray eventColumns() const;
    int schemaVersion = ProjectSchema::kCurrentVersion; // as opened (read-only: maybe older)
    // Scans the events and stores their statistics when the file may be written and nobody
    // is writing; nullopt otherwise (the caller then scans without storing).
    std::optional<EventStatistics> storeFreshStatistics() const;
    void readSources(Event& e) const;

    // Prepared once: a query reads the sources of every event it returns.
    mutable std::optional<SqliteStatement> sourcesOf;
};

namespace {
// Columns read by readEvent, in order.
// Schema 5 added the attributes; an older file opened read-only has none.
QByteArray eventColumns(int schemaVersion)
{
    return QByteArray(
               "e.id, e.external_id, e.title, e.description, e.start, e.\"end\", e.precision, "
               "e.approximate, c.name, e.sub_category, e.actors, e.tags, e.fatalities, "
               "e.location_id, COALESCE(l.name, e.place), e.lat, e.lon, e.own_coord, "
               "e.geo_precision, ") +
           (schemaVersion >= 5 ? "e.attributes, e.title_derived, " : "NULL, 0, ") +
           (schemaVersion >= ProjectSchema::kInlineSources ? "e.sources " : "NULL ") +
           "FROM events e LEFT JOIN categories c ON c.id = e.category_id "
           "LEFT JOIN locations l ON l.id = e.location_id ";
}
} // namespace

QByteArray SqliteEventStore::Impl::eventColumns() const
{
    return ::eventColumns(schemaVersion);
}

Event SqliteEventStore::Impl::readEvent(const SqliteStatement& s) const
{
    Event e;
    e.id = s.int64(0);
    e.externalId = s.text(1);
    e.title = s.text(2);
    e.description = s.text(3);
    e.start = s.int64(4);
    if (!s.isNull(5)) e.end = s.int64(5);
    e.precision = static_cast<DatePrecision>(s.int64(6));
    EventFlags::unpack(int(s.int64(7)), e);
    e.category = s.text(8);
    e.subCategory = s.text(9);
    e.actors = StoreLists::split(s.text(10));
    e.tags = StoreLists::split(s.text(11));
    if (!s.isNull(12)) e.fatalities = int(s.int64(12));
    if (!s.isNull(13)) e.locationId = s.int64(13);
    e.locationName = s.text(14);
    // The effective position: the event's own or, when it has none, its location's.
    if (!s.isNull(15)) {
        e.lat = s.real(15);
        e.lon = s.real(16);
    }
    e.geoPrecision = static_cast<GeoPrecision>(s.int64(18));
    if (!s.isNull(19))
        e.attributes = AttributeCodec::decode(
            QByteArray(static_cast<const char*>(sqlite3_column_blob(s.get(), 19)),
                       sqlite3_column_bytes(s.get(), 19)));
    e.titleDerived = s.int64(20) != 0;
    if (s.isNull(21)) {
        readSources(e); // written before schema 9
    } else {
        const auto* json = reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 21));
        if (!SourceListCodec::decode(
                std::string_view(json, std::size_t(sqlite3_column_bytes(s.get(), 21))), e.sources))
            throw StoreError(SourceListCodec::damagedReason(e.id), {path});
    }
    return e;
}

void SqliteEventStore::Impl::readSources(Event& e) const
{
    if (!sourcesOf)
        sourcesOf.emplace(db, "SELECT name, url, quote FROM sources WHERE event_id=? "
                              "ORDER BY ordinal");
    SqliteStatement& s = *sourcesOf;
    s.bind(1, e.id);
    while (s.step())
        e.sources.append(Source{s.text(0), s.text(1), s.text(2)});
    s.reset();
}

SqliteEventStore::SqliteEventStore() : d(std::make_unique<Impl>()) {}
SqliteEventStore::~SqliteEventStore() = default;

std::unique_ptr<SqliteEventStore> SqliteEventStore::create(const QString& path)
{
    if (path.isEmpty()) throw StoreError(QStringLiteral("no project file given"));
    const QFileInfo fi(path);
    if (fi.exists() && (fi.isDir() || fi.size() > 0))
        throw StoreError(QStringLiteral("already exists; choose a new file name"), {path});
    std::unique_ptr<SqliteEventStore> store(new SqliteEventStore);
    store->d->path = path;
    const QByteArray native = QFile::encodeName(path);
    SqliteConnection::configureLibrary();
    if (sqlite3_open_v2(native.constData(), &store->d->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw StoreError(QStringLiteral("cannot be created (%1)")
                             .arg(QString::fromUtf8(sqlite3_errmsg(store->d->db))),
                         {path});
    store->d->registration.emplace(path);
    sqlite3_busy_timeout(store->d->db, 5000);
    sqlite3_extended_result_codes(store->d->db, 1);
    sqliteExec(store->d->db, "PRAGMA page_size=8192");
    store->d->configure();
    store->d->enableWal();
    ProjectSchema::createCurrent(store->d->db);
    return store;
}

std::unique_ptr<SqliteEventStore> SqliteEventStore::open(const QString& path, bool readOnly)
{
    const Header header = checkHeader(path);
    const QString readOnlyReason = ProjectFileState::readOnlyReason(path);
    const bool canWrite = readOnlyReason.isEmpty();
    const bool hasLog = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                        QFileInfo::exists(path + QStringLiteral("-journal"));
    const bool immutable = !canWrite && !hasLog && !ProjectFileState::isOpenHere(path);
    // Decided before any connection of ours holds the log open.
    bool unclean = header.short_ || ProjectFileState::hasOrphanWal(path);

    const Identity id = identify(path, immutable, header.appId);
    if (id.appId != ProjectSchema::kApplicationId)
        throw StoreError(QStringLiteral("is an SQLite database but not a Tigris "
                                        "project"),
                         {path});
    if (id.recovery) {
        if (!canWrite)
            throw StoreError(QStringLiteral("this project needs recovery; open it "
                                            "once with write access (%1)")
                                 .arg(readOnlyReason),
                             {path});
        unclean = true;
    } else if (id.version > ProjectSchema::kCurrentVersion) {
        throw newerSchema(path, id.version);
    }

    std::unique_ptr<SqliteEventStore> store(new SqliteEventStore);
    store->d->path = path;
    store->d->readOnly = readOnly || !canWrite;
    store->d->readOnlyReason = canWrite ? QString() : readOnlyReason;
    // SQLite recovers on the first read by a writable connection; a read-only one needs that
    // done for it first.
    const bool recoverFirst = id.recovery && store->d->readOnly;
    if (recoverFirst) SqliteConnection::recover(path);
    store->d->db = SqliteConnection::open(path, !store->d->readOnly, immutable);
    store->d->registration.emplace(path);
    sqlite3* db = store->d->db;
    int version = id.version;
    try {
        store->d->configure();
        if (id.recovery) version = pragmaInt(db, "PRAGMA user_version");
    } catch (const StoreError& e) {
        throw StoreError(QStringLiteral("cannot be read (%1)").arg(e.reason()), {path});
    }
    if (version > ProjectSchema::kCurrentVersion) throw newerSchema(path, version);
    // A crash may have left damage SQLite's recovery cannot undo (a disk that lied about a
    // flush): check before anyone reads wrong answers or writes on top of it.
    if (unclean) ProjectCheck::requireIntact(db, path, ProjectCheck::Depth::Quick);
    store->d->verified = unclean;
    store->d->enableWal();
    if (version < ProjectSchema::kCurrentVersion) {
        if (store->d->readOnly) {
            // Migrate through a writable connection when we may. Read-only media cannot be
            // upgraded: version 2 adds only the columns index (loadColumns then reads the
            // table), so it opens as it is; older schemas lack tables and are refused.
            if (!canWrite) {
                if (version >= ProjectSchema::kOldestReadable) {
                    store->d->schemaVersion = version;
                    return store;
                }
                throw StoreError(QStringLiteral("uses the older schema %1 and "
                                                "cannot be upgraded: %2")
                                     .arg(version)
                                     .arg(readOnlyReason),
                                 {path});
            }
            store.reset();
            open(path, false);
            return open(path, true);
        }
        ProjectSchema::migrate(db, version);
    }
    // A cheap read of every table's root page catches most damage before the user works.
    try {
        SqliteStatement check(db, "SELECT (SELECT count(*) FROM categories), "
                                  "(SELECT max(id) FROM events), (SELECT count(*) FROM locations)");
        check.step();
    } catch (const StoreError& e) {
        throw StoreError(ProjectCheck::damagedMessage(path, e.reason()), {path});
    }
    return store;
}

void SqliteEventStore::checkWritable()
{
    d->requireWritable();
    if (d->verified) return;
    ProjectCheck::requireIntact(d->db, d->path, ProjectCheck::Depth::Quick);
    d->verified = true;
}

QString SqliteEventStore::path() const
{
    return d->path;
}

int SqliteEventStore::schemaVersion() const
{
    return pragmaInt(d->db, "PRAGMA user_version");
}

bool SqliteEventStore::isReadOnly() const
{
    return d->readOnly;
}

sqlite3* SqliteEventStore::handle() const
{
    return d->db;
}

sqlite3* sqliteHandle(const EventStore& store, const char* what)
{
    if (const SqliteEventStore* file = store.sqlite()) return file->handle();
    throw StoreError(QStringLiteral("%1: %2 is not available for server projects yet")
                         .arg(store.path(), QString::fromUtf8(what)));
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<EventStore::Writer> SqliteEventStore::beginWrite()
{
    d->requireWritable();
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    // A bulk write on a damaged file would bury the damage under new rows: check it first
    // (a fifth of a second per 100k events, small beside the import itself).
    checkWritable();
    return std::make_unique<StoreWriter>(d->db, &d->writing);
}

// ---------------------------------------------------------------------------------------------

ProjectInfo SqliteEventStore::info() const
{
    ProjectInfo info;
    info.schemaVersion = schemaVersion();
    SqliteStatement counts(d->db, "SELECT (SELECT count(*) FROM locations), "
                                  "(SELECT count(*) FROM annotations), "
                                  "(SELECT count(*) FROM categories)");
    if (counts.step()) {
        info.locations = counts.int64(0);
        info.annotations = counts.int64(1);
        info.categories = counts.int64(2);
    }
    std::optional<EventStatistics> stats = EventStatistics::read(d->db);
    info.statistics = ProjectInfo::Statistics::Stored;
    if (!stats) {
        stats = d->storeFreshStatistics();
        info.statistics = ProjectInfo::Statistics::Recomputed;
    }
    if (!stats) {
        stats = EventStatistics::scan(d->db);
        info.statistics = ProjectInfo::Statistics::NotStored;
    }
    info.events = stats->events;
    info.timeFrom = stats->timeFrom;
    info.timeTo = stats->timeTo;
    info.west = stats->west;
    info.south = stats->south;
    info.east = stats->east;
    info.north = stats->north;
    return info;
}

std::optional<EventStatistics> SqliteEventStore::Impl::storeFreshStatistics() const
{
    // Not inside a Writer's transaction (it stores its own at commit), and not into a file
    // whose schema has no table for them (read-only media, not upgraded).
    if (writing || !EventStatistics::isKept(db)) return std::nullopt;
    const auto scanAndStore = [](sqlite3* connection) -> std::optional<EventStatistics> {
        // Best effort: when another connection is writing, the caller scans without storing.
        try {
            sqliteExec(connection, "BEGIN IMMEDIATE");
        } catch (const StoreError&) {
            return std::nullopt;
        }
        try {
            const EventStatistics stats = EventStatistics::scan(connection);
            EventStatistics::write(connection, stats);
            sqliteExec(connection, "COMMIT");
            return stats;
        } catch (const StoreError&) {
            sqlite3_exec(connection, "ROLLBACK", nullptr, nullptr, nullptr);
            return std::nullopt;
        }
    };
    if (!readOnly) {
        sqlite3_busy_timeout(db, 0);
        auto stats = scanAndStore(db);
        sqlite3_busy_timeout(db, 5000); // as configure() set it
        return stats;
    }
    // Opened read-only (as `tigris info` does) but the file may be written: through a
    // connection of its own, as a migration would.
    if (!QFileInfo(path).isWritable()) return std::nullopt;
    sqlite3* writer = nullptr;
    std::optional<EventStatistics> stats;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &writer, SQLITE_OPEN_READWRITE,
                        nullptr) == SQLITE_OK)
        stats = scanAndStore(writer);
    sqlite3_close_v2(writer);
    return stats;
}

std::vector<Category> SqliteEventStore::categories() const
{
    std::vector<Category> out;
    SqliteStatement s(d->db, "SELECT id, name, colour FROM categories ORDER BY id");
    while (s.step())
        out.push_back(Category{s.int64(0), s.text(1), Category::colourFromText(s.text(2))});
    // Events without a category form their own, listed last (EventColumns::category's index
    // after the stored ones), never counted in the first. Finding none scans a whole index:
    // with the normal cache it would keep some 50 MB of pages resident at a million events.
    const ScanCache scan(d->db);
    SqliteStatement none(d->db, "SELECT EXISTS(SELECT 1 FROM events WHERE category_id IS NULL)");
    if (none.step() && none.int64(0) != 0) out.push_back(Category::uncategorised());
    return out;
}

std::vector<Location> SqliteEventStore::locations() const
{
    std::vector<Location> out;
    SqliteStatement s(d->db, "SELECT id, name, alt_names, lat, lon, kind, admin1, country "
                             "FROM locations ORDER BY id");
    while (s.step()) {
        Location l;
        l.id = s.int64(0);
        l.name = s.text(1);
        l.altNames = StoreLists::split(s.text(2));
        if (!s.isNull(3)) l.lat = s.real(3);
        if (!s.isNull(4)) l.lon = s.real(4);
        l.kind = s.text(5);
        l.admin1 = s.text(6);
        l.country = s.text(7);
        out.push_back(l);
    }
    return out;
}

std::optional<Event> SqliteEventStore::event(qint64 id) const
{
    SqliteStatement s(d->db,
                      (QByteArray("SELECT ") + d->eventColumns() + "WHERE e.id=?").constData());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return d->readEvent(s);
}

namespace {

constexpr qint64 kLongSpan = ProjectSchema::kLongSpanSeconds;
const QByteArray kLongSpanSql = QByteArray::number(kLongSpan);

// The WHERE clause of a query over `events e`, with its parameters in order.
struct QueryFilter {
    QByteArray where = "1";
    QList<std::function<void(SqliteStatement&, int&)>> binders;
    bool matchesNothing = false; // e.g. search text without a single word

    // The same filter without touching the events table, when the time window drives it and
    // no category is asked for: the covering index alone answers (see queryIds).
    QByteArray idsOnly;
    QByteArray idsAndStarts; // id, span_lo of the same; also with no filter but words
    QList<std::function<void(SqliteStatement&, int&)>> idsOnlyBinders;

    explicit QueryFilter(const EventQuery& q)
    {
        const auto bboxSql = [&](const char* prefix) {
            const GeoBox b = *q.bbox;
            const QByteArray p(prefix);
            binders << [b](SqliteStatement& s, int& i) {
                s.bind(i++, b.south);
                s.bind(i++, b.north);
                s.bind(i++, b.west);
                s.bind(i++, b.east);
            };
            return " AND " + p + "lat BETWEEN ? AND ? AND " +
                   (b.west > b.east ? "(" + p + "lon >= ? OR " + p + "lon <= ?)" // antimeridian
                                    : p + "lon BETWEEN ? AND ?");
        };
        if (q.window) {
            // The overlap rule, lo < to && from < hi, as two index range scans: short spans
            // start at most 32 days before the window; long ones are few.
            const TimeWindow w = *q.window;
            const qint64 lowest = w.from < std::numeric_limits<qint64>::min() + kLongSpan
                                      ? std::numeric_limits<qint64>::min()
                                      : w.from - kLongSpan;
            binders << [=](SqliteStatement& s, int& i) {
                s.bind(i++, lowest);
                s.bind(i++, w.to);
                s.bind(i++, w.from);
            };
            QByteArray ids = "SELECT id FROM events INDEXED BY events_by_span "
                             "WHERE span_lo >= ? AND span_lo < ? AND span_hi > ? "
                             "AND span_hi - span_lo <= " +
                             kLongSpanSql;
            if (q.bbox) ids += bboxSql("");
            binders << [=](SqliteStatement& s, int& i) {
                s.bind(i++, w.to);
                s.bind(i++, w.from);
            };
            // Without statistics the planner would scan the big index instead.
            ids += " UNION ALL SELECT id FROM events INDEXED BY events_long "
                   "WHERE span_hi - span_lo > " +
                   kLongSpanSql + " AND span_lo < ? AND span_hi > ?";
            if (q.bbox) ids += bboxSql("");
            where += " AND e.id IN (" + ids + ")";
            if (q.categories.isEmpty()) {
                idsOnly = "SELECT id FROM (" + ids + ")";
                // The same scans with each match's span start, for streaming in start order.
                idsAndStarts =
                    "SELECT id, span_lo FROM (" +
                    QByteArray(ids).replace("SELECT id FROM", "SELECT id, span_lo FROM") + ")";
                idsOnlyBinders = binders;
            }
        } else if (q.bbox) {
            // The R*Tree finds the candidates (its float32 boxes are rounded outwards); the
            // exact test is on the stored doubles.
            const GeoBox b = *q.bbox;
            const bool wraps = b.west > b.east;
            binders << [=](SqliteStatement& s, int& i) {
                s.bind(i++, b.south);
                s.bind(i++, b.north);
                s.bind(i++, b.west);
                s.bind(i++, wraps ? 180.0 : b.east);
                if (wraps) {
                    s.bind(i++, b.south);
                    s.bind(i++, b.north);
                    s.bind(i++, -180.0);
                    s.bind(i++, b.east);
                }
            };
            const QByteArray rtree = "SELECT id FROM event_positions WHERE max_lat >= ? AND "
                                     "min_lat <= ? AND max_lon >= ? AND min_lon <= ?";
            where += " AND e.id IN (" + rtree + (wraps ? " UNION ALL " + rtree : "") + ")";
            where += bboxSql("e.");
        }
        // Every event, or every one with these words: their ids and starts from the covering
        // time index (a fraction of the table's pages), for streaming in start order.
        if (!q.window && !q.bbox && q.categories.isEmpty())
            idsAndStarts = "SELECT id, span_lo FROM events INDEXED BY events_by_span";
        if (!q.text.trimmed().isEmpty()) {
            const QString match = FtsQuery::matchExpression(q.text);
            matchesNothing = match.isEmpty();
            const QByteArray text = "(SELECT rowid FROM event_text WHERE event_text MATCH ?)";
            where += " AND e.id IN " + text;
            binders << [=](SqliteStatement& s, int& i) { s.bind(i++, match); };
            if (!idsAndStarts.isEmpty()) {
                if (!idsOnly.isEmpty()) idsOnly += " WHERE id IN " + text;
                idsAndStarts += " WHERE id IN " + text;
                idsOnlyBinders << binders.last();
            }
        }
        if (!q.categories.isEmpty()) {
            // "Uncategorised" (when no stored category has that name) is the events without one.
            const bool none = q.categories.contains(Category::kUncategorised);
            where += " AND (e.category_id IN (SELECT id FROM categories WHERE name IN (";
            for (int k = 0; k < q.categories.size(); ++k)
                where += k ? ",?" : "?";
            where += "))";
            if (none)
                where += " OR (e.category_id IS NULL AND NOT EXISTS (SELECT 1 FROM categories "
                         "WHERE name = '" +
                         QByteArray(Category::kUncategorised) + "'))";
            where += ")";
            const QStringList names = q.categories;
            binders << [=](SqliteStatement& s, int& i) {
                for (const auto& n : names)
                    s.bind(i++, n);
            };
        }
    }

    void bind(SqliteStatement& s) const { bindAll(s, binders); }

    // `indexed` (idsOnly or idsAndStarts) when the covering index answers alone, else
    // `columns` FROM the table with the whole filter; then `tail`; bound.
    SqliteStatement statement(sqlite3* db, const QByteArray& indexed, const QByteArray& columns,
                              const QByteArray& tail) const
    {
        const bool indexOnly = !indexed.isEmpty();
        const QByteArray sql =
            (indexOnly ? indexed : columns + " FROM events e WHERE " + where) + tail;
        SqliteStatement s(db, sql.constData());
        bindAll(s, indexOnly ? idsOnlyBinders : binders);
        return s;
    }

  private:
    static void bindAll(SqliteStatement& s,
                        const QList<std::function<void(SqliteStatement&, int&)>>& list)
    {
        int index = 1;
        for (const auto& b : list)
            b(s, index);
    }
};

} // namespace

std::vector<Event> SqliteEventStore::query(const EventQuery& q) const
{
    const QueryFilter filter(q);
    std::vector<Event> out;
    if (filter.matchesNothing || q.limit == 0) return out;
    QByteArray sql = QByteArray("SELECT ") + d->eventColumns() + "WHERE " + filter.where +
                     " ORDER BY e.start, e.id";
    if (q.limit > 0) sql += " LIMIT " + QByteArray::number(q.limit);
    SqliteStatement s(d->db, sql.constData());
    filter.bind(s);
    while (s.step())
        out.push_back(d->readEvent(s));
    return out;
}

std::vector<qint64> SqliteEventStore::queryIds(const EventQuery& q) const
{
    const QueryFilter filter(q);
    std::vector<qint64> out;
    if (filter.matchesNothing || q.limit == 0) return out;
    QByteArray order = " ORDER BY 1";
    if (q.limit > 0) order += " LIMIT " + QByteArray::number(q.limit);
    SqliteStatement s = filter.statement(d->db, filter.idsOnly, "SELECT e.id", order);
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

void SqliteEventStore::forEachMatch(const EventQuery& q,
                                    const std::function<void(const EventRecord&)>& f,
                                    bool withAttributes) const
{
    const QueryFilter filter(q);
    if (filter.matchesNothing || q.limit == 0) return;
    const QByteArray order =
        q.limit > 0 ? " ORDER BY 2, 1 LIMIT " + QByteArray::number(q.limit) : QByteArray();
    // Each page holding answers is read once, in file order: caching them is only cost (at
    // 64 MiB, 18k page faults for 5k rows; at 512 KiB, 2.3k and a third less CPU).
    const ScanCache cache(d->db, 512);
    std::vector<std::pair<qint64, qint64>> matches; // (start, id): 16 bytes a match
    {
        SqliteStatement s =
            filter.statement(d->db, filter.idsAndStarts, "SELECT e.id, e.span_lo", order);
        while (s.step())
            matches.emplace_back(s.int64(1), s.int64(0));
    }
    EventRecordReader(d->db, d->schemaVersion, withAttributes && d->schemaVersion >= 5)
        .forEach(std::move(matches), f);
}

EventColumns SqliteEventStore::loadColumns() const
{
    ProjectColumns::Source source = ProjectColumns::Source::Scan;
    EventColumns columns = ProjectColumns::load(d->db, d->path, &source);
    d->columnsFromCache = source == ProjectColumns::Source::Cache;
    return columns;
}

bool SqliteEventStore::columnsFromCache() const
{
    return d->columnsFromCache;
}

std::vector<Event> SqliteEventStore::events(const std::vector<qint64>& ids) const
{
    std::vector<Event> out;
    if (ids.empty()) return out;
    // Integers only, so the list is safe to write into the statement.
    QByteArray list;
    for (qint64 id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    SqliteStatement s(
        d->db,
        (QByteArray("SELECT ") + d->eventColumns() + "WHERE e.id IN (" + list + ")").constData());
    QHash<qint64, Event> byId;
    while (s.step()) {
        Event e = d->readEvent(s);
        byId.insert(e.id, std::move(e));
    }
    out.reserve(std::size_t(byId.size()));
    for (qint64 id : ids)
        if (const auto it = byId.find(id); it != byId.end()) out.push_back(*it);
    return out;
}

std::vector<qint64> SqliteEventStore::idsOrderedBy(ListOrder key) const
{
    const char* column = "e.title COLLATE NOCASE";
    switch (key) {
    case ListOrder::Title:
        column = "e.title COLLATE NOCASE";
        break;
    case ListOrder::Place:
        column = "COALESCE(l.name, e.place) COLLATE NOCASE";
        break;
    case ListOrder::Category:
        column = "c.name COLLATE NOCASE";
        break;
    case ListOrder::Actors:
        column = "e.actors COLLATE NOCASE";
        break;
    case ListOrder::Fatalities:
        column = "e.fatalities";
        break;
    }
    SqliteStatement s(d->db, (QByteArray("SELECT e.id FROM events e "
                                         "LEFT JOIN categories c ON c.id = e.category_id "
                                         "LEFT JOIN locations l ON l.id = e.location_id "
                                         "ORDER BY ") +
                              column + ", e.start, e.id")
                                 .constData());
    std::vector<qint64> out;
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

void SqliteEventStore::forEachActors(const std::function<void(qint64, const QString&)>& f) const
{
    const ScanCache scan(d->db);
    SqliteStatement s(d->db, "SELECT id, actors FROM events WHERE actors IS NOT NULL AND "
                             "actors != ''");
    while (s.step())
        f(s.int64(0), s.text(1));
}

QString SqliteEventStore::setting(const QString& key) const
{
    SqliteStatement s(d->db, "SELECT value FROM settings WHERE key=?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void SqliteEventStore::setSetting(const QString& key, const QString& value)
{
    d->requireWritable();
    // Inside an open Writer this would silently join (and share the fate of) its transaction.
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    SqliteStatement s(d->db, "INSERT INTO settings(key, value) VALUES(?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value=?2");
    s.bind(1, key);
    s.bind(2, value);
    s.run();
}
