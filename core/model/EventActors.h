#pragma once

#include "model/Event.h"
#include "model/EventColumns.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <utility>
#include <vector>

// Who took part in each event, as compact columns parallel to EventColumns (which holds no
// text): row i's actors are ids[offsets[i] .. offsets[i + 1]), indexes into `names`. Actors are
// numbered by how many events they have, most first, so "the top N actors" is ids < N.
struct EventActors {
    std::vector<QString> names;
    std::vector<std::uint32_t> offsets; // size rows + 1
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> counts; // events per actor

    std::size_t rows() const { return offsets.empty() ? 0 : offsets.size() - 1; }

    // Matches events to rows by id; events not in `columns` are ignored.
    static EventActors fromEvents(const EventColumns& columns, const std::vector<Event>& events);
    // From the project file: EventActorsReader::read (store/EventActorsReader.h).
};

// Event id → column row, to match what the store reads to the rows of the columns, without a
// copy of every id: ids that rise in runs of consecutive values (a project file's, with gaps
// where events were removed) are kept as the runs, 16 bytes a run; otherwise a copy of the
// ids (rising) or (id, row) pairs sorted by id.
class RowsById {
  public:
    static RowsById of(const std::vector<qint64>& ids);
    qint64 rowOf(qint64 id) const; // -1 when no row has it
    std::size_t rows() const { return rows_; }
    std::size_t memoryBytes() const;

  private:
    struct Run {
        qint64 firstId = 0;
        std::uint32_t firstRow = 0; // ids firstId, firstId + 1, … up to the next run's row
    };
    std::size_t rows_ = 0;
    std::vector<Run> runs_;
    std::vector<qint64> rising_;                         // when the runs would be many
    std::vector<std::pair<qint64, std::uint32_t>> byId_; // when the ids do not rise
};

// Builds EventActors from (row, actor name) pairs, an event's pairs adjacent: what fromEvents
// and the store's reader share. While the rows come in ascending order (the store reads by id)
// the pairs go straight into the result's offsets and ids, four bytes a pair; only rows out of
// order fall back to (row, actor) pairs sorted at the end. At a million events the straight
// path holds some 20 MB less while loading, when the window is building its indexes too.
class EventActorsBuilder {
  public:
    explicit EventActorsBuilder(const EventColumns& columns);
    explicit EventActorsBuilder(RowsById rows);
    // The row of an event id, or -1 when it is not in the columns (e.g. no position).
    qint64 rowOf(qint64 id) const;
    void add(qint64 row, QStringView name); // trimmed; empty names and repeats are skipped
    EventActors finish();                   // once

  private:
    void leaveRowOrder(); // moves what was added so far into pairs_

    RowsById rows_;
    QHash<QString, std::uint32_t> index_;
    std::vector<QString> names_;
    std::vector<std::uint32_t> counts_;
    // In row order: perRow_[row + 1] pairs of that row, their actors in actors_ (the result's
    // offsets and ids before the prefix sum and renumbering). Out of order: pairs_ instead.
    bool inRowOrder_ = true;
    qint64 lastRow_ = -1;
    std::vector<std::uint32_t> perRow_, actors_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_;
};
