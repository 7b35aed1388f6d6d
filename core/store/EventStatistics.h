#pragma once

#include <QtGlobal>
#include <optional>

struct sqlite3;

// The counts and extents of a project's events that `tigris info` prints, kept in the project
// (table event_stats, schema 7) so that reading them costs a few pages instead of a scan of a
// million rows. StoreWriter adds what it writes in its own transaction; a delete or an update
// of positions or times (triggers) marks them stale, and an insert by anything but StoreWriter
// leaves max_event_id behind max(id): either way read() refuses them and they are recomputed.
struct EventStatistics {
    qint64 events = 0;
    qint64 maxEventId = 0;                          // max(events.id) they describe
    std::optional<qint64> timeFrom;                 // min(span_lo)
    std::optional<qint64> timeTo;                   // max(span_hi)
    std::optional<double> west, south, east, north; // of the positioned events, exact

    void add(qint64 id, qint64 spanLo, qint64 spanHi, double lat, double lon); // lat NaN: none
    void merge(const EventStatistics& other);

    // The stored row when it is there, not stale and describes the events up to
    // `describingMaxId` (default: the current max(id)).
    static std::optional<EventStatistics> read(sqlite3* db,
                                               std::optional<qint64> describingMaxId = {});
    // A scan of the covering time index (ids, spans, positions): the truth the row must match.
    static EventStatistics scan(sqlite3* db);
    // Replaces the stored row; in the caller's transaction.
    static void write(sqlite3* db, const EventStatistics& s);
    // Whether the table exists (schema 7 and later).
    static bool isKept(sqlite3* db);
};
