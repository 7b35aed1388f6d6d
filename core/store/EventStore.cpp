#include "store/EventStore.h"

#include "store/ProjectSchema.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointF>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <sqlite3.h>

namespace {

// Lists are stored with the ASCII unit separator: cheap to write a million times, and it
// cannot occur in names typed by people.
const QChar kListSeparator(0x1f);

QString joinList(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("") : list.join(kListSeparator);
}

QStringList splitList(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(kListSeparator);
}

QString describe(const QString& path, const QString& reason)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName().isEmpty() ? path : path, reason);
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

// Effective position for the R*Tree and EventColumns: the event's own, else its location's.
QPointF mercator(double lat, double lon)
{
    constexpr double kMaxLat = 85.05112877980659;
    const double clamped = std::clamp(lat, -kMaxLat, kMaxLat) * std::numbers::pi / 180.0;
    const double x = (lon + 180.0) / 360.0;
    const double y =
        (1.0 - std::log(std::tan(clamped) + 1.0 / std::cos(clamped)) / std::numbers::pi) / 2.0;
    return {x, y};
}

} // namespace

struct EventStore::Impl {
    sqlite3* db = nullptr;
    QString path;
    bool readOnly = false;
    bool writing = false;

    ~Impl() { sqlite3_close_v2(db); }

    void configure()
    {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_extended_result_codes(db, 1);
        sqliteExec(db, "PRAGMA foreign_keys=ON");
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
    void readSources(Event& e) const;
};

namespace {
// Columns read by readEvent, in order.
constexpr const char* kEventColumns =
    "e.id, e.external_id, e.title, e.description, e.start, e.\"end\", e.precision, "
    "e.approximate, c.name, e.sub_category, e.actors, e.tags, e.fatalities, e.location_id, "
    "COALESCE(l.name, e.place), e.lat, e.lon, e.own_coord, e.geo_precision "
    "FROM events e LEFT JOIN categories c ON c.id = e.category_id "
    "LEFT JOIN locations l ON l.id = e.location_id ";
} // namespace

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
    e.approximate = s.int64(7) != 0;
    e.category = s.text(8);
    e.subCategory = s.text(9);
    e.actors = splitList(s.text(10));
    e.tags = splitList(s.text(11));
    if (!s.isNull(12)) e.fatalities = int(s.int64(12));
    if (!s.isNull(13)) e.locationId = s.int64(13);
    e.locationName = s.text(14);
    // The effective position: the event's own or, when it has none, its location's.
    if (!s.isNull(15)) {
        e.lat = s.real(15);
        e.lon = s.real(16);
    }
    e.geoPrecision = static_cast<GeoPrecision>(s.int64(18));
    readSources(e);
    return e;
}

void EventStore::Impl::readSources(Event& e) const
{
    SqliteStatement s(db, "SELECT name, url, quote FROM sources WHERE event_id=? ORDER BY ordinal");
    s.bind(1, e.id);
    while (s.step())
        e.sources.append(Source{s.text(0), s.text(1), s.text(2)});
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
            // Migrate through a writable connection when we may; read-only media cannot.
            if (!QFileInfo(path).isWritable())
                throw StoreError(describe(path, QStringLiteral("uses the older schema %1 and is "
                                                               "read-only, so it cannot be "
                                                               "upgraded")
                                                    .arg(version)));
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

namespace {

class StoreWriter final : public EventStore::Writer {
  public:
    StoreWriter(sqlite3* db, bool* writing)
        : db_(db), writing_(writing),
          insertEvent_(db, "INSERT INTO events(external_id, title, description, start, \"end\", "
                           "precision, approximate, span_lo, span_hi, category_id, sub_category, "
                           "actors, tags, fatalities, location_id, place, lat, lon, own_coord, "
                           "geo_precision) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
          insertSource_(db, "INSERT INTO sources(event_id, ordinal, name, url, quote) "
                            "VALUES(?,?,?,?,?)"),
          insertPosition_(db, "INSERT INTO event_positions VALUES(?,?,?,?,?)"),
          insertText_(db, "INSERT INTO event_text(rowid, title, description, actors, place) "
                          "VALUES(?,?,?,?,?)"),
          insertLocation_(db, "INSERT INTO locations(name, alt_names, lat, lon, kind, admin1, "
                              "country) VALUES(?,?,?,?,?,?,?)"),
          findLocation_(db, "SELECT id FROM locations WHERE name=? AND (?2 IS NULL OR country=?2) "
                            "ORDER BY id LIMIT 1"),
          findCategory_(db, "SELECT id FROM categories WHERE name=?"),
          insertCategory_(db, "INSERT INTO categories(name, colour) VALUES(?,?)"),
          updateCategory_(db, "INSERT INTO categories(name, colour) VALUES(?1,?2) "
                              "ON CONFLICT(name) DO UPDATE SET colour=?2"),
          locationById_(db, "SELECT name, lat, lon FROM locations WHERE id=?")
    {
        sqliteExec(db, "PRAGMA cache_size=-262144"); // 256 MB at most, for bulk index building
        sqliteExec(db, "BEGIN IMMEDIATE");
        *writing_ = true;
    }

    ~StoreWriter() override
    {
        if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(db_, "PRAGMA cache_size=-8192", nullptr, nullptr, nullptr);
        *writing_ = false;
    }

    qint64 addLocation(const Location& l) override
    {
        insertLocation_.bind(1, l.name);
        insertLocation_.bind(2, joinList(l.altNames));
        bindCoordinate(insertLocation_, 3, l.lat, l.lon);
        insertLocation_.bind(5, l.kind);
        insertLocation_.bind(6, l.admin1);
        insertLocation_.bind(7, l.country);
        insertLocation_.run();
        const qint64 id = sqlite3_last_insert_rowid(db_);
        locations_.insert(id, {l.name, l.lat, l.lon});
        return id;
    }

    qint64 findLocation(const QString& name, const QString& country) override
    {
        findLocation_.bind(1, name);
        findLocation_.bind(2, country.isEmpty() ? QString() : country);
        const qint64 id = findLocation_.step() ? findLocation_.int64(0) : 0;
        findLocation_.reset();
        return id;
    }

    qint64 addEvent(const Event& e) override
    {
        if (e.title.isEmpty()) throw StoreError(QStringLiteral("an event needs a title"));
        double lat = e.lat, lon = e.lon;
        const bool own = !std::isnan(lat) && !std::isnan(lon);
        QString place = e.locationName;
        if (e.locationId) {
            const PlaceInfo info = location(*e.locationId);
            if (!own) {
                lat = info.lat;
                lon = info.lon;
            }
            place = info.name;
        }
        const bool positioned = !std::isnan(lat) && !std::isnan(lon);

        auto& s = insertEvent_;
        s.bind(1, e.externalId.isEmpty() ? QString() : e.externalId);
        s.bind(2, e.title);
        s.bind(3, e.description);
        s.bind(4, e.start);
        if (e.end) s.bind(5, *e.end);
        s.bind(6, int(e.precision));
        s.bind(7, e.approximate ? 1 : 0);
        s.bind(8, e.spanBegin());
        s.bind(9, e.spanEnd());
        if (!e.category.isEmpty()) s.bind(10, categoryId(e.category));
        s.bind(11, e.subCategory);
        s.bind(12, joinList(e.actors));
        s.bind(13, joinList(e.tags));
        if (e.fatalities) s.bind(14, qint64(*e.fatalities));
        if (e.locationId) s.bind(15, *e.locationId);
        s.bind(16, e.locationId ? QString() : place);
        if (positioned) bindCoordinate(s, 17, lat, lon);
        s.bind(19, own ? 1 : 0);
        s.bind(20, int(e.geoPrecision));
        s.run();
        const qint64 id = sqlite3_last_insert_rowid(db_);

        for (int i = 0; i < e.sources.size(); ++i) {
            insertSource_.bind(1, id);
            insertSource_.bind(2, i);
            insertSource_.bind(3, e.sources[i].name);
            insertSource_.bind(4, e.sources[i].url);
            insertSource_.bind(5, e.sources[i].quote);
            insertSource_.run();
        }
        if (positioned) {
            insertPosition_.bind(1, id);
            insertPosition_.bind(2, lon);
            insertPosition_.bind(3, lon);
            insertPosition_.bind(4, lat);
            insertPosition_.bind(5, lat);
            insertPosition_.run();
        }
        insertText_.bind(1, id);
        insertText_.bind(2, e.title);
        insertText_.bind(3, e.description);
        insertText_.bind(4, e.actors.join(QLatin1Char(' ')));
        insertText_.bind(5, place);
        insertText_.run();
        return id;
    }

    void setCategoryColour(const QString& name, const QColor& colour) override
    {
        updateCategory_.bind(1, name);
        updateCategory_.bind(2, colour.name(QColor::HexRgb));
        updateCategory_.run();
        categories_.remove(name);
    }

    void commit() override
    {
        sqliteExec(db_, "COMMIT");
        committed_ = true;
    }

  private:
    struct PlaceInfo {
        QString name;
        double lat = std::nan("");
        double lon = std::nan("");
    };

    static void bindCoordinate(SqliteStatement& s, int first, double lat, double lon)
    {
        if (std::isnan(lat) || std::isnan(lon)) {
            s.bindNull(first);
            s.bindNull(first + 1);
        } else {
            s.bind(first, lat);
            s.bind(first + 1, lon);
        }
    }

    PlaceInfo location(qint64 id)
    {
        const auto it = locations_.constFind(id);
        if (it != locations_.cend()) return *it;
        locationById_.bind(1, id);
        if (!locationById_.step()) {
            locationById_.reset();
            throw StoreError(
                QStringLiteral("an event refers to location %1, which does not exist").arg(id));
        }
        PlaceInfo info{locationById_.text(0),
                       locationById_.isNull(1) ? std::nan("") : locationById_.real(1),
                       locationById_.isNull(2) ? std::nan("") : locationById_.real(2)};
        locationById_.reset();
        if (locations_.size() > 100'000) locations_.clear(); // bounded: memory independent of input
        locations_.insert(id, info);
        return info;
    }

    qint64 categoryId(const QString& name)
    {
        const auto it = categories_.constFind(name);
        if (it != categories_.cend()) return *it;
        findCategory_.bind(1, name);
        qint64 id = 0;
        if (findCategory_.step()) {
            id = findCategory_.int64(0);
            findCategory_.reset();
        } else {
            findCategory_.reset();
            insertCategory_.bind(1, name);
            insertCategory_.bind(2, Category::defaultColourFor(name).name(QColor::HexRgb));
            insertCategory_.run();
            id = sqlite3_last_insert_rowid(db_);
        }
        categories_.insert(name, id);
        return id;
    }

    sqlite3* db_;
    bool* writing_;
    bool committed_ = false;
    SqliteStatement insertEvent_, insertSource_, insertPosition_, insertText_, insertLocation_,
        findLocation_, findCategory_, insertCategory_, updateCategory_, locationById_;
    QHash<QString, qint64> categories_;
    QHash<qint64, PlaceInfo> locations_;
};

} // namespace

std::unique_ptr<EventStore::Writer> EventStore::beginWrite()
{
    d->requireWritable();
    if (d->writing) throw StoreError(QStringLiteral("another change is in progress"));
    return std::make_unique<StoreWriter>(d->db, &d->writing);
}

// ---------------------------------------------------------------------------------------------

ProjectInfo EventStore::info() const
{
    ProjectInfo info;
    info.schemaVersion = schemaVersion();
    SqliteStatement s(d->db,
                      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM locations), "
                      "(SELECT count(*) FROM annotations), (SELECT count(*) FROM categories), "
                      "(SELECT min(span_lo) FROM events), (SELECT max(span_hi) FROM events), "
                      "(SELECT min(min_lon) FROM event_positions), "
                      "(SELECT min(min_lat) FROM event_positions), "
                      "(SELECT max(max_lon) FROM event_positions), "
                      "(SELECT max(max_lat) FROM event_positions)");
    if (s.step()) {
        info.events = s.int64(0);
        info.locations = s.int64(1);
        info.annotations = s.int64(2);
        info.categories = s.int64(3);
        if (!s.isNull(4)) info.timeFrom = s.int64(4);
        if (!s.isNull(5)) info.timeTo = s.int64(5);
        if (!s.isNull(6)) {
            info.west = s.real(6);
            info.south = s.real(7);
            info.east = s.real(8);
            info.north = s.real(9);
        }
    }
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
        l.altNames = splitList(s.text(2));
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
    SqliteStatement s(d->db, (QByteArray("SELECT ") + kEventColumns + "WHERE e.id=?").constData());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return d->readEvent(s);
}

namespace {
// User words become quoted FTS5 strings joined by AND: operators and quotes typed by the user
// are searched for, never interpreted.
QString ftsMatch(const QString& text)
{
    QStringList terms;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + w + QLatin1Char('"');
    }
    return terms.join(QLatin1Char(' '));
}
} // namespace

std::vector<Event> EventStore::query(const EventQuery& q) const
{
    QByteArray sql = QByteArray("SELECT ") + kEventColumns + "WHERE 1";
    QList<std::function<void(SqliteStatement&, int&)>> binders;
    if (q.window) {
        // span_lo is indexed; bounding it below by (from - longest span) turns the overlap test
        // into a range scan.
        qint64 longest = 0;
        SqliteStatement m(d->db, "SELECT max(span_hi - span_lo) FROM events");
        if (m.step()) longest = m.int64(0);
        const TimeWindow w = *q.window;
        const qint64 lowest =
            w.from == std::numeric_limits<qint64>::min()
                ? w.from
                : std::max(w.from - longest, std::numeric_limits<qint64>::min() + longest);
        sql += " AND e.span_lo >= ? AND e.span_lo < ? AND e.span_hi > ?";
        binders << [=](SqliteStatement& s, int& i) {
            s.bind(i++, lowest);
            s.bind(i++, w.to);
            s.bind(i++, w.from);
        };
    }
    if (q.bbox) {
        const GeoBox b = *q.bbox;
        const bool wraps = b.west > b.east;
        if (q.window) {
            sql += wraps ? " AND e.lat BETWEEN ? AND ? AND (e.lon >= ? OR e.lon <= ?)"
                         : " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?";
        } else {
            sql += wraps ? " AND e.id IN (SELECT id FROM event_positions WHERE max_lat >= ? AND "
                           "min_lat <= ? AND (max_lon >= ? OR min_lon <= ?))"
                         : " AND e.id IN (SELECT id FROM event_positions WHERE max_lat >= ? AND "
                           "min_lat <= ? AND max_lon >= ? AND min_lon <= ?)";
        }
        binders << [=](SqliteStatement& s, int& i) {
            s.bind(i++, b.south);
            s.bind(i++, b.north);
            s.bind(i++, b.west);
            s.bind(i++, b.east);
        };
    }
    const QString match = ftsMatch(q.text);
    if (!match.isEmpty()) {
        sql += " AND e.id IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)";
        binders << [=](SqliteStatement& s, int& i) { s.bind(i++, match); };
    }
    if (!q.categories.isEmpty()) {
        sql += " AND c.name IN (";
        for (int k = 0; k < q.categories.size(); ++k)
            sql += k ? ",?" : "?";
        sql += ")";
        const QStringList names = q.categories;
        binders << [=](SqliteStatement& s, int& i) {
            for (const auto& n : names)
                s.bind(i++, n);
        };
    }
    sql += " ORDER BY e.start, e.id";
    if (q.limit >= 0) sql += " LIMIT " + QByteArray::number(q.limit);

    SqliteStatement s(d->db, sql.constData());
    int index = 1;
    for (const auto& bind : binders)
        bind(s, index);
    std::vector<Event> out;
    while (s.step())
        out.push_back(d->readEvent(s));
    return out;
}

EventColumns EventStore::loadColumns() const
{
    EventColumns c;
    QHash<qint64, std::uint16_t> categoryIndex;
    {
        SqliteStatement s(d->db, "SELECT id FROM categories ORDER BY id");
        while (s.step())
            categoryIndex.insert(s.int64(0), std::uint16_t(categoryIndex.size()));
    }
    {
        SqliteStatement n(d->db, "SELECT count(*) FROM events WHERE lat IS NOT NULL");
        if (n.step()) c.reserve(std::size_t(n.int64(0)));
    }
    // Events with no position at all cannot be drawn and are left out.
    SqliteStatement s(d->db, "SELECT id, lat, lon, span_lo, span_hi, category_id, precision, "
                             "geo_precision, approximate FROM events WHERE lat IS NOT NULL "
                             "ORDER BY id");
    sqlite3_stmt* st = s.get();
    while (s.step()) {
        const QPointF p = mercator(sqlite3_column_double(st, 1), sqlite3_column_double(st, 2));
        c.id.push_back(sqlite3_column_int64(st, 0));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        c.lo.push_back(sqlite3_column_int64(st, 3));
        c.hi.push_back(sqlite3_column_int64(st, 4));
        const qint64 cat =
            sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 5);
        c.category.push_back(categoryIndex.value(cat, 0));
        c.precision.push_back(std::uint8_t(sqlite3_column_int(st, 6)));
        c.geoPrecision.push_back(std::uint8_t(sqlite3_column_int(st, 7)));
        c.approximate.push_back(std::uint8_t(sqlite3_column_int(st, 8)));
    }
    return c;
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
    SqliteStatement s(d->db, "INSERT INTO settings(key, value) VALUES(?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value=?2");
    s.bind(1, key);
    s.bind(2, value);
    s.run();
}
