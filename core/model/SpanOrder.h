#pragma once

#include "model/EventColumns.h"

#include <cstdint>
#include <memory>
#include <vector>

// Rows by start, then id: the event list's date order and the span order's by-start half,
// made once per load and shared (40 MB at ten million rows), never changed once made.
using StartOrder = std::shared_ptr<const std::vector<std::uint32_t>>;

// The rows sorted by span start and by span end, so that when a time window moves only the
// rows whose start or end lies between its old and new edges need a second look (EventFilter's
// incremental step). Eight bytes a row, four when its by-start half is the list's StartOrder.
class SpanOrder {
  public:
    void build(const EventColumns& columns);
    // The same from copies of the columns' starts and ends (e.g. on a worker thread); bind()
    // then ties it to the columns they came from (false, and unbound, if sizes differ).
    static SpanOrder of(std::vector<qint64> lo, std::vector<qint64> hi);
    // The sort keys to copy for a worker: offsets from the earliest start as 32 bits when
    // every span fits in 136 years (8 MB rather than 16 at a million rows), else the values.
    struct Keys {
        std::vector<std::uint32_t> lo32, hi32;
        std::vector<qint64> lo64, hi64;
    };
    // Without `starts`, only the ends are copied (for of() with a StartOrder).
    static Keys keysOf(const EventColumns& columns, bool starts = true);
    // Sorts the keys; with `byStart` (the columns' StartOrder) only the ends.
    static SpanOrder of(Keys keys, StartOrder byStart = nullptr);
    // The columns' StartOrder: (start, id), on 64-bit packed keys when the starts lie within
    // 136 years of each other (half the memory of (start, row) pairs, and faster).
    static StartOrder startOrder(const EventColumns& columns);
    bool bind(const EventColumns& columns);
    void clear();
    bool builtFor(const EventColumns& columns) const;

    // Rows with a <= lo <= b (resp. a <= hi <= b), appended in no particular order.
    void startsIn(const EventColumns& columns, qint64 a, qint64 b,
                  std::vector<std::uint32_t>& out) const;
    void endsIn(const EventColumns& columns, qint64 a, qint64 b,
                std::vector<std::uint32_t>& out) const;
    // How many rows those calls would append, without collecting them.
    std::size_t countStartsIn(const EventColumns& columns, qint64 a, qint64 b) const;
    std::size_t countEndsIn(const EventColumns& columns, qint64 a, qint64 b) const;

  private:
    StartOrder byLo_; // any order by start serves; a StartOrder is one
    std::vector<std::uint32_t> byHi_;
    const EventColumns* columns_ = nullptr;
    const qint64* lo_ = nullptr; // the arrays it was built over, to notice a reload
    const qint64* hi_ = nullptr;
};
