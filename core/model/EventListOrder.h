#pragma once

#include "model/EventColumns.h"

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
    // The order of `ids` (e.g. from EventStore::idsOrderedBy); rows missing from it go last.
    void setOrderOfIds(const EventColumns& columns, const std::vector<qint64>& ids);
    void reverse();

    // Keeps rows with mask[row] != 0 (null: all) whose position is inside `world` (null:
    // anywhere; rows without a position are never inside), in order.
    void update(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                const std::optional<QRectF>& world);
    std::size_t size() const { return shown_.size(); }
    std::uint32_t row(std::size_t k) const { return order_[shown_[k]]; } // k < size()
    std::vector<std::uint32_t> visible() const; // every kept row, in order (a copy)
    int positionOf(std::uint32_t row) const;    // in visible(), or -1

  private:
    void setOrder(std::vector<std::uint32_t> order);
    void rebuild(const std::vector<std::uint8_t>& kept);
    std::vector<std::uint32_t> order_; // position → row
    std::vector<std::uint32_t> rank_;  // row → position
    std::vector<std::uint32_t> shown_; // positions of the kept rows, ascending
    std::vector<std::uint8_t> kept_;   // row → kept at the last update
    bool current_ = false;             // shown_ and kept_ belong to this order and world
    std::optional<QRectF> world_;
    std::vector<std::uint32_t> added_, removed_, scratch_; // reused
    std::vector<std::uint8_t> byRank_;                     // reused
};
