#include "store/EventStore.h"

#include "store/AttributeCodec.h"
#include "store/ColumnsScan.h"
#include "store/EventFlags.h"
#include "store/FtsQuery.h"
#include "store/ProjectSchema.h"
#include "store/RtreeNode.h"
#include "store/ScanCache.h"
#include "store/SqliteStatement.h"
#include "store/StoreLists.h"
#include "store/StoreWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointF>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <sqlite3.h>

namespace {

QString describe(const QString& path, const QString& reason)
{
    return QStringLiteral("%1: %2").arg(path, reason);
}

// Checks the file's header before SQLite sees it, so that "not a database" and "truncated"
// get their own messages instead of a generic error on first use.
void checkHeader(const QString& path)
{
    const QFileInfo fi(path);
    if (path.isEmpty()) throw StoreError(QStringLiteral("no project file given"));
    if (!fi.exists()) throw StoreError(describe(path, QStringLiteral("no such file")));
    if (fi.isDir())
        throw StoreError(describe(path, QStringLiteral("is a folder, not a project file")));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(
            describe(path, QStringLiteral("cannot be read (%1)").arg(f.errorString())));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(describe(path, QStringLiteral("not a Tigris project (not an SQLite "
                                                       "database)")));
    const auto byte = [&](int i) { return static_cast<quint32>(static_cast<uchar>(header[i])); };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1) pageSize = 65536;
    const quint32 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    const quint32 changeCounter = (byte(24) << 24) | (byte(25) << 16) | (byte(26) << 8) | byte(27);
    const quint32 validFor = (byte(92) << 24) | (byte(93) << 16) | (byte(94) << 8) | byte(95);
    // The in-header page count is trustworthy only when "version-valid-for" matches.
    // A WAL file may hold pages not yet checkpointed, so only a shortfall is a truncation.
    if (pageSize >= 512 && pages > 0 && changeCounter == validFor &&
        f.size() < qint64(pageSize) * pages)
        throw StoreError(describe(path, QStringLiteral("the file is truncated (%1 of %2 bytes); "
                                                       "it cannot be opened safely")
                                            .arg(f.size())
                                            .arg(qint64(pageSize) * pages)));
}

int pragmaInt(sqlite3* db, const char* pragma)
{
    SqliteStatement s(db, pragma);
    return s.step() ? int(s.int64(0)) : 0;
}

} // namespace

struct EventStore::Impl {
    sqlite3* db = nullptr;
    QString path;
    bool readOnly = false;
    bool writing = false;

    ~Impl()
    {
        sourcesOf.reset(); // finalised before the connection closes
        sqlite3_close_v2(db);
    }

    void configure()
    {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_extended_result_codes(db, 1);
        sqliteExec(db, "PRAGMA foreign_keys=ON");
        // Queries walk the time index of a million events: keep it in memory once read.
        sqliteExec(db, "PRAGMA cache_size=-65536");
        if (!readOnly) {
            SqliteStatement wal(db, "PRAGMA journal_mode=WAL");
            wal.step();
            sqliteExec(db, "PRAGMA synchronous=NORMAL");
        }
    }

    void requireWritable() const
    {
        if (readOnly)
            throw StoreError(describe(path, QStringLiteral("is open read-only; the change was not "
                                                           "saved")));
    }

    Event readEvent(const SqliteStatement& s) const;
    QByteArray eventColumns() const;
    int schemaVersion = ProjectSchema::kCurrentVersion; // as opened (read-only: maybe older)
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
           (schemaVersion >= 5 ? "e.attributes, e.title_derived " : "NULL, 0 ") +
           "FROM events e LEFT JOIN categories c ON c.id = e.category_id "
           "LEFT JOIN locations l ON l.id = e.location_id ";
}
} // namespace

QByteArray EventStore::Impl::eventColumns() const
{
    return ::eventColumns(schemaVersion);
}

Event EventStore::Impl::readEvent(const SqliteStatement& s) const
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
    readSources(e);
    return e;
}

void EventStore::Impl::readSources(Event& e) const
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

EventStore::EventStore() : d(std::make_unique<Impl>()) {}
EventStore::~EventStore() = default;

std::unique_ptr<EventStore> EventStore::create(const QString& path)
{
    if (path.isEmpty()) throw StoreError(QStringLiteral("no project file given"));
    const QFileInfo fi(path);
    if (fi.exists() && (fi.isDir() || fi.size() > 0))
        throw StoreError(describe(path, QStringLiteral("already exists; choose a new file name")));
    std::unique_ptr<EventStore> store(new EventStore);
    store->d->path = path;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &store->d->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw StoreError(describe(path, QStringLiteral("cannot be created (%1)")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(store->d->db)))));
    sqliteExec(store->d->db, "PRAGMA page_size=8192");
    store->d->configure();
    ProjectSchema::createCurrent(store->d->db);
    return store;
}

std::unique_ptr<EventStore> EventStore::open(const QString& path, bool readOnly)
{
    checkHeader(path);
    std::unique_ptr<EventStore> store(new EventStore);
    store->d->path = path;
    store->d->readOnly = readOnly || !QFileInfo(path).isWritable();
    const QByteArray native = QFile::encodeName(path);
    const int flags = store->d->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(native.constData(), &store->d->db, flags, nullptr) != SQLITE_OK)
        throw StoreError(describe(path, QStringLiteral("cannot be opened (%1)")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(store->d->db)))));
    sqlite3* db = store->d->db;
    int appId = 0, version = 0;
    try {
        store->d->configure();
        appId = pragmaInt(db, "PRAGMA application_id");
        version = pragmaInt(db, "PRAGMA user_version");
    } catch (const StoreError& e) {
        throw StoreError(
            describe(path, QStringLiteral("is damaged or not a project (%1)").arg(e.message())));
    }
    if (appId != ProjectSchema::kApplicationId)
        throw StoreError(describe(path, QStringLiteral("is an SQLite database but not a Tigris "
                                                       "project")));
    if (version > ProjectSchema::kCurrentVersion)
        throw StoreError(describe(path, QStringLiteral("was written by a newer Tigris (schema %1); "
                                                       "this version reads up to schema %2. "
                                                       "Update Tigris to open it.")
                                            .arg(version)
                                            .arg(ProjectSchema::kCurrentVersion)));
    if (version < ProjectSchema::kCurrentVersion) {
        if (store->d->readOnly) {
            // Migrate through a writable connection when we may. Read-only media cannot be
            // upgraded: version 2 adds only the columns index (loadColumns then reads the
            // table), so it opens as it is; older schemas lack tables and are refused.
            if (!QFileInfo(path).isWritable()) {
                if (version >= ProjectSchema::kOldestReadable) {
                    store->d->schemaVersion = version;
                    return store;
                }
                throw StoreError(describe(path, QStringLiteral("uses the older schema %1 and is "
                                                               "read-only, so it cannot be "
                                                               "upgraded")
                                                    .arg(version)));
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
        throw StoreError(describe(path, QStringLiteral("is damaged (%1)").arg(e.message())));
    }
    return store;
}

QString EventStore::path() const
{
    return d->path;
}

int EventStore::schemaVersion() const
{
    return pragmaInt(d->db, "PRAGMA user_version");
}

bool EventStore::isReadOnly() const
{
    return d->readOnly;
}

sqlite3* EventStore::handle() const
{
    return d->db;
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<EventStore::Writer> EventStore::beginWrite()
{
    d->requireWritable();
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    return std::make_unique<StoreWriter>(d->db, &d->writing);
}

// ---------------------------------------------------------------------------------------------

namespace {
// The bounding box of every position, read off the R*Tree's root node: its cells' boxes
// cover all entries, so the union of a handful of cells replaces a scan of the whole tree.
void readRootBox(sqlite3* db, ProjectInfo& info)
{
    SqliteStatement s(db, "SELECT data FROM event_positions_node WHERE nodeno=1");
    if (!s.step()) return;
    const auto* data = static_cast<const uchar*>(sqlite3_column_blob(s.get(), 0));
    const int size = sqlite3_column_bytes(s.get(), 0);
    if (!data || size < RtreeNode::kHeaderSize) return;
    const int cells = RtreeNode::cellCount(data);
    for (int i = 0; i < cells && RtreeNode::kHeaderSize + (i + 1) * RtreeNode::kCellSize <= size;
         ++i) {
        const RtreeNode::Box box = RtreeNode::readBox(data, i);
        info.west = std::min(info.west.value_or(180.0), double(box.minX));
        info.east = std::max(info.east.value_or(-180.0), double(box.maxX));
        info.south = std::min(info.south.value_or(90.0), double(box.minY));
        info.north = std::max(info.north.value_or(-90.0), double(box.maxY));
    }
}
} // namespace

ProjectInfo EventStore::info() const
{
    ProjectInfo info;
    info.schemaVersion = schemaVersion();
    // The latest end is among the events starting at most 32 days before the latest start,
    // or among the long ones: two index range scans instead of a table scan.
    SqliteStatement s(d->db,
                      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM locations), "
                      "(SELECT count(*) FROM annotations), (SELECT count(*) FROM categories), "
                      "(SELECT min(span_lo) FROM events), "
                      "(SELECT max(hi) FROM ("
                      "  SELECT span_hi AS hi FROM events "
                      "  WHERE span_lo >= (SELECT max(span_lo) FROM events) - 2764800 "
                      "  UNION ALL SELECT span_hi FROM events "
                      "  WHERE span_hi - span_lo > 2764800))");
    if (s.step()) {
        info.events = s.int64(0);
        info.locations = s.int64(1);
        info.annotations = s.int64(2);
        info.categories = s.int64(3);
        if (!s.isNull(4)) info.timeFrom = s.int64(4);
        if (!s.isNull(5)) info.timeTo = s.int64(5);
    }
    readRootBox(d->db, info);
    return info;
}

std::vector<Category> EventStore::categories() const
{
    std::vector<Category> out;
    SqliteStatement s(d->db, "SELECT id, name, colour FROM categories ORDER BY id");
    while (s.step())
        out.push_back(Category{s.int64(0), s.text(1), QColor(s.text(2))});
    return out;
}

std::vector<Location> EventStore::locations() const
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

std::optional<Event> EventStore::event(qint64 id) const
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
        if (!q.text.trimmed().isEmpty()) {
            const QString match = FtsQuery::matchExpression(q.text);
            matchesNothing = match.isEmpty();
            const QByteArray text = "(SELECT rowid FROM event_text WHERE event_text MATCH ?)";
            where += " AND e.id IN " + text;
            binders << [=](SqliteStatement& s, int& i) { s.bind(i++, match); };
            if (!idsOnly.isEmpty()) {
                idsOnly += " WHERE id IN " + text;
                idsOnlyBinders << binders.last();
            }
        }
        if (!q.categories.isEmpty()) {
            where += " AND e.category_id IN (SELECT id FROM categories WHERE name IN (";
            for (int k = 0; k < q.categories.size(); ++k)
                where += k ? ",?" : "?";
            where += "))";
            const QStringList names = q.categories;
            binders << [=](SqliteStatement& s, int& i) {
                for (const auto& n : names)
                    s.bind(i++, n);
            };
        }
    }

    void bind(SqliteStatement& s) const { bindAll(s, binders); }
    void bindIdsOnly(SqliteStatement& s) const { bindAll(s, idsOnlyBinders); }

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

std::vector<Event> EventStore::query(const EventQuery& q) const
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

std::vector<qint64> EventStore::queryIds(const EventQuery& q) const
{
    const QueryFilter filter(q);
    std::vector<qint64> out;
    if (filter.matchesNothing || q.limit == 0) return out;
    const bool indexOnly = !filter.idsOnly.isEmpty();
    QByteArray sql = indexOnly
                         ? filter.idsOnly + " ORDER BY id"
                         : "SELECT e.id FROM events e WHERE " + filter.where + " ORDER BY e.id";
    if (q.limit > 0) sql += " LIMIT " + QByteArray::number(q.limit);
    SqliteStatement s(d->db, sql.constData());
    if (indexOnly)
        filter.bindIdsOnly(s);
    else
        filter.bind(s);
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

EventColumns EventStore::loadColumns() const
{
    return ColumnsScan::load(d->db, d->path);
}

std::vector<Event> EventStore::events(const std::vector<qint64>& ids) const
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

std::vector<qint64> EventStore::idsOrderedBy(ListOrder key) const
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

void EventStore::forEachActors(const std::function<void(qint64, const QString&)>& f) const
{
    const ScanCache scan(d->db);
    SqliteStatement s(d->db, "SELECT id, actors FROM events WHERE actors IS NOT NULL AND "
                             "actors != ''");
    while (s.step())
        f(s.int64(0), s.text(1));
}

QString EventStore::setting(const QString& key) const
{
    SqliteStatement s(d->db, "SELECT value FROM settings WHERE key=?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void EventStore::setSetting(const QString& key, const QString& value)
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
