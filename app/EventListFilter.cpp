#include "EventListFilter.h"

#include "EventTableModel.h"

void EventListFilter::setColumns(const EventColumns* columns, const QHash<qint64, int>* rowOfId)
{
    columns_ = columns;
    rowOfId_ = rowOfId;
    invalidateFilter();
}

void EventListFilter::setMask(const std::vector<std::uint8_t>* mask)
{
    mask_ = mask;
    invalidateFilter();
}

void EventListFilter::setWorldRect(std::optional<QRectF> world)
{
    world_ = world;
    invalidateFilter();
}

bool EventListFilter::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const
{
    if (!columns_ || !rowOfId_) return true;
    const qint64 id =
        sourceModel()->index(sourceRow, 0, parent).data(EventTableModel::IdRole).toLongLong();
    const int row = rowOfId_->value(id, -1);
    if (row < 0) return !world_; // no position: listed unless the list follows the map view
    if (mask_ && std::size_t(row) < mask_->size() && (*mask_)[std::size_t(row)] == 0) return false;
    if (world_ &&
        !world_->contains(QPointF(columns_->x[std::size_t(row)], columns_->y[std::size_t(row)])))
        return false;
    return true;
}
