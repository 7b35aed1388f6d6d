#pragma once

#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "model/SpanOrder.h"
#include "time/TimeWindow.h"

#include <QList>
#include <cstdint>
#include <vector>

// Which events the views show for a time window: the visibility mask that MapWidget and the
// timeline read (0 hidden, 1–255 opacity). The rules are in docs/timeline.md.
// The first update is one pass over the columns. When only the window moves (same columns,
// mode, fade, categories and row filter), a later update revisits just the rows whose start
// or end lies between the old and new window edges (SpanOrder, built on the first such move),
// so a scrub or playback step costs in proportion to what changes, not to the data. The mask
// is identical to a full pass either way.
class EventFilter {
  public:
    enum class Mode : std::uint8_t {
        Window,     // events whose widened span overlaps (or lies inside) [from, to)
        Cumulative, // everything that began before `to`; events that ended before `from` fade
    };
    struct Settings {
        TimeWindow window;
        Mode mode = Mode::Window;
        bool inside = false; // Window mode: the span must lie inside, not merely overlap
        // Cumulative mode: opacity falls linearly from 255 at `from` to kMinOpacity this many
        // seconds earlier; 0 = four times the window's length.
        qint64 fadeSeconds = 0;
        // Empty = every category; else categoryEnabled[c] != 0 keeps category c.
        std::vector<std::uint8_t> categoryEnabled;
        // nullptr = no restriction; else rows with (*rows)[i] == 0 are hidden (text filter).
        const std::vector<std::uint8_t>* rows = nullptr;
    };

    static constexpr std::uint8_t kMinOpacity = 40;

    // Recomputes the mask; the reference stays valid until the next call.
    const std::vector<std::uint8_t>& update(const EventColumns& columns, const Settings& s);
    // After changing the columns or the row filter's contents in place: the next update is a
    // full pass (and the span order is rebuilt).
    void invalidate();
    // Builds the span order now rather than on the first move of the window.
    void prepare(const EventColumns& columns);
    // Takes a span order built elsewhere (SpanOrder::of on a worker) for these columns.
    void adopt(SpanOrder spans, const EventColumns& columns);
    // While one is being built elsewhere, a moved window takes a full pass instead of
    // building a second order (8 bytes a row) that adopt() would throw away.
    void expectSpans(bool expected) { spansExpected_ = expected; }
    bool lastUpdateWasIncremental() const { return incremental_; }
    const std::vector<std::uint8_t>& mask() const { return mask_; }
    std::size_t visibleCount() const { return visible_; }

    // A row mask (1 = listed) for a set of event ids, e.g. full-text search results.
    static void rowsForIds(const EventColumns& columns, const QList<qint64>& ids,
                           std::vector<std::uint8_t>& out);
    // A row mask (1 = listed) for the events with any of the chosen actors (chosen[a] != 0,
    // indexes into actors.names): an event with two actors matches if either is chosen.
    static void rowsForActors(const EventActors& actors, const std::vector<std::uint8_t>& chosen,
                              std::vector<std::uint8_t>& out);

  private:
    void full(const EventColumns& columns, const Settings& s);
    bool moveWindow(const EventColumns& columns, const Settings& s);
    bool sameExceptWindow(const EventColumns& columns, const Settings& s) const;
    std::uint8_t valueOf(std::size_t row, const EventColumns& columns, const Settings& s) const;

    std::vector<std::uint8_t> mask_;
    std::vector<std::uint8_t> allowed_; // per category: 0 or 255
    std::size_t visible_ = 0;
    // What the mask was last computed for, to tell a window move from anything else.
    bool valid_ = false, incremental_ = false, spansExpected_ = false;
    const EventColumns* columns_ = nullptr;
    const qint64* lo_ = nullptr;
    Settings last_;
    SpanOrder spans_;
    std::vector<std::uint32_t> touched_; // reused
};
