#include "store/EventStatistics.h"

#include "store/ScanCache.h"
#include "store/SqliteStatement.h"

#include <algorithm>
#include <cmath>

namespace {
template <typename T> void lower(std::optional<T>& v, T x)
{
    v = v ? std::min(*v, x) : x;
}
template <typename T> void raise(std::optional<T>& v, T x)
{
    v = v ? std::max(*v, x) : x;
}
void bindOptional(SqliteStatement& s, int i, const std::optional<qint64>& v)
{
    v ? s.bind(i, *v) : s.bindNull(i);
}
void bindOptional(SqliteStatement& s, int i, const std::optional<double>& v)
{
    v ? s.bind(i, *v) : s.bindNull(i);
}
std::optional<qint64> optionalInt(const SqliteStatement& s, int c)
{
    return s.isNull(c) ? std::nullopt : std::optional<qint64>(s.int64(c));
}
std::optional<double> optionalReal(const SqliteStatement& s, int c)
{
    return s.isNull(c) ? std::nullopt : std::optional<double>(s.real(c));
}
// Columns in the order of the table: events, max_event_id, time_from, time_to, west, south,
// east, north.
EventStatistics fromRow(const SqliteStatement& s)
{
    EventStatistics out;
    out.events = s.int64(0);
    out.maxEventId = s.int64(1);
    out.timeFrom = optionalInt(s, 2);
    out.timeTo = optionalInt(s, 3);
    out.west = optionalReal(s, 4);
    out.south = optionalReal(s, 5);
    out.east = optionalReal(s, 6);
    out.north = optionalReal(s, 7);
    return out;
}
} // namespace

void EventStatistics::add(qint64 id, qint64 spanLo, qint64 spanHi, double lat, double lon)
{
    ++events;
    maxEventId = std::max(maxEventId, id);
    lower(timeFrom, spanLo);
    raise(timeTo, spanHi);
    if (std::isnan(lat) || std::isnan(lon)) return;
    lower(west, lon);
    raise(east, lon);
    lower(south, lat);
    raise(north, lat);
}

void EventStatistics::merge(const EventStatistics& o)
{
    events += o.events;
    maxEventId = std::max(maxEventId, o.maxEventId);
    if (o.timeFrom) lower(timeFrom, *o.timeFrom);
    if (o.timeTo) raise(timeTo, *o.timeTo);
    if (o.west) lower(west, *o.west);
    if (o.east) raise(east, *o.east);
    if (o.south) lower(south, *o.south);
    if (o.north) raise(north, *o.north);
}

bool EventStatistics::isKept(sqlite3* db)
{
    SqliteStatement s(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='event_stats'");
    return s.step();
}

std::optional<EventStatistics> EventStatistics::read(sqlite3* db,
                                                     std::optional<qint64> describingMaxId)
{
    if (!isKept(db)) return std::nullopt;
    // max(id) is one descent of the table's b-tree.
    SqliteStatement s(db, "SELECT events, max_event_id, time_from, time_to, west, south, east, "
                          "north FROM event_stats WHERE id=1 AND stale=0 AND "
                          "max_event_id=coalesce(?, (SELECT coalesce(max(id), 0) FROM events))");
    bindOptional(s, 1, describingMaxId);
    if (!s.step()) return std::nullopt;
    return fromRow(s);
}

EventStatistics EventStatistics::scan(sqlite3* db)
{
    const ScanCache cache(db); // every page once: not kept resident
    SqliteStatement s(db, "SELECT count(*), coalesce(max(id), 0), min(span_lo), max(span_hi), "
                          "min(lon), min(lat), max(lon), max(lat) "
                          "FROM events INDEXED BY events_by_span");
    s.step();
    return fromRow(s);
}

void EventStatistics::write(sqlite3* db, const EventStatistics& st)
{
    SqliteStatement s(db, "INSERT OR REPLACE INTO event_stats(id, events, max_event_id, "
                          "time_from, time_to, west, south, east, north, stale) "
                          "VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    s.bind(1, st.events);
    s.bind(2, st.maxEventId);
    bindOptional(s, 3, st.timeFrom);
    bindOptional(s, 4, st.timeTo);
    bindOptional(s, 5, st.west);
    bindOptional(s, 6, st.south);
    bindOptional(s, 7, st.east);
    bindOptional(s, 8, st.north);
    s.run();
}
