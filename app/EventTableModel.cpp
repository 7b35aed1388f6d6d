#include "EventTableModel.h"

void EventTableModel::setEvents(std::vector<Event> events)
{
    beginResetModel();
    events_ = std::move(events);
    endResetModel();
}

const Event* EventTableModel::eventAt(int row) const
{
    return row >= 0 && std::size_t(row) < events_.size() ? &events_[std::size_t(row)] : nullptr;
}

int EventTableModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < events_.size(); ++i)
        if (events_[i].id == id) return int(i);
    return -1;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(events_.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    const Event* e = eventAt(index.row());
    if (!e) return {};
    if (role == IdRole) return e->id;
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return e->start;
        case Fatalities:
            return e->fatalities ? *e->fatalities : -1;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole) return {};
    switch (index.column()) {
    case Date: {
        QString text = e->startDate().display();
        if (e->approximate) text.prepend(QStringLiteral("c. "));
        return text;
    }
    case Title:
        return e->title;
    case Place:
        return e->locationName;
    case Category:
        return e->category;
    case Actors:
        return e->actors.join(QStringLiteral("; "));
    case Fatalities:
        return e->fatalities ? QString::number(*e->fatalities) : QString();
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Title");
    case Place:
        return tr("Place");
    case Category:
        return tr("Category");
    case Actors:
        return tr("Actors");
    case Fatalities:
        return tr("Fatalities");
    default:
        return {};
    }
}
