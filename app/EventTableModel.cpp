#include "EventTableModel.h"

#include "store/EventStore.h"

#include <QGuiApplication>

void EventTableModel::setSource(const EventStore* store, const EventColumns* columns,
                                const std::vector<std::uint8_t>* mask, StartOrder byStart)
{
    beginResetModel();
    store_ = store;
    columns_ = columns;
    mask_ = mask;
    byStart_ =
        columns_ && byStart && byStart->size() == columns_->size() ? std::move(byStart) : nullptr;
    cache_.clear();
    if (columns_) {
        sortByStart();
        order_.update(*columns_, mask_, world_);
    } else {
        order_ = EventListOrder();
    }
    endResetModel();
}

void EventTableModel::sortByStart()
{
    if (byStart_)
        order_.setStartOrder(byStart_);
    else
        order_.sortByStart(*columns_);
}

void EventTableModel::setMask(const std::vector<std::uint8_t>* mask)
{
    mask_ = mask;
    refresh();
}

void EventTableModel::setWorldRect(std::optional<QRectF> world)
{
    world_ = world;
    refresh();
}

void EventTableModel::refresh()
{
    if (!columns_) return;
    using Change = EventListOrder::Change;
    const Change change = order_.prepare(*columns_, mask_, world_);
    if (change == Change::None) return;
    if (change == Change::Runs &&
        order_.removals().size() + order_.insertions().size() <= kMaxRuns) {
        // A view resets in proportion to all its rows (half a million in cumulative mode);
        // a few runs of inserted or removed rows cost it next to nothing.
        for (const EventListOrder::Run& run : order_.removals()) {
            beginRemoveRows({}, int(run.position), int(run.position + run.count) - 1);
            order_.removeRun(run);
            endRemoveRows();
        }
        for (const EventListOrder::Run& run : order_.insertions()) {
            beginInsertRows({}, int(run.position), int(run.position + run.count) - 1);
            order_.insertRun(run);
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    order_.apply();
    endResetModel();
}

qint64 EventTableModel::idAt(int row) const
{
    return row >= 0 && std::size_t(row) < order_.size() ? columns_->id[order_.row(std::size_t(row))]
                                                        : 0;
}

int EventTableModel::rowOf(qint64 id) const
{
    if (!columns_) return -1;
    const auto it = std::lower_bound(columns_->id.begin(), columns_->id.end(), id);
    if (it != columns_->id.end() && *it == id)
        return order_.positionOf(std::uint32_t(it - columns_->id.begin()));
    // Columns not ordered by id (not from the store): look it up the slow way.
    const auto found = std::find(columns_->id.begin(), columns_->id.end(), id);
    return found == columns_->id.end()
               ? -1
               : order_.positionOf(std::uint32_t(found - columns_->id.begin()));
}

const Event* EventTableModel::eventAt(int row) const
{
    const qint64 id = idAt(row);
    if (!id || !store_) return nullptr;
    if (const Event* e = cache_.object(id)) return e;
    // Read the page around the row in one statement: the view asks for neighbours next.
    const int first = row / kPage * kPage;
    const int last = std::min(rowCount(), first + kPage);
    std::vector<qint64> ids;
    for (int r = first; r < last; ++r)
        if (const qint64 other = idAt(r); !cache_.contains(other)) ids.push_back(other);
    try {
        for (Event& e : store_->events(ids)) {
            const qint64 key = e.id;
            cache_.insert(key, new Event(std::move(e)));
        }
    } catch (const std::exception&) {
        return nullptr; // e.g. the file went away: show an empty row rather than fail
    }
    return cache_.object(id);
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(order_.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (role == IdRole) return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const Event* e = eventAt(index.row());
    if (!e) return {};
    switch (index.column()) {
    case Date: {
        QString text = e->startDate().display();
        if (e->approximate) text.prepend(QStringLiteral("c. "));
        // In a right-to-left layout the date stays one left-to-right unit ("10 June 2014", not
        // "June 2014 10"): isolated (LRI … PDI).
        if (QGuiApplication::isRightToLeft()) text = QChar(0x2066) + text + QChar(0x2069);
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

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (!columns_) return;
    beginResetModel();
    using Key = EventStore::ListOrder;
    std::optional<Key> key;
    switch (column) {
    case Title:
        key = Key::Title;
        break;
    case Place:
        key = Key::Place;
        break;
    case Category:
        key = Key::Category;
        break;
    case Actors:
        key = Key::Actors;
        break;
    case Fatalities:
        key = Key::Fatalities;
        break;
    default:
        break;
    }
    try {
        if (key && store_)
            order_.setOrderOfIds(*columns_, store_->idsOrderedBy(*key));
        else
            sortByStart();
    } catch (const std::exception&) {
        sortByStart(); // the store could not sort: fall back to dates
    }
    if (order == Qt::DescendingOrder) order_.reverse();
    order_.update(*columns_, mask_, world_);
    endResetModel();
}
