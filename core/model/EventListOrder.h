#pragma once

#include "model/EventColumns.h"

#include <QRectF>
#include <cstdint>
#include <optional>
#include <vector>

// The rows of the event list: every column row in the list's sort order, and the ones of them
// that the shared visibility mask (and, optionally, a map rectangle) keep. The order is worked
// out once per sort; a scrub step only refreshes the visible rows, in one pass.
class EventListOrder {
  public:
    void sortByStart(const EventColumns& columns); // widened start, then id
    // The order of `ids` (e.g. from EventStore::idsOrderedBy); rows missing from it go last.
    void setOrderOfIds(const EventColumns& columns, const std::vector<qint64>& ids);
    void reverse();

    // Keeps rows with mask[row] != 0 (null: all) whose position is inside `world` (null:
    // anywhere), in order.
    void update(const EventColumns& columns, const std::vector<std::uint8_t>* mask,
                const std::optional<QRectF>& world);
    const std::vector<std::uint32_t>& visible() const { return visible_; }
    int positionOf(std::uint32_t row) const; // in visible(), or -1

  private:
    void setOrder(std::vector<std::uint32_t> order);
    std::vector<std::uint32_t> order_; // position → row
    std::vector<std::uint32_t> rank_;  // row → position
    std::vector<std::uint32_t> visible_;
};
