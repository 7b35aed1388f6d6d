#pragma once

#include "model/Event.h"
#include "model/EventColumns.h"
#include "model/EventListOrder.h"

#include <QAbstractTableModel>
#include <QCache>
#include <optional>
#include <vector>

class EventStore;

// The event list: date (with its precision), title, place, category, actors, fatalities, for
// the rows the shared mask shows (and, optionally, those inside the map view), so that list,
// map and timeline agree. It holds row numbers only; complete events are read from the store
// a page at a time when the view asks for them, and a bounded number stay cached, so a
// million-event project costs a few megabytes here. Sorting asks the store for the order.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Date, Title, Place, Category, Actors, Fatalities, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    // Lists the rows of `columns` that `mask` shows (null: all), by date; all three must
    // outlive the model or the next call.
    // `byStart`, if given, is the columns' StartOrder (shared, not sorted again).
    void setSource(const EventStore* store, const EventColumns* columns,
                   const std::vector<std::uint8_t>* mask = nullptr, StartOrder byStart = nullptr);
    void setMask(const std::vector<std::uint8_t>* mask); // null: all; re-read on refresh()
    void setWorldRect(std::optional<QRectF> world);      // null: anywhere
    void refresh();                                      // after the mask's content changed

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;          // -1 when not listed
    const Event* eventAt(int row) const; // reads its page when needed; null if out of range

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

  private:
    void sortByStart();
    static constexpr int kPage = 64;
    static constexpr std::size_t kMaxRuns = 8; // more runs of changed rows: reset the view
    const EventStore* store_ = nullptr;
    const EventColumns* columns_ = nullptr;
    const std::vector<std::uint8_t>* mask_ = nullptr;
    std::optional<QRectF> world_;
    EventListOrder order_;
    StartOrder byStart_;                        // the columns' date order, when given
    mutable QCache<qint64, Event> cache_{4096}; // by id, so it survives refreshes
};
