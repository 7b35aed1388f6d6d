#pragma once

#include "model/EventColumns.h"

#include <QHash>
#include <QRectF>
#include <QSortFilterProxyModel>
#include <optional>

// Sorts the event list and keeps only the rows the shared mask shows (and, optionally, those
// inside the map view), so that list, map and timeline agree.
class EventListFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setColumns(const EventColumns* columns, const QHash<qint64, int>* rowOfId);
    void setMask(const std::vector<std::uint8_t>* mask); // null: all
    void setWorldRect(std::optional<QRectF> world);      // null: anywhere
    void refresh() { invalidateFilter(); }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override;

  private:
    const EventColumns* columns_ = nullptr;
    const QHash<qint64, int>* rowOfId_ = nullptr;
    const std::vector<std::uint8_t>* mask_ = nullptr;
    std::optional<QRectF> world_;
};
