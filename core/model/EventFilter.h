#pragma once

#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "time/TimeWindow.h"

#include <QList>
#include <cstdint>
#include <vector>

// Which events the views show for a time window: the visibility mask that MapWidget and the
// timeline read (0 hidden, 1–255 opacity). One pass over the columns, no allocation once the
// mask has its size. The rules are in docs/timeline.md.
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
    std::vector<std::uint8_t> mask_;
    std::vector<std::uint8_t> allowed_; // per category: 0 or 255
    std::size_t visible_ = 0;
};
