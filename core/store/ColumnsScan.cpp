#include "store/ColumnsScan.h"

#include "base/ScopeGuard.h"
#include "geo/WebMercator.h"
#include "store/ProjectSchema.h"
#include "store/ScanCache.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QPointF>
#include <QThread>
#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <thread>

namespace {

// Category ids are small (one per name): a table instead of a hash lookup per event. An event
// without a category (or with an id the table lacks) is in "Uncategorised", the index after
// every stored category (EventStore::categories lists it last).
struct CategoryTable {
    std::vector<std::uint16_t> index;
    std::uint16_t none = 0;
};

// Appends each row it is given to EventColumns.
struct ColumnsCollector {
    EventColumns& c;
    const CategoryTable& categories;
    bool ascending = true;

    static void step(sqlite3_context* context, int, sqlite3_value** v)
    {
        auto* self = static_cast<ColumnsCollector*>(sqlite3_user_data(context));
        EventColumns& c = self->c;
        constexpr double kNoPosition = std::numeric_limits<double>::quiet_NaN();
        try {
            const qint64 id = sqlite3_value_int64(v[0]);
            if (!c.id.empty() && id <= c.id.back()) self->ascending = false;
            c.id.push_back(id);
            if (sqlite3_value_type(v[1]) == SQLITE_NULL ||
                sqlite3_value_type(v[2]) == SQLITE_NULL) {
                c.x.push_back(kNoPosition);
                c.y.push_back(kNoPosition);
            } else {
                const QPointF p =
                    WebMercator::project(sqlite3_value_double(v[1]), sqlite3_value_double(v[2]));
                c.x.push_back(p.x());
                c.y.push_back(p.y());
            }
            c.lo.push_back(sqlite3_value_int64(v[3]));
            c.hi.push_back(sqlite3_value_int64(v[4]));
            const qint64 cat = sqlite3_value_int64(v[5]); // NULL reads as 0, never an id
            const auto& index = self->categories.index;
            c.category.push_back(cat > 0 && std::size_t(cat) < index.size()
                                     ? index[std::size_t(cat)]
                                     : self->categories.none);
            c.precision.push_back(std::uint8_t(sqlite3_value_int(v[6])));
            c.geoPrecision.push_back(std::uint8_t(sqlite3_value_int(v[7])));
            c.approximate.push_back(std::uint8_t(sqlite3_value_int(v[8])));
        } catch (const std::bad_alloc&) {
            sqlite3_result_error_nomem(context);
        }
    }
    static void final(sqlite3_context* context) { sqlite3_result_null(context); }
};

EventColumns sortedById(EventColumns c)
{
    std::vector<std::size_t> order(c.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return c.id[a] < c.id[b]; });
    EventColumns out;
    out.reserve(c.size());
    for (std::size_t i : order)
        out.appendRow(c, i);
    return out;
}

struct IdRange {
    qint64 from = 0, to = 0; // [from, to)
};

// Rows to reserve for an id range: its size while ids are dense, as Tigris writes them, but
// never a huge guess from a file whose ids were set by hand (the columns then grow as read).
std::size_t reservation(qint64 idRange)
{
    return std::size_t(std::clamp<qint64>(idRange, 0, qint64(1) << 26));
}

CategoryTable categoryTable(const std::vector<qint64>& ids)
{
    CategoryTable t;
    // EventStore::categories() numbers every stored category in this order, so the index must
    // count even those it cannot map (ids out of range are never written by StoreWriter).
    t.none = std::uint16_t(std::min<std::size_t>(ids.size(), 65535));
    std::uint16_t k = 0;
    for (const qint64 id : ids) {
        if (id > 0 && id <= 65535) {
            if (t.index.size() <= std::size_t(id)) t.index.resize(std::size_t(id) + 1, t.none);
            t.index[std::size_t(id)] = k;
        }
        if (k < 65535) ++k;
    }
    return t;
}

// Appends the events of `range` (all without one) to `out`; returns whether their ids came in
// ascending order. Events with no position at all (neither their own nor their location's)
// get x = y = NaN: the timeline and the list show them, the map skips them.
// The rows go to an aggregate function rather than through sqlite3_step: its arguments are
// read without the connection's mutex, which nine sqlite3_column_* calls a row would take
// nine times (a third of the read at 1M events).
bool scan(sqlite3* db, bool covered, const CategoryTable& categoryIndex,
          std::optional<IdRange> range, EventColumns& out)
{
    ColumnsCollector collector{out, categoryIndex};
    sqlite3_create_function(db, "tigris_columns", 9, SQLITE_UTF8, &collector, nullptr,
                            ColumnsCollector::step, ColumnsCollector::final);
    const ScopeGuard unregister([db] {
        sqlite3_create_function(db, "tigris_columns", 9, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                nullptr);
    });
    const QByteArray sql =
        QByteArray("SELECT tigris_columns(id, lat, lon, span_lo, span_hi, category_id, "
                   "precision, geo_precision, approximate) FROM events ") +
        (covered ? QByteArray("INDEXED BY ") + ProjectSchema::kColumnsIndex : QByteArray()) +
        (range ? QByteArray(" WHERE id >= ?1 AND id < ?2") : QByteArray());
    SqliteStatement s(db, sql.constData());
    if (range) {
        s.bind(1, range->from);
        s.bind(2, range->to);
    }
    s.step();
    return collector.ascending;
}

// One id range read on its own read-only connection, on its own thread.
struct Part {
    IdRange range;
    EventColumns columns;
    bool ok = false;
};

void scanOnOwnConnection(const QByteArray& path, const CategoryTable& categoryIndex, Part& part)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        try {
            sqliteExec(db, "PRAGMA cache_size=-2048");
            part.columns.reserve(reservation(part.range.to - part.range.from));
            part.ok = scan(db, true, categoryIndex, part.range, part.columns);
        } catch (...) {
            // Any failure (including memory) is told by `ok`; the caller reads again alone.
            part.ok = false;
        }
    }
    sqlite3_close_v2(db);
}

qint64 dataVersion(sqlite3* db)
{
    SqliteStatement s(db, "PRAGMA data_version");
    return s.step() ? s.int64(0) : -1;
}

} // namespace

namespace ColumnsScan {

std::vector<qint64> categoryIds(sqlite3* db)
{
    std::vector<qint64> ids;
    SqliteStatement s(db, "SELECT id FROM categories ORDER BY id");
    while (s.step())
        ids.push_back(s.int64(0));
    return ids;
}

EventColumns load(sqlite3* db, const QString& path, Split split, std::vector<qint64>* categoryIds)
{
    // Version 3 reads its covering index (tens of bytes an event); a read-only older file
    // scans the table. Either way every page is read once.
    const ScanCache cache(db);
    bool covered = false;
    {
        SqliteStatement s(db, "SELECT 1 FROM sqlite_master WHERE type='index' AND name=?");
        s.bind(1, QString::fromLatin1(ProjectSchema::kColumnsIndex));
        covered = s.step();
    }
    std::vector<qint64> ids = ColumnsScan::categoryIds(db);
    const CategoryTable categoryIndex = categoryTable(ids);
    if (categoryIds) *categoryIds = std::move(ids);
    // Ids are dense (events are never deleted): the range bounds the count without a scan.
    // Two subqueries: SQLite reads min() or max() off the ends of the rowid tree only when it
    // is the query's single aggregate, and would otherwise scan the table for the pair.
    qint64 first = 0, rows = 0;
    {
        SqliteStatement n(db, "SELECT (SELECT min(id) FROM events), (SELECT max(id) FROM events)");
        if (n.step() && !n.isNull(0)) {
            first = n.int64(0);
            rows = std::max<qint64>(0, n.int64(1) - first + 1);
        }
    }
    EventColumns c;
    c.reserve(reservation(rows));

    // The ranges after the first on their own connections: only for the file's committed state
    // (this connection inside a transaction could see rows they cannot) and the covering index.
    const qint64 cores = split.parts > 0 ? split.parts : QThread::idealThreadCount();
    const int parts = int(
        std::clamp<qint64>(std::min(cores, rows / std::max<qint64>(1, split.rowsPerPart)), 1, 16));
    if (parts > 1 && covered && sqlite3_get_autocommit(db) && QFileInfo(path).isFile()) {
        const qint64 before = dataVersion(db);
        std::vector<Part> others(std::size_t(parts - 1));
        std::vector<std::thread> threads;
        const QByteArray file = QFile::encodeName(path);
        const ScopeGuard joinAll([&] { // a failure here must not leave the others running
            for (std::thread& t : threads)
                if (t.joinable()) t.join();
        });
        for (int i = 1; i < parts; ++i) {
            Part& part = others[std::size_t(i - 1)];
            part.range = {first + rows * i / parts, first + rows * (i + 1) / parts};
            threads.emplace_back(scanOnOwnConnection, std::cref(file), std::cref(categoryIndex),
                                 std::ref(part));
        }
        bool ok = scan(db, covered, categoryIndex, IdRange{first, first + rows / parts}, c);
        for (std::thread& t : threads)
            t.join();
        // Another connection's commit in the meantime could have given the ranges different
        // states of the file; a failed range (out of memory, a locked file) is read here.
        ok = ok && dataVersion(db) == before &&
             std::all_of(others.begin(), others.end(), [](const Part& p) { return p.ok; });
        if (ok) {
            // Each part freed as it is copied: the reserved rest of `c` is touched only now,
            // so the whole columns and the parts are never resident together (at 1M events
            // on two cores, 22 MB less at the peak than faulting `c` in ahead).
            for (Part& part : others)
                c.appendAndRelease(part.columns);
            return c;
        }
        c.clear();
        c.reserve(reservation(rows));
    }
    // Both scans deliver ascending ids; the list and the filters rely on that order.
    if (!scan(db, covered, categoryIndex, std::nullopt, c)) c = sortedById(std::move(c));
    return c;
}

} // namespace ColumnsScan
