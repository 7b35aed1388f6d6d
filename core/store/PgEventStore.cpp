#include "store/PgEventStore.h"

#include "geo/WebMercator.h"
#include "model/EventColumnsMerge.h"
#include "store/AttributeCodec.h"
#include "store/ColumnsCache.h"
#include "store/EventFlags.h"
#include "store/PgAccess.h"
#include "store/PgBinaryCopy.h"
#include "store/PgConnection.h"
#include "store/PgEventWriter.h"
#include "store/PgSchema.h"
#include "store/PgTextVector.h"
#include "store/SearchTokens.h"
#include "store/StoreLists.h"

#include <QHash>
#include <QPointF>
#include <algorithm>
#include <libpq-fe.h>
#include <limits>
#include <thread>

struct PgEventStore::Impl {
    ProjectUrl url;
    std::unique_ptr<PgConnection> db;
    qint64 projectId = 0;
    QByteArray projectSql; // the id as SQL text (an integer)
    bool readOnly = false;
    bool writing = false;
    // What the last loadColumns or updateColumns read: the revision and the categories its
    // indexes point into (-1: none yet).
    qint64 columnsRevision = -1;
    std::vector<qint64> columnsCategories;

    PgParams project() const { return PgParams().integer(projectId); }

    // Runs `select` through a cursor, handing `f` a chunk of rows at a time: a long answer is
    // never held whole. Inside an open transaction (a Writer's) it joins it.
    void forEachChunk(const QByteArray& select, const PgParams& params, int chunk,
                      const std::function<void(const PgResult&)>& f) const
    {
        std::optional<PgTransaction> own;
        if (PQtransactionStatus(db->handle()) == PQTRANS_IDLE) own.emplace(*db);
        db->exec("DECLARE tigris_rows NO SCROLL CURSOR FOR " + select, params, "reading events");
        const QByteArray fetch = "FETCH " + QByteArray::number(chunk) + " FROM tigris_rows";
        for (;;) {
            const PgResult r = db->exec(fetch, "reading events");
            if (r.rows() == 0) break;
            f(r);
        }
        db->exec("CLOSE tigris_rows", "reading events");
        if (own) own->commit();
    }

    Event readEvent(const PgResult& r, int row) const;
    void readSources(std::vector<Event>& events) const;
};

namespace {

// The columns readEvent reads, in order, over `events e` with its category and location.
constexpr const char* kEventColumns =
    "e.id, e.external_id, e.title, e.description, e.start, e.\"end\", e.precision, "
    "e.approximate, c.name, e.sub_category, e.actors, e.tags, e.fatalities, e.location_id, "
    "COALESCE(l.name, e.place), e.lat, e.lon, e.own_coord, e.geo_precision, e.attributes, "
    "e.title_derived "
    "FROM events e LEFT JOIN categories c ON c.project_id = e.project_id AND c.id = e.category_id "
    "LEFT JOIN locations l ON l.project_id = e.project_id AND l.id = e.location_id ";

QByteArray idArray(const std::vector<qint64>& ids)
{
    // Integers only: safe to write as an array literal.
    QByteArray out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += QByteArray::number(ids[i]);
    }
    return out + '}';
}

// The WHERE clause of a query over `events e` for this project, with its parameters ($1 is
// the project). The same rules as the project file's (SqliteEventStore): the overlap rule as
// index range scans by span class (PgSchema: day spans, spans up to 32 days, longer ones), a
// bounding box (the GiST index finds the candidates, the exact test is on the stored doubles),
// words (every one, folded as the index holds them), categories (any; "Uncategorised" is the
// events without one).
struct PgFilter {
    QByteArray where;
    // With a window: its three span classes, disjoint, each with the bounds its own index
    // serves; `exact` is the rest of the filter without the GiST test, so that an arm over a
    // covering span index needs no heap row (unionIds).
    std::vector<QByteArray> arms;
    QByteArray project, exact;
    PgParams params;
    int count = 0;
    bool matchesNothing = false;

    QByteArray param() { return "$" + QByteArray::number(++count); }
    QByteArray real(double v)
    {
        params.real(v);
        return param() + "::float8";
    }
    QByteArray integer(qint64 v)
    {
        params.integer(v);
        return param() + "::int8";
    }
    static qint64 minus(qint64 v, qint64 d)
    {
        return v < std::numeric_limits<qint64>::min() + d ? std::numeric_limits<qint64>::min()
                                                          : v - d;
    }

    PgFilter(const EventQuery& q, qint64 projectId)
    {
        project = "e.project_id = " + integer(projectId);
        if (q.window) {
            const TimeWindow w = *q.window;
            const QByteArray span = "e.span_hi - e.span_lo ";
            const QByteArray day = QByteArray::number(PgSchema::kDaySpanSeconds);
            const QByteArray month = QByteArray::number(PgSchema::kLongSpanSeconds);
            // A span of class k overlaps the window only if it starts at most its longest
            // length before it. The arms spell their bounds differently (<= to - 1, >= from +
            // 1: the same for integers): a clause found in every arm would be factored out of
            // the OR and scanned as one open range from the first event on.
            const qint64 toLast = w.to == std::numeric_limits<qint64>::min() ? w.to : w.to - 1;
            const qint64 fromNext =
                w.from == std::numeric_limits<qint64>::max() ? w.from : w.from + 1;
            arms.push_back(span + "<= " + day + " AND e.span_lo >= " +
                           integer(minus(w.from, PgSchema::kDaySpanSeconds)) + " AND e.span_lo < " +
                           integer(w.to) + " AND e.span_hi > " + integer(w.from));
            arms.push_back(
                span + "> " + day + " AND " + span + "<= " + month +
                " AND e.span_lo >= " + integer(minus(w.from, PgSchema::kLongSpanSeconds)) +
                " AND e.span_lo <= " + integer(toLast) + " AND e.span_hi >= " + integer(fromNext));
            arms.push_back(span + "> " + month + " AND e.span_lo <= " + integer(toLast) +
                           " AND e.span_hi >= " + integer(fromNext));
        }
        QByteArray indexed;
        if (q.bbox) {
            const GeoBox b = *q.bbox;
            // Both tests name the same parameters: a statement must use every one it is given
            // (unionIds leaves the GiST test out).
            const QByteArray west = real(b.west), south = real(b.south), east = real(b.east),
                             north = real(b.north);
            const auto envelope = [&](const QByteArray& w, const QByteArray& e) {
                return "e.geom && ST_MakeEnvelope(" + w + ", " + south + ", " + e + ", " + north +
                       ", 4326)";
            };
            const bool wraps = b.west > b.east; // across the antimeridian
            indexed = wraps
                          ? " AND (" + envelope(west, "180") + " OR " + envelope("-180", east) + ")"
                          : " AND " + envelope(west, east);
            exact += " AND e.lat BETWEEN " + south + " AND " + north;
            exact += wraps ? " AND (e.lon >= " + west + " OR e.lon <= " + east + ")"
                           : " AND e.lon BETWEEN " + west + " AND " + east;
        }
        if (!q.text.trimmed().isEmpty()) {
            // The tokens as indexed (SearchTokens: the file's tokenizer and folding), each a
            // lexeme verbatim, as the writer makes the vectors (PgTextVector).
            const QByteArray words = PgTextVector::allOf(SearchTokens::ofQuery(q.text));
            matchesNothing = words.isEmpty();
            params.text(words);
            exact += " AND e.search @@ " + param() + "::tsquery";
        }
        if (!q.categories.isEmpty()) {
            QByteArray names;
            for (const QString& n : q.categories) {
                params.text(n);
                names += (names.isEmpty() ? "" : ", ") + param();
            }
            exact += " AND (e.category_id IN (SELECT id FROM categories WHERE project_id = "
                     "e.project_id AND name IN (" +
                     names + "))";
            if (q.categories.contains(Category::kUncategorised)) {
                params.text(QString::fromLatin1(Category::kUncategorised));
                exact += " OR (e.category_id IS NULL AND NOT EXISTS (SELECT 1 FROM categories "
                         "WHERE project_id = e.project_id AND name = " +
                         param() + "))";
            }
            exact += ")";
        }
        where = project;
        if (!arms.empty())
            where += " AND ((" + arms[0] + ") OR (" + arms[1] + ") OR (" + arms[2] + "))";
        where += indexed + exact;
    }

    // The ids of a query with a window, one SELECT per span class: each an index-only scan of
    // its covering index (PgSchema) when the filter is a window and a box.
    QByteArray unionIds() const
    {
        QByteArray sql;
        for (const QByteArray& arm : arms)
            sql += QByteArray(sql.isEmpty() ? "" : " UNION ALL ") +
                   "SELECT e.id FROM events e WHERE " + project + " AND " + arm + exact;
        return sql;
    }
};

std::string stdString(const PgResult& r, int row, int column)
{
    return r.isNull(row, column) ? std::string()
                                 : std::string(PQgetvalue(r.get(), row, column),
                                               std::size_t(PQgetlength(r.get(), row, column)));
}

bool isTrue(const PgResult& r, int row, int column)
{
    return !r.isNull(row, column) && *PQgetvalue(r.get(), row, column) == 't';
}

} // namespace

Event PgEventStore::Impl::readEvent(const PgResult& r, int i) const
{
    Event e;
    e.id = r.int64(i, 0);
    e.externalId = r.text(i, 1);
    e.title = r.text(i, 2);
    e.description = r.text(i, 3);
    e.start = r.int64(i, 4);
    if (!r.isNull(i, 5)) e.end = r.int64(i, 5);
    e.precision = static_cast<DatePrecision>(r.int64(i, 6));
    EventFlags::unpack(int(r.int64(i, 7)), e);
    e.category = r.text(i, 8);
    e.subCategory = r.text(i, 9);
    e.actors = StoreLists::split(r.text(i, 10));
    e.tags = StoreLists::split(r.text(i, 11));
    if (!r.isNull(i, 12)) e.fatalities = int(r.int64(i, 12));
    if (!r.isNull(i, 13)) e.locationId = r.int64(i, 13);
    e.locationName = r.text(i, 14);
    if (!r.isNull(i, 15) && !r.isNull(i, 16)) {
        e.lat = r.real(i, 15);
        e.lon = r.real(i, 16);
    }
    e.geoPrecision = static_cast<GeoPrecision>(r.int64(i, 18));
    if (!r.isNull(i, 19)) e.attributes = AttributeCodec::decode(r.bytes(i, 19));
    e.titleDerived = isTrue(r, i, 20);
    return e;
}

void PgEventStore::Impl::readSources(std::vector<Event>& events) const
{
    if (events.empty()) return;
    std::vector<qint64> ids;
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < events.size(); ++i) {
        ids.push_back(events[i].id);
        index.insert(events[i].id, i);
    }
    const PgResult r = db->exec("SELECT event_id, name, url, quote FROM event_sources "
                                "WHERE project_id = $1 AND event_id = ANY($2::int8[]) "
                                "ORDER BY event_id, ordinal",
                                project().text(idArray(ids)), "reading sources");
    for (int row = 0; row < r.rows(); ++row) {
        const auto it = index.constFind(r.int64(row, 0));
        if (it != index.cend())
            events[*it].sources.append(Source{r.text(row, 1), r.text(row, 2), r.text(row, 3)});
    }
}

PgEventStore::PgEventStore() : d(std::make_unique<Impl>()) {}
PgEventStore::~PgEventStore() = default;

namespace {
std::unique_ptr<PgConnection> connect(const ProjectUrl& url)
{
    return std::make_unique<PgConnection>(url.connectionUri(), url.display());
}

StoreError noProject(const ProjectUrl& url, PgConnection& db)
{
    QStringList names;
    if (PgSchema::version(db) > 0) {
        const PgResult r = db.exec("SELECT name FROM projects ORDER BY name LIMIT 20", PgParams(),
                                   "listing the projects");
        for (int i = 0; i < r.rows(); ++i)
            names << r.text(i, 0);
    }
    return StoreError(
        QStringLiteral("%1: no project named \"%2\" in this database (%3); create one with "
                       "`tigris import URL FILE --create`")
            .arg(url.display(), url.project(),
                 names.isEmpty() ? QStringLiteral("it holds no Tigris projects")
                                 : QStringLiteral("its projects: ") + names.join(", ")));
}
} // namespace

std::unique_ptr<PgEventStore> PgEventStore::create(const ProjectUrl& url)
{
    return openOrCreate(url, Mode::Create, false);
}

std::unique_ptr<PgEventStore> PgEventStore::open(const ProjectUrl& url, bool readOnly)
{
    return openOrCreate(url, Mode::Open, readOnly);
}

std::unique_ptr<PgEventStore> PgEventStore::openOrCreate(const ProjectUrl& url)
{
    return openOrCreate(url, Mode::OpenOrCreate, false);
}

std::unique_ptr<PgEventStore> PgEventStore::openOrCreate(const ProjectUrl& url, Mode mode,
                                                         bool readOnly)
{
    std::unique_ptr<PgEventStore> store(new PgEventStore);
    store->d->url = url;
    store->d->db = connect(url);
    store->d->readOnly = readOnly;
    PgConnection& db = *store->d->db;
    // The window queries are short but read many rows, so that their estimated cost passes
    // jit_above_cost: compiling them took 150 ms of a query at 10M (docs/performance.md).
    db.exec("SET jit = off", "opening the project");
    const int version = PgSchema::version(db);
    if (version == 0 && mode == Mode::Open) throw noProject(url, db);
    if (version > PgSchema::kCurrentVersion)
        throw StoreError(QStringLiteral("%1: the database was set up by a newer Tigris (schema "
                                        "%2); this version reads up to schema %3. Update Tigris.")
                             .arg(url.display())
                             .arg(version)
                             .arg(PgSchema::kCurrentVersion));
    if (version < PgSchema::kCurrentVersion) PgSchema::ensureCurrent(db);
    PgTransaction transaction(db);
    const PgResult r = db.exec("SELECT id FROM projects WHERE name = $1",
                               PgParams().text(url.project()), "opening the project");
    if (r.rows() > 0 && mode == Mode::Create)
        throw StoreError(QStringLiteral("%1: a project named \"%2\" already exists in this "
                                        "database; choose a new name")
                             .arg(url.display(), url.project()));
    if (r.rows() == 0 && mode == Mode::Open) throw noProject(url, db);
    store->d->projectId = r.rows() > 0 ? r.int64(0, 0) : PgSchema::createProject(db, url.project());
    transaction.commit();
    store->d->projectSql = QByteArray::number(store->d->projectId);
    // A role that may only read (resources/sql/roles.sql) opens read-only, so that every edit
    // says so instead of failing on the server (pg2).
    if (!readOnly && !PgAccess::mayWrite(db, store->d->projectId)) store->d->readOnly = true;
    // The server refuses every write of this session, whatever the role may do.
    if (readOnly) db.exec("SET default_transaction_read_only = on", "opening the project");
    return store;
}

PgConnection& PgEventStore::connection() const
{
    return *d->db;
}

qint64 PgEventStore::projectId() const
{
    return d->projectId;
}

const ProjectUrl& PgEventStore::url() const
{
    return d->url;
}

QByteArray PgEventStore::notifyChannel() const
{
    return "tigris_" + d->projectSql;
}

qint64 PgEventStore::revision() const
{
    return d->db
        ->exec("SELECT revision FROM projects WHERE id = $1", d->project(), "reading the revision")
        .int64(0, 0);
}

QString PgEventStore::path() const
{
    return d->url.display();
}

int PgEventStore::schemaVersion() const
{
    return PgSchema::version(*d->db);
}

bool PgEventStore::isReadOnly() const
{
    return d->readOnly;
}

void PgEventStore::checkWritable()
{
    if (d->readOnly)
        throw StoreError(
            QStringLiteral("%1: is open read-only; the change was not saved").arg(path()));
}

std::unique_ptr<EventStore::Writer> PgEventStore::beginWrite()
{
    checkWritable();
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    return std::make_unique<PgEventWriter>(*d->db, d->projectId, notifyChannel(), &d->writing);
}

ProjectInfo PgEventStore::info() const
{
    ProjectInfo info;
    info.schemaVersion = schemaVersion();
    PgConnection& db = *d->db;
    const PgResult counts =
        db.exec("SELECT (SELECT count(*) FROM locations WHERE project_id = $1), "
                "(SELECT count(*) FROM categories WHERE project_id = $1)",
                d->project(), "reading the project's counts");
    info.locations = counts.int64(0, 0);
    info.categories = counts.int64(0, 1);
    const PgResult hasAnnotations =
        db.exec("SELECT 1 FROM information_schema.columns WHERE table_name = 'annotations' AND "
                "column_name = 'project_id' AND table_schema = current_schema()",
                PgParams(), "reading the project's counts");
    if (hasAnnotations.rows() > 0)
        info.annotations = db.exec("SELECT count(*) FROM annotations WHERE project_id = $1",
                                   d->project(), "reading the project's counts")
                               .int64(0, 0);
    constexpr const char* kColumns = "events, time_from, time_to, west, south, east, north";
    PgResult stats = db.exec(QByteArray("SELECT ") + kColumns +
                                 " FROM event_stats WHERE project_id = $1 AND NOT stale",
                             d->project(), "reading the statistics");
    info.statistics = ProjectInfo::Statistics::Stored;
    if (stats.rows() == 0) {
        // Stale after a removal: recomputed, and stored when this session may write.
        constexpr const char* kScan =
            "SELECT count(*), min(span_lo), max(span_hi), "
            "min(lon) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
            "min(lat) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
            "max(lon) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
            "max(lat) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL) "
            "FROM events WHERE project_id = $1";
        if (!d->readOnly && !d->writing) {
            stats = db.exec(QByteArray("WITH s AS (") + kScan + ") UPDATE event_stats t SET (" +
                                kColumns +
                                ", stale) = (SELECT s.*, false FROM s) WHERE t.project_id = $1 "
                                "RETURNING " +
                                kColumns,
                            d->project(), "updating the statistics");
            info.statistics = ProjectInfo::Statistics::Recomputed;
        } else {
            stats = db.exec(kScan, d->project(), "reading the statistics");
            info.statistics = ProjectInfo::Statistics::NotStored;
        }
    }
    if (stats.rows() > 0) {
        info.events = stats.int64(0, 0);
        if (!stats.isNull(0, 1)) info.timeFrom = stats.int64(0, 1);
        if (!stats.isNull(0, 2)) info.timeTo = stats.int64(0, 2);
        if (!stats.isNull(0, 3)) {
            info.west = stats.real(0, 3);
            info.south = stats.real(0, 4);
            info.east = stats.real(0, 5);
            info.north = stats.real(0, 6);
        }
    }
    return info;
}

std::vector<Category> PgEventStore::categories() const
{
    std::vector<Category> out;
    const PgResult r =
        d->db->exec("SELECT id, name, colour FROM categories WHERE project_id = $1 ORDER BY id",
                    d->project(), "reading the categories");
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(
            Category{r.int64(i, 0), r.text(i, 1), Category::colourFromText(r.text(i, 2))});
    // Events without a category form their own, listed last, as in the project file.
    const PgResult none = d->db->exec("SELECT EXISTS(SELECT 1 FROM events WHERE project_id = $1 "
                                      "AND category_id IS NULL)",
                                      d->project(), "reading the categories");
    if (isTrue(none, 0, 0)) out.push_back(Category::uncategorised());
    return out;
}

std::vector<Location> PgEventStore::locations() const
{
    std::vector<Location> out;
    const PgResult r = d->db->exec("SELECT id, name, alt_names, lat, lon, kind, admin1, country "
                                   "FROM locations WHERE project_id = $1 ORDER BY id",
                                   d->project(), "reading the locations");
    for (int i = 0; i < r.rows(); ++i) {
        Location l;
        l.id = r.int64(i, 0);
        l.name = r.text(i, 1);
        l.altNames = StoreLists::split(r.text(i, 2));
        if (!r.isNull(i, 3)) l.lat = r.real(i, 3);
        if (!r.isNull(i, 4)) l.lon = r.real(i, 4);
        l.kind = r.text(i, 5);
        l.admin1 = r.text(i, 6);
        l.country = r.text(i, 7);
        out.push_back(l);
    }
    return out;
}

std::optional<Event> PgEventStore::event(qint64 id) const
{
    std::vector<Event> found = events({id});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Event> PgEventStore::events(const std::vector<qint64>& ids) const
{
    std::vector<Event> out;
    if (ids.empty()) return out;
    const PgResult r = d->db->exec(QByteArray("SELECT ") + kEventColumns +
                                       "WHERE e.project_id = $1 AND e.id = ANY($2::int8[])",
                                   d->project().text(idArray(ids)), "reading events");
    std::vector<Event> found;
    for (int i = 0; i < r.rows(); ++i)
        found.push_back(d->readEvent(r, i));
    d->readSources(found);
    QHash<qint64, std::size_t> byId;
    for (std::size_t i = 0; i < found.size(); ++i)
        byId.insert(found[i].id, i);
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.cend()) out.push_back(found[*it]);
    return out;
}

std::vector<Event> PgEventStore::query(const EventQuery& q) const
{
    PgFilter filter(q, d->projectId);
    std::vector<Event> out;
    if (filter.matchesNothing || q.limit == 0) return out;
    QByteArray sql =
        QByteArray("SELECT ") + kEventColumns + "WHERE " + filter.where + " ORDER BY e.start, e.id";
    if (q.limit > 0) sql += " LIMIT " + QByteArray::number(q.limit);
    const PgResult r = d->db->exec(sql, filter.params, "querying events");
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(d->readEvent(r, i));
    d->readSources(out);
    return out;
}

namespace {
// Without a limit the ids come in the order the indexes hand them out and are sorted here:
// sorting 54k ids took the server 27 ms of a 35 ms window query at 10M (docs/performance.md),
// this process 2 ms. With a limit the server sorts (a top-N).
QByteArray idsStatement(const PgFilter& filter, const EventQuery& q)
{
    const QByteArray select = filter.arms.empty()
                                  ? "SELECT e.id FROM events e WHERE " + filter.where
                                  : "SELECT id FROM (" + filter.unionIds() + ") u";
    return q.limit > 0 ? select + " ORDER BY 1 LIMIT " + QByteArray::number(q.limit) : select;
}
} // namespace

std::vector<qint64> PgEventStore::queryIds(const EventQuery& q) const
{
    PgFilter filter(q, d->projectId);
    std::vector<qint64> out;
    if (filter.matchesNothing || q.limit == 0) return out;
    const QByteArray sql = idsStatement(filter, q);
    const PgResult r = d->db->exec(sql, filter.params, "querying events", true);
    out.reserve(std::size_t(r.rows()));
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(r.binaryInt64(i, 0));
    if (q.limit < 0) std::sort(out.begin(), out.end());
    return out;
}

QString PgEventStore::explainIds(const EventQuery& q, bool timing) const
{
    PgFilter filter(q, d->projectId);
    const PgResult r = d->db->exec(QByteArray("EXPLAIN (ANALYZE, BUFFERS") +
                                       (timing ? ") " : ", TIMING off) ") + idsStatement(filter, q),
                                   filter.params, "explaining a query");
    QStringList lines;
    for (int i = 0; i < r.rows(); ++i)
        lines << r.text(i, 0);
    return lines.join(QLatin1Char('\n'));
}

void PgEventStore::forEachMatch(const EventQuery& q,
                                const std::function<void(const EventRecord&)>& f,
                                bool withAttributes) const
{
    PgFilter filter(q, d->projectId);
    if (filter.matchesNothing || q.limit == 0) return;
    // Ordered by the start of each event's span, then id, as the project file streams them.
    QByteArray sql = QByteArray("SELECT ") + kEventColumns + "WHERE " + filter.where +
                     " ORDER BY e.span_lo, e.id";
    if (q.limit > 0) sql += " LIMIT " + QByteArray::number(q.limit);
    EventRecord record;
    d->forEachChunk(sql, filter.params, 2000, [&](const PgResult& r) {
        // The chunk's sources in one query.
        std::vector<qint64> ids;
        for (int i = 0; i < r.rows(); ++i)
            ids.push_back(r.int64(i, 0));
        const PgResult sources = d->db->exec("SELECT event_id, name, url, quote FROM event_sources "
                                             "WHERE project_id = $1 AND event_id = ANY($2::int8[]) "
                                             "ORDER BY event_id, ordinal",
                                             d->project().text(idArray(ids)), "reading sources");
        QHash<qint64, std::pair<int, int>> rows; // event id → first row, count
        for (int s = 0; s < sources.rows(); ++s) {
            auto& range = rows[sources.int64(s, 0)];
            if (range.second == 0) range.first = s;
            ++range.second;
        }
        for (int i = 0; i < r.rows(); ++i) {
            record.id = r.int64(i, 0);
            record.externalId = stdString(r, i, 1);
            record.title = stdString(r, i, 2);
            record.description = stdString(r, i, 3);
            record.start = r.int64(i, 4);
            record.end = r.isNull(i, 5) ? std::nullopt : std::optional<qint64>(r.int64(i, 5));
            record.precision = static_cast<DatePrecision>(r.int64(i, 6));
            record.approximate = (r.int64(i, 7) & EventFlags::kApproximate) != 0;
            record.category = stdString(r, i, 8);
            record.subCategory = stdString(r, i, 9);
            record.actors = stdString(r, i, 10);
            record.tags = stdString(r, i, 11);
            record.fatalities =
                r.isNull(i, 12) ? std::nullopt : std::optional<int>(int(r.int64(i, 12)));
            record.location = stdString(r, i, 14);
            const bool positioned = !r.isNull(i, 15) && !r.isNull(i, 16);
            record.lat = positioned ? r.real(i, 15) : std::nan("");
            record.lon = positioned ? r.real(i, 16) : std::nan("");
            record.geoPrecision = static_cast<GeoPrecision>(r.int64(i, 18));
            if (withAttributes) record.attributes = stdString(r, i, 19);
            record.sources.clear();
            if (const auto it = rows.constFind(record.id); it != rows.cend())
                for (int s = it->first; s < it->first + it->second; ++s)
                    record.sources.push_back({stdString(sources, s, 1), stdString(sources, s, 2),
                                              stdString(sources, s, 3)});
            f(record);
        }
    });
}

namespace {

// Category ids to their index in categories(); events without one (or with an unknown id) get
// `none`, the index after them all.
struct CategoryIndex {
    QHash<qint64, std::uint16_t> byId;
    std::uint16_t none = 0;

    explicit CategoryIndex(const std::vector<Category>& list)
    {
        for (const Category& c : list) {
            if (c.isUncategorised()) break;
            byId.insert(c.id, none);
            if (none < 65535) ++none;
        }
    }
};

// Appends to `c` the columns of the project's events that meet `condition` (over `events`),
// in id order: one binary COPY (over the covering index events_columns for an id range),
// decoded as it arrives.
void copyColumns(PgConnection& db, const QByteArray& condition, const CategoryIndex& categories,
                 EventColumns& c)
{
    PgCopyDecoder row;
    db.copyOut(
        "COPY (SELECT id, lat, lon, span_lo, span_hi, category_id, precision, "
        "geo_precision, approximate FROM events WHERE " +
            condition + " ORDER BY id) TO STDOUT (FORMAT binary)",
        [&](const char* data, int size) {
            if (!row.row(data, size)) return;
            if (row.fields() != 9) throw StoreError(QStringLiteral("bad columns"));
            c.id.push_back(row.int8());
            const double lat = row.float8();
            const double lon = row.float8();
            if (std::isnan(lat) || std::isnan(lon)) {
                c.x.push_back(std::numeric_limits<double>::quiet_NaN());
                c.y.push_back(std::numeric_limits<double>::quiet_NaN());
            } else {
                const QPointF p = WebMercator::project(lat, lon);
                c.x.push_back(p.x());
                c.y.push_back(p.y());
            }
            c.lo.push_back(row.int8());
            c.hi.push_back(row.int8());
            const bool uncategorised = row.isNull();
            const qint64 category = row.int8();
            c.category.push_back(uncategorised ? categories.none
                                               : categories.byId.value(category, categories.none));
            c.precision.push_back(std::uint8_t(row.int2()));
            c.geoPrecision.push_back(std::uint8_t(row.int2()));
            c.approximate.push_back(std::uint8_t(row.int2()));
        },
        "loading the events");
}

QByteArray idRange(const QByteArray& projectSql, qint64 first, qint64 last)
{
    return "project_id = " + projectSql + " AND id BETWEEN " + QByteArray::number(first) + " AND " +
           QByteArray::number(last);
}

// Projects smaller than this are read on one connection: a second one costs more to start
// than it saves.
constexpr qint64 kParallelColumns = 200'000;
// A cache file is written again after this many changed rows (or a whole read); fewer are
// read from the server at the next open again, which is cheaper than writing the file.
constexpr std::size_t kCacheRewrite = 10'000;

std::vector<qint64> categoryIds(const std::vector<Category>& list)
{
    std::vector<qint64> ids;
    for (const Category& c : list)
        if (!c.isUncategorised()) ids.push_back(c.id);
    return ids;
}

// Reads the columns of the events with ids in [first, last] into `c` on `db` (in a
// transaction that exported `snapshot`) and on a second connection.
void readColumnsInParallel(const ProjectUrl& url, PgConnection& db, const QByteArray& projectSql,
                           const QByteArray& snapshot, qint64 first, qint64 last, qint64 count,
                           const CategoryIndex& categories, EventColumns& c)
{
    // Two halves of the id range on two connections that share this transaction's snapshot
    // (pg_export_snapshot), so that two server processes read and two threads decode: the
    // columns of a large project are the server's work as much as ours (issue 20, item 9).
    // A second connection that cannot be had (max_connections, say) leaves its half to this one.
    const qint64 middle = first + (last - first) / 2;
    c.reserve(std::size_t(count + 1024)); // room for the second half: appended without a copy
    EventColumns second;
    std::exception_ptr failed;
    std::thread helper([&] {
        try {
            PgConnection other(url.connectionUri(), url.display());
            PgTransaction t(other, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            other.exec("SET TRANSACTION SNAPSHOT $$" + snapshot + "$$", "loading the events");
            second.reserve(std::size_t(count - count / 2 + 1024));
            copyColumns(other, idRange(projectSql, middle + 1, last), categories, second);
            t.commit();
        } catch (...) {
            failed = std::current_exception();
        }
    });
    try {
        copyColumns(db, idRange(projectSql, first, middle), categories, c);
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failed) {
        second.clear();
        copyColumns(db, idRange(projectSql, middle + 1, last), categories, second);
    }
    c.appendAndRelease(second);
}

} // namespace

// What loadColumns and updateColumns share, in one snapshot: the categories, the project's
// revision and the number of events the statistics hold (-1: not known).
struct PgEventStore::ColumnsState {
    std::vector<Category> categories;
    qint64 revision = 0;
    qint64 events = -1;
    QByteArray created;
};

PgEventStore::ColumnsState PgEventStore::columnsState() const
{
    ColumnsState state;
    state.categories = categories();
    const PgResult r = d->db->exec("SELECT p.revision, p.created::text, s.events, s.stale FROM "
                                   "projects p LEFT JOIN event_stats s ON s.project_id = p.id "
                                   "WHERE p.id = $1",
                                   d->project(), "reading the events");
    if (r.rows() == 0)
        throw StoreError(QStringLiteral("%1: the project is gone").arg(d->url.display()));
    state.revision = r.int64(0, 0);
    state.created = r.bytes(0, 1);
    if (!r.isNull(0, 2) && !isTrue(r, 0, 3)) state.events = r.int64(0, 2);
    return state;
}

bool PgEventStore::applyChanges(EventColumns& columns, qint64 since,
                                const std::vector<qint64>& sinceCategories, const ColumnsState& now,
                                std::size_t* changedRows) const
{
    if (since > now.revision) return false; // a project made again, or a restored database
    const CategoryIndex categories(now.categories);
    // What changed first: `columns` stay as they were when the server fails.
    EventColumns changed;
    std::vector<qint64> removed;
    if (since < now.revision) {
        const QByteArray newer = " AND revision > " + QByteArray::number(since);
        copyColumns(*d->db, "project_id = " + d->projectSql + newer, categories, changed);
        const PgResult r = d->db->exec("SELECT DISTINCT id FROM tombstones WHERE project_id = $1 "
                                       "AND kind = 'event'" +
                                           newer + " ORDER BY 1",
                                       d->project(), "reading what was removed", true);
        for (int i = 0; i < r.rows(); ++i)
            removed.push_back(r.binaryInt64(i, 0));
    }
    // The indexes into the categories the columns were read with, to today's.
    std::vector<std::uint16_t> remap(sinceCategories.size() + 1, categories.none);
    for (std::size_t k = 0; k < sinceCategories.size(); ++k)
        remap[k] = categories.byId.value(sinceCategories[k], categories.none);
    for (std::uint16_t& c : columns.category)
        c = remap[std::min<std::size_t>(c, sinceCategories.size())];
    if (!changed.id.empty() || !removed.empty()) mergeById(columns, changed, removed);
    if (changedRows) *changedRows = changed.size() + removed.size();
    // Tombstones an administrator deleted would leave removed events in: read everything.
    return now.events < 0 || qint64(columns.size()) == now.events;
}

EventColumns PgEventStore::loadColumns() const
{
    PgConnection& db = *d->db;
    // In a Writer's transaction: what it sees, on its connection alone, and never cached.
    const bool own = PQtransactionStatus(db.handle()) == PQTRANS_IDLE;
    std::optional<PgTransaction> transaction;
    if (own) transaction.emplace(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const ColumnsState now = columnsState();
    const CategoryIndex categories(now.categories);
    std::optional<ColumnsCache> cache;
    if (own) {
        cache.emplace(QStringLiteral("server-columns"),
                      d->url.display().toUtf8() + '\n' + d->projectSql + '\n' + now.created);
        if (std::optional<ColumnsCache::Entry> kept = cache->read()) {
            std::size_t changed = 0;
            if (applyChanges(kept->columns, kept->revision, kept->categoryIds, now, &changed)) {
                transaction->commit();
                d->columnsRevision = now.revision;
                d->columnsCategories = categoryIds(now.categories);
                if (changed >= kCacheRewrite) {
                    kept->revision = now.revision;
                    kept->categoryIds = d->columnsCategories;
                    cache->write(*kept);
                }
                return std::move(kept->columns);
            }
        }
    }
    ColumnsCache::Entry entry;
    entry.revision = now.revision;
    entry.categoryIds = categoryIds(now.categories);
    EventColumns& c = entry.columns;
    const PgResult bounds =
        db.exec(QByteArray("SELECT min(id), max(id)") + (own ? ", pg_export_snapshot()" : "") +
                    " FROM events WHERE project_id = $1",
                d->project(), "reading the events");
    if (!bounds.isNull(0, 0)) {
        // Stale statistics (after a removal): the id range tells a large project.
        const qint64 count = std::max<qint64>(0, now.events);
        const qint64 first = bounds.int64(0, 0), last = bounds.int64(0, 1);
        const qint64 size = now.events >= 0 ? now.events : last - first + 1;
        if (!own || size < kParallelColumns || last - first < 2) {
            c.reserve(std::size_t(count));
            copyColumns(db, idRange(d->projectSql, first, last), categories, c);
        } else {
            readColumnsInParallel(d->url, db, d->projectSql, bounds.bytes(0, 2), first, last, count,
                                  categories, c);
        }
    }
    if (!own) return std::move(entry.columns);
    transaction->commit();
    d->columnsRevision = now.revision;
    d->columnsCategories = entry.categoryIds;
    cache->write(entry);
    return std::move(entry.columns);
}

bool PgEventStore::updateColumns(EventColumns& columns) const
{
    if (d->columnsRevision < 0 || PQtransactionStatus(d->db->handle()) != PQTRANS_IDLE)
        return false;
    PgTransaction transaction(*d->db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const ColumnsState now = columnsState();
    if (!applyChanges(columns, d->columnsRevision, d->columnsCategories, now, nullptr))
        return false;
    transaction.commit();
    d->columnsRevision = now.revision;
    d->columnsCategories = categoryIds(now.categories);
    return true;
}

std::vector<qint64> PgEventStore::idsOrderedBy(ListOrder key) const
{
    // As the project file's NOCASE: ASCII letters folded, then byte order.
    const char* column = "lower(e.title COLLATE \"C\")";
    switch (key) {
    case ListOrder::Title:
        column = "lower(e.title COLLATE \"C\")";
        break;
    case ListOrder::Place:
        column = "lower(COALESCE(l.name, e.place) COLLATE \"C\")";
        break;
    case ListOrder::Category:
        column = "lower(c.name COLLATE \"C\")";
        break;
    case ListOrder::Actors:
        column = "lower(e.actors COLLATE \"C\")";
        break;
    case ListOrder::Fatalities:
        column = "e.fatalities";
        break;
    }
    const PgResult r = d->db->exec(
        QByteArray("SELECT e.id FROM events e LEFT JOIN categories c ON c.project_id = "
                   "e.project_id AND c.id = e.category_id LEFT JOIN locations l ON "
                   "l.project_id = e.project_id AND l.id = e.location_id WHERE e.project_id = $1 "
                   "ORDER BY ") +
            column + " NULLS FIRST, e.start, e.id",
        d->project(), "ordering the events", true);
    std::vector<qint64> out;
    out.reserve(std::size_t(r.rows()));
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(r.binaryInt64(i, 0));
    return out;
}

void PgEventStore::forEachActors(const std::function<void(qint64, const QString&)>& f) const
{
    d->forEachChunk("SELECT id, actors FROM events WHERE project_id = $1 AND actors IS NOT NULL "
                    "AND actors <> ''",
                    d->project(), 20000, [&](const PgResult& r) {
                        for (int i = 0; i < r.rows(); ++i)
                            f(r.int64(i, 0), r.text(i, 1));
                    });
}

QString PgEventStore::setting(const QString& key) const
{
    const PgResult r = d->db->exec("SELECT value FROM settings WHERE project_id = $1 AND key = $2",
                                   d->project().text(key), "reading a setting");
    return r.rows() > 0 ? r.text(0, 0) : QString();
}

void PgEventStore::setSetting(const QString& key, const QString& value)
{
    checkWritable();
    // Inside an open Writer this would silently join (and share the fate of) its transaction.
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    d->db->exec("INSERT INTO settings(project_id, key, value) VALUES($1, $2, $3) "
                "ON CONFLICT(project_id, key) DO UPDATE SET value = excluded.value",
                d->project().text(key).text(value), "saving a setting");
}
