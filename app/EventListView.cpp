#include "EventListView.h"

#include "EventTableModel.h"
#include "model/ViewState.h"

#include <QHeaderView>
#include <algorithm>
#include <utility>

EventListView::EventListView(ViewState* view, QWidget* parent)
    : QTableView(parent), view_(view), model_(new EventTableModel(this))
{
    setModel(model_);
    setSortingEnabled(true);
    sortByColumn(EventTableModel::Date, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the list (arrows move in it), not a trap
    areaTimer_.setSingleShot(true);
    areaTimer_.setInterval(200);

    connect(view_, &ViewState::projectChanged, this, &EventListView::showProject);
    connect(view_, &ViewState::visibilityChanged, this, [this] {
        if (fillPending_) return; // the fill reads the mask as it is then
        mirroring_ = true;        // rows leaving the list are not the user's deselection
        model_->setMask(&view_->visibility());
        mirroring_ = false;
        trimRowHeader();
        showSelection(false); // a refreshed list has lost its selection
    });
    connect(view_, &ViewState::selectionChanged, this, [this] { showSelection(true); });
    connect(view_, &ViewState::listAreaChanged, this, [this] {
        // Ticking the option applies at once; a moving map once it settles.
        if (view_->onlyInMapView() != onlyInView_)
            applyArea();
        else
            areaTimer_.start();
    });
    connect(&areaTimer_, &QTimer::timeout, this, &EventListView::applyArea);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventListView::userSelected);
    connect(this, &QTableView::doubleClicked, view_, [this](const QModelIndex& i) {
        view_->activate(view_->rowOf(i.data(EventTableModel::IdRole).toLongLong()));
    });
}

// A project opens with every row visible and is then framed on its story (or on the view
// it was left in), often half the rows or fewer. Listing every row first would cost a sort of
// all of them and leave Qt's row header (8 bytes a row it has ever had) at the size of the
// whole project: at ten million events, 80 MB for nothing. So the list empties at once (its
// rows would point into the replaced columns) and fills once with the rows the mask shows
// after the framing (fillPending, from MainWindow or else from the event loop).
void EventListView::showProject()
{
    mirroring_ = true;
    model_->setSource(nullptr, nullptr);
    mirroring_ = false;
    if (fillPending_) return;
    fillPending_ = true;
    QMetaObject::invokeMethod(this, &EventListView::fillPending, Qt::QueuedConnection);
}

void EventListView::fillPending()
{
    if (!fillPending_) return;
    fillPending_ = false;
    mirroring_ = true;
    model_->setSource(store_, view_->columns(), &view_->visibility(), view_->startOrder());
    if (const QHeaderView* h = horizontalHeader();
        h->sortIndicatorSection() != EventTableModel::Date ||
        h->sortIndicatorOrder() != Qt::AscendingOrder)
        model_->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    mirroring_ = false;
    trimRowHeader();
    resizeColumnsToContents();
    setColumnWidth(EventTableModel::Title, std::min(columnWidth(EventTableModel::Title), 420));
    showSelection(false);
}

// Qt's row header keeps a record per row (8 bytes) and never gives the space back when rows
// go: a million rows framed to a month would keep 8 MB. The header is hidden, so a fresh one
// costs nothing visible.
void EventListView::trimRowHeader()
{
    constexpr int kWorthTrimming = 65536;
    const int rows = model_->rowCount();
    headerRows_ = std::max(headerRows_, rows);
    if (headerRows_ < kWorthTrimming || rows > headerRows_ / 4) return;
    auto* fresh = new QHeaderView(Qt::Vertical, this);
    fresh->hide();
    setVerticalHeader(fresh); // deletes the old one
    headerRows_ = rows;
}

void EventListView::applyArea()
{
    areaTimer_.stop();
    onlyInView_ = view_->onlyInMapView();
    mirroring_ = true;
    model_->setWorldRect(view_->listArea());
    mirroring_ = false;
    trimRowHeader();
    showSelection(false);
}

// Selects the state's events that the list shows, in one change.
void EventListView::showSelection(bool scroll)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : view_->selectedIds()) {
        const int modelRow = model_->rowOf(id);
        if (modelRow < 0) continue;
        const QModelIndex i = model_->index(modelRow, 0);
        selection.select(i, i);
        if (!first.isValid()) first = i;
    }
    mirroring_ = true;
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mirroring_ = false;
    if (scroll && first.isValid()) scrollTo(first);
}

void EventListView::userSelected()
{
    if (mirroring_) return;
    std::vector<qint64> ids;
    for (const QModelIndex& i : selectionModel()->selectedRows())
        ids.push_back(i.data(EventTableModel::IdRole).toLongLong());
    view_->selectIds(ids);
}
