#pragma once

#include "model/EventColumns.h"
#include "model/SpanOrder.h"

#include <QRectF>
#include <cstdint>
#include <optional>
#include <vector>

// The rows of the event list: every column row in the list's sort order, and the ones of them
// that the shared visibility mask (and, optionally, a map rectangle) keep. The order is worked
// out once per sort. The kept rows are held as sorted positions in that order, so when a scrub
// step changes only some rows (one sequential pass finds them) they are merged in and out
// without rebuilding a list of half a million rows.
class EventListOrder {
  public:
    void sortByStart(const EventColumns& columns); // widened start, then id
    // The same order, made elsewhere (ViewState::startOrder) and shared rather than copied.
    void setStartOrder(StartOrder order);
    // The order of `ids` (e.g. from EventStore::idsOrderedBy); rows missing from it go last.
    void setOrderOfIds(const EventColumns& columns, const std::vector<qint64>& ids);
    void reverse();

    // Keeps rows with mask[row] != 0 (null: all) whose position is inside `world` (null:
    // anywhere; rows without a position are never inside), in order.
    void update(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                const std::optional<QRectF>& world);
    // update() in two halves, for a model that tells its views about inserted and removed
    // rows instead of resetting them: prepare() finds what changed (the visible rows stay as
    // they were); then either apply(), or removeRun() for each of removals() (positions in
    // the list as it is, last first) and then insertRun() for each of insertions() (positions
    // in the final list, first first).
    enum class Change { None, Runs, Everything };
    struct Run {
        std::size_t position = 0, count = 0;
        std::size_t first = 0; // insertions: index of the run's first row in the added rows
    };
    Change prepare(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                   const std::optional<QRectF>& world);
    void apply();
    const std::vector<Run>& removals() const { return removals_; }
    const std::vector<Run>& insertions() const { return insertions_; }
    void removeRun(const Run& run);
    void insertRun(const Run& run);

    std::size_t size() const { return shown_.size(); }
    std::uint32_t row(std::size_t k) const { return (*order_)[shown_[k]]; } // k < size()
    std::vector<std::uint32_t> visible() const; // every kept row, in order (a copy)
    int positionOf(std::uint32_t row) const;    // in visible(), or -1

  private:
    void setOrder(StartOrder order);
    std::size_t orderSize() const { return order_ ? order_->size() : 0; }
    void rebuild(const std::vector<std::uint8_t>& kept);
    StartOrder order_;                 // position → row; shared, never changed in place
    std::vector<std::uint32_t> rank_;  // row → position
    std::vector<std::uint32_t> shown_; // positions of the kept rows, ascending
    std::vector<std::uint8_t> kept_;   // row → kept at the last update
    bool current_ = false;             // shown_ and kept_ belong to this order and world
    bool rebuildPending_ = false;      // prepare() found too much changed: apply() rebuilds
    std::vector<Run> removals_, insertions_;
    std::optional<QRectF> world_;
    std::vector<std::uint32_t> added_, removed_, scratch_; // reused between rebuilds
};
