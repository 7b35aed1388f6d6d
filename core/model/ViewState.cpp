#include "model/ViewState.h"

#include "model/TimeController.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>

namespace {
// Below this many events the span order is built on the first move (a few milliseconds).
constexpr std::size_t kBackgroundSpans = 100000;
} // namespace

ViewState::ViewState(TimeController* time, QObject* parent) : QObject(parent), time_(time)
{
    connect(time_, &TimeController::windowChanged, this, &ViewState::refilter);
    connect(time_, &TimeController::modeChanged, this, &ViewState::refilter);
}

ViewState::~ViewState() = default;

void ViewState::setProject(const EventColumns* columns, std::vector<Category> categories,
                           TextSearch search)
{
    columns_ = columns;
    startOrder_ = columns_ ? SpanOrder::startOrder(*columns_) : nullptr;
    categories_ = std::move(categories);
    search_ = std::move(search);
    categoriesEnabled_.assign(categories_.size(), 1);
    actors_ = nullptr;
    actorsChosen_ = false;
    text_.clear();
    textRows_.clear();
    actorRows_.clear();
    sourceRows_.reset();
    rows_.clear();
    selection_.clear();
    filter_.invalidate(); // new or reloaded columns: the next mask is a full pass
    buildSpansInBackground();
    const TimeWindow before = time_->window();
    if (columns_ && columns_->size() > 0) {
        const qint64 lo = *std::min_element(columns_->lo.begin(), columns_->lo.end());
        const qint64 hi = *std::max_element(columns_->hi.begin(), columns_->hi.end());
        time_->setBounds(lo, hi);
        emit projectChanged();
        if (!before.isValid() || before.from == std::numeric_limits<qint64>::min())
            time_->setWindow({lo, hi}); // everything visible until the user narrows it
    } else {
        emit projectChanged();
    }
    emit filtersChanged();
    if (time_->window() == before) refilter(); // else the window's change did
    emit selectionChanged();
}

void ViewState::buildSpansInBackground()
{
    const int generation = ++spansGeneration_;
    const bool background = columns_ && columns_->size() >= kBackgroundSpans;
    filter_.expectSpans(background);
    if (!background) return;
    // The span order for incremental steps takes a fraction of a second at 1M: sorted on a
    // worker from a copy of the ends, so neither opening nor the first drag of the window
    // waits. Started
    // once the event loop runs again, when the opening's own buffers are gone, so that the
    // copies do not add to its peak memory.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != spansGeneration_ || !columns_) return;
        auto* watcher = new QFutureWatcher<SpanOrder>(this);
        spansWatcher_ = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            // Taken, not copied: the future would keep a second 8 MB order at 1M until the
            // watcher's deferred deletion.
            if (generation == spansGeneration_ && columns_)
                filter_.adopt(watcher->future().takeResult(), *columns_);
        });
        // Only the ends are sorted there: the starts' order is startOrder_, shared.
        watcher->setFuture(QtConcurrent::run(
            [keys = SpanOrder::keysOf(*columns_, !startOrder_), byStart = startOrder_]() mutable {
                return SpanOrder::of(std::move(keys), std::move(byStart));
            }));
    });
}

void ViewState::waitForBackgroundWork()
{
    // The build starts from the event loop, and its result arrives through it.
    QCoreApplication::sendPostedEvents(this);
    if (!spansWatcher_) return;
    spansWatcher_->waitForFinished();
    QCoreApplication::sendPostedEvents(spansWatcher_);
}

int ViewState::rowOf(qint64 id) const
{
    if (!columns_) return -1;
    // The store's columns are ordered by id: a binary search, not a hash of a million ids.
    const auto it = std::lower_bound(columns_->id.begin(), columns_->id.end(), id);
    if (it != columns_->id.end() && *it == id) return int(it - columns_->id.begin());
    // Columns not ordered by id (built by hand): the slow way.
    const auto found = std::find(columns_->id.begin(), columns_->id.end(), id);
    return found == columns_->id.end() ? -1 : int(found - columns_->id.begin());
}

void ViewState::setCategoryEnabled(std::size_t category, bool enabled)
{
    if (category >= categoriesEnabled_.size()) categoriesEnabled_.resize(category + 1, 1);
    if (categoriesEnabled_[category] == (enabled ? 1 : 0)) return;
    categoriesEnabled_[category] = enabled ? 1 : 0;
    emit filtersChanged();
    refilter();
}

void ViewState::setCategoriesEnabled(std::vector<std::uint8_t> enabled)
{
    for (std::uint8_t& e : enabled)
        e = e ? 1 : 0;
    if (enabled == categoriesEnabled_) return;
    categoriesEnabled_ = std::move(enabled);
    emit filtersChanged();
    refilter();
}

void ViewState::setActors(const EventActors* actors)
{
    actors_ = actors;
    const bool hadChoice = actorsChosen_;
    actorsChosen_ = false;
    actorRows_.clear();
    emit actorsChanged();
    if (hadChoice) {
        combineRows();
        emit filtersChanged();
        refilter();
    }
}

void ViewState::setChosenActors(const std::vector<std::uint8_t>& chosen)
{
    const bool any =
        actors_ && std::any_of(chosen.begin(), chosen.end(), [](std::uint8_t c) { return c != 0; });
    if (!any && !actorsChosen_) return;
    actorsChosen_ = any;
    if (any) EventFilter::rowsForActors(*actors_, chosen, actorRows_);
    combineRows();
    emit filtersChanged();
    refilter();
}

void ViewState::setText(const QString& words)
{
    const QString text = words.trimmed();
    if (text == text_) return;
    text_ = text;
    if (!text_.isEmpty() && columns_) {
        const std::vector<qint64> ids = search_ ? search_(text_) : std::vector<qint64>{};
        EventFilter::rowsForIds(*columns_, QList<qint64>(ids.begin(), ids.end()), textRows_);
    }
    combineRows();
    emit filtersChanged();
    refilter();
}

void ViewState::setSourceRows(std::optional<std::vector<std::uint8_t>> rows)
{
    if (!rows && !sourceRows_) return;
    sourceRows_ = std::move(rows);
    combineRows();
    emit filtersChanged();
    refilter();
}

const std::vector<std::uint8_t>* ViewState::rows() const
{
    return text_.isEmpty() && !actorsChosen_ && !sourceRows_ ? nullptr : &rows_;
}

void ViewState::combineRows()
{
    // Every filter that is set keeps its rows; a row passes when all of them keep it.
    const std::vector<std::uint8_t>* parts[] = {text_.isEmpty() ? nullptr : &textRows_,
                                                actorsChosen_ ? &actorRows_ : nullptr,
                                                sourceRows_ ? &*sourceRows_ : nullptr};
    bool first = true;
    for (const std::vector<std::uint8_t>* part : parts) {
        if (!part) continue;
        if (first) {
            rows_ = *part;
            first = false;
            continue;
        }
        rows_.resize(std::min(rows_.size(), part->size()));
        for (std::size_t i = 0; i < rows_.size(); ++i)
            rows_[i] &= (*part)[i];
    }
}

void ViewState::setOnlyInMapView(bool only)
{
    if (only == onlyInMapView_) return;
    onlyInMapView_ = only;
    emit listAreaChanged();
}

void ViewState::setMapArea(const QRectF& world)
{
    if (world == mapArea_) return;
    mapArea_ = world;
    if (onlyInMapView_) emit listAreaChanged();
}

std::optional<QRectF> ViewState::listArea() const
{
    return onlyInMapView_ ? std::optional<QRectF>(mapArea_) : std::nullopt;
}

EventFilter::Settings ViewState::filterSettings() const
{
    EventFilter::Settings s;
    s.window = time_->window();
    s.mode = time_->mode();
    s.inside = time_->inside();
    s.categoryEnabled = categoriesEnabled_;
    s.rows = rows();
    return s;
}

void ViewState::refilter()
{
    if (!columns_) return;
    filter_.update(*columns_, filterSettings());
    emit visibilityChanged();
}

std::vector<qint64> ViewState::selectedIds() const
{
    std::vector<qint64> ids;
    ids.reserve(selection_.size());
    for (int r : selection_)
        ids.push_back(columns_->id[std::size_t(r)]);
    return ids;
}

void ViewState::select(std::vector<int> rows)
{
    const std::size_t n = columns_ ? columns_->size() : 0;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [n](int r) { return r < 0 || std::size_t(r) >= n; }),
               rows.end());
    if (rows == selection_) return;
    selection_ = std::move(rows);
    emit selectionChanged();
}

void ViewState::selectIds(const std::vector<qint64>& ids)
{
    std::vector<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0) rows.push_back(r);
    select(std::move(rows));
}

void ViewState::activate(int row)
{
    if (!columns_ || row < 0 || std::size_t(row) >= columns_->size()) return;
    emit activated(row);
}
