#pragma once

#include "model/Category.h"
#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "model/EventFilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class TimeController;

// What the views of one project show, in one place: the filters (categories, actors, words,
// "only in the map view" for the list), the visibility mask they make with the time window,
// and the selection. Map, timeline, list, details and the filter panel observe its signals
// and call its setters; none of them keeps a copy or tells another directly:
//   ViewState view(&time);
//   view.setProject(&columns, categories, search);
//   connect(&view, &ViewState::visibilityChanged, map, [&] { map->setVisibility(...); });
//   view.selectIds({42}); // every view that shows a selection follows by signal
// Setters emit only when something changes, so a view that echoes a change back ends there.
class ViewState : public QObject {
    Q_OBJECT
  public:
    // The ids of the events matching the words (the project's full-text index).
    using TextSearch = std::function<std::vector<qint64>(const QString& words)>;

    explicit ViewState(TimeController* time, QObject* parent = nullptr);
    ~ViewState() override;
    TimeController* time() const { return time_; }
    // The time filter's span order is sorted on a worker after setProject; this finishes that
    // now (a screenshot of the window as it is a moment after opening; tests).
    void waitForBackgroundWork();

    // A project opened or reloaded: filters off, nothing selected; a window that was never
    // set becomes the whole span of the data. `columns` must outlive the state or the next
    // call. Emits projectChanged, then filtersChanged and visibilityChanged.
    void setProject(const EventColumns* columns, std::vector<Category> categories,
                    TextSearch search);
    const EventColumns* columns() const { return columns_; }
    // The rows by start, then id, made once per setProject: the event list's date order and
    // half of the time filter's span order share it.
    const StartOrder& startOrder() const { return startOrder_; }
    const std::vector<Category>& categories() const { return categories_; }
    int rowOf(qint64 id) const; // the column row of an event id, or -1

    // Filters. Empty or all ticked: every category.
    const std::vector<std::uint8_t>& categoriesEnabled() const { return categoriesEnabled_; }
    void setCategoryEnabled(std::size_t category, bool enabled);
    void setCategoriesEnabled(std::vector<std::uint8_t> enabled);
    // The actors arrive after the project (read in the background); null until then.
    const EventActors* actors() const { return actors_; }
    void setActors(const EventActors* actors); // clears the choice; emits actorsChanged
    // chosen[a] != 0 keeps the events of actor a (either actor of an event); none: all.
    void setChosenActors(const std::vector<std::uint8_t>& chosen);
    bool anyActorChosen() const { return actorsChosen_; }
    // Full-text words (every one must match); empty: no text filter.
    QString text() const { return text_; }
    void setText(const QString& words);
    // Only the rows of one import source (1 = kept; "Show only this source"); nullopt: all.
    void setSourceRows(std::optional<std::vector<std::uint8_t>> rows);
    // Rows passing the words, actors and source (1 = kept); null when none is set.
    const std::vector<std::uint8_t>* rows() const;

    // The list's area: all events, or only those in the map's view.
    bool onlyInMapView() const { return onlyInMapView_; }
    void setOnlyInMapView(bool only);
    void setMapArea(const QRectF& world); // the map's visible world rectangle
    std::optional<QRectF> listArea() const;

    // 0 hidden, 1–255 opacity, one per row (EventFilter); valid until the next
    // visibilityChanged.
    const std::vector<std::uint8_t>& visibility() const { return filter_.mask(); }
    std::size_t visibleCount() const { return filter_.visibleCount(); }
    EventFilter::Settings filterSettings() const;

    // The selection, as column rows in the order given.
    const std::vector<int>& selection() const { return selection_; }
    std::vector<qint64> selectedIds() const;
    void select(std::vector<int> rows);
    void selectIds(const std::vector<qint64>& ids); // unknown ids are left out
    // Brings one event into view everywhere (double-click): emits activated.
    void activate(int row);

  signals:
    void projectChanged(); // new columns and categories
    void actorsChanged();
    void filtersChanged(); // categories, actors or words: the row filter
    void visibilityChanged();
    void selectionChanged();
    void listAreaChanged();
    void activated(int row);

  private:
    void combineRows();
    void refilter();
    void buildSpansInBackground();

    TimeController* time_;
    const EventColumns* columns_ = nullptr;
    std::vector<Category> categories_;
    TextSearch search_;
    std::vector<std::uint8_t> categoriesEnabled_;
    const EventActors* actors_ = nullptr;
    bool actorsChosen_ = false;
    QString text_;
    std::vector<std::uint8_t> textRows_, actorRows_, rows_;
    std::optional<std::vector<std::uint8_t>> sourceRows_;
    bool onlyInMapView_ = false;
    QRectF mapArea_;
    EventFilter filter_;
    StartOrder startOrder_;
    int spansGeneration_ = 0; // the latest background build of the filter's span order
    QPointer<QFutureWatcher<SpanOrder>> spansWatcher_; // that build, while it runs
    std::vector<int> selection_;
};
