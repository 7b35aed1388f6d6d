#pragma once

#include "model/Event.h"

#include <QAbstractTableModel>
#include <vector>

// The event list: date (with its precision), title, place, category, actors, fatalities.
// Display text only (plain); sorting goes through a QSortFilterProxyModel with SortRole.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Date, Title, Place, Category, Actors, Fatalities, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setEvents(std::vector<Event> events);
    const Event* eventAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

  private:
    std::vector<Event> events_;
};
