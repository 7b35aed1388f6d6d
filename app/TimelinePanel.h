#pragma once

#include "TimelineWidget.h"
#include "model/EventFilter.h"
#include "model/Playback.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class TimeWindowBar;

// The timeline dock's content: the canvas, the window bar, playback and the event filter. It
// turns the window, mode and filters into one visibility mask for every view:
//   panel.setColumns(&columns, categories);
//   connect(&panel, &TimelinePanel::visibilityChanged, [&] {
//       map->setVisibility(&panel.visibility()); map->update(); });
// Keys (when the panel has focus): Space plays/pauses, Left/Right step by the unit.
class TimelinePanel : public QWidget {
    Q_OBJECT
  public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    void setColumns(const EventColumns* columns, const std::vector<Category>& categories);
    void setActors(const EventActors* actors);
    // Filters shared with the map and list: enabled categories (empty = all) and the rows
    // matching the text filter (null = all). Pass `rows` again whenever its content changes.
    void setFilters(std::vector<std::uint8_t> categories, const std::vector<std::uint8_t>* rows);
    void setSelection(const QList<qint64>& ids);

    TimeWindow window() const { return timeline_->window(); }
    void setWindow(const TimeWindow& w);
    EventFilter::Mode mode() const;
    void setMode(EventFilter::Mode m);
    bool inside() const;
    void setInside(bool inside);
    // 0 hidden, 1–255 opacity, one per row; valid until the next visibilityChanged.
    const std::vector<std::uint8_t>& visibility() const { return filter_.mask(); }
    std::size_t visibleCount() const { return filter_.visibleCount(); }

    TimelineWidget* timeline() const { return timeline_; }
    TimeWindowBar* bar() const { return bar_; }
    Playback& playback() { return playback_; }

    void togglePlay();
    void step(int n);

  signals:
    void windowChanged(const TimeWindow& w);
    void visibilityChanged();
    void selectionChanged(const QList<qint64>& ids);
    void activated(qint64 id);

  protected:
    void keyPressEvent(QKeyEvent* e) override;

  private:
    void refilter();
    void onWindowChanged(const TimeWindow& w);
    void applyPlaybackSettings();
    void tick();

    TimelineWidget* timeline_;
    TimeWindowBar* bar_;
    const EventColumns* columns_ = nullptr;
    EventFilter filter_;
    int spansGeneration_ = 0; // the latest background build of the filter's span order
    EventFilter::Settings settings_;
    Playback playback_;
    QTimer timer_;
    QElapsedTimer clock_;
    bool stepping_ = false; // the window change comes from playback: keep its anchor
};
