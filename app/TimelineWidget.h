#pragma once

#include "model/Category.h"
#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "render/TimeAxis.h"
#include "render/TimeHistogram.h"
#include "render/TimelineCache.h"
#include "render/TimelinePainter.h"
#include "render/TimelineSprites.h"
#include "time/TimeWindow.h"

#include <QList>
#include <QWidget>
#include <functional>

// The timeline canvas: holds the axis and the window (brush), forwards input, and paints
// through TimelinePainter. Never touches the database.
//
// Mouse: wheel zooms about the cursor; drag pans; drag a brush edge to resize it, its date
// plate to move it; drag along the axis to draw a new window; click selects an event (Ctrl
// adds), double-click centres on it; hovering shows a plain-text tooltip.
class TimelineWidget : public QWidget {
    Q_OBJECT
  public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    // Indexes the events for the histogram (once per load).
    void setColumns(const EventColumns* columns, const std::vector<Category>& categories);
    void setActors(const EventActors* actors); // for actor lanes
    // Rows hidden by filters (null = none) and the enabled categories (empty = all). The
    // histogram is re-indexed when `rows` changes, so pass a new filter only when it changes.
    void setFilter(const std::vector<std::uint8_t>* rows, std::vector<std::uint8_t> categories);
    void setWindowMask(const std::vector<std::uint8_t>* mask); // EventFilter's output
    void setLanes(TimelineScene::Lanes lanes);
    // Keep the histogram's scale from the unfiltered data, so filtered subsets compare.
    void setHistogramScaleFixed(bool fixed);
    void setCumulative(bool cumulative);
    // Text for the hover tooltip (e.g. the title from the store), by event id.
    void setAnnotationMarks(std::vector<TimelineScene::Mark> marks);
    void setTooltipProvider(std::function<QString(qint64)> provider);

    TimeWindow window() const { return window_; }
    void setWindow(const TimeWindow& w); // emits windowChanged when it changes
    const TimeAxis& axis() const { return axis_; }
    void setAxis(const TimeAxis& axis);
    QList<qint64> selection() const;
    void setSelection(const QList<qint64>& ids); // does not emit
    const TimeHistogram::Bins& histogram() const { return bins_; }

    void fitAll();
    void fitSelection();
    void fitRange(qint64 from, qint64 to); // with a small margin
    void centreOn(qint64 t);
    void zoomBy(double factor, double x); // factor > 1 zooms in about pixel x

  signals:
    void windowChanged(const TimeWindow& window);
    void selectionChanged(const QList<qint64>& ids);
    void activated(qint64 id); // double-click on an event

  protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    bool event(QEvent*) override;

  private:
    enum class Drag { None, Pan, MoveBrush, ResizeFrom, ResizeTo, NewBrush };
    TimelineScene scene() const;
    void updateHistogram();
    qint64 snapped(double t) const;
    QString tooltipFor(int row) const;

    TimeAxis axis_;
    TimeWindow window_;
    const EventColumns* columns_ = nullptr;
    const EventActors* actors_ = nullptr;
    std::vector<Category> categories_;
    const std::vector<std::uint8_t>* filterRows_ = nullptr;
    std::vector<std::uint8_t> categoryEnabled_;
    const std::vector<std::uint8_t>* windowMask_ = nullptr;
    TimelineScene::Lanes lanes_ = TimelineScene::Lanes::None;
    bool fixedScale_ = false;
    bool cumulative_ = false;
    std::vector<int> selection_; // rows
    int hovered_ = -1;
    std::function<QString(qint64)> tooltip_;

    TimeHistogram index_;           // the filtered events
    TimeHistogram unfilteredIndex_; // for the fixed scale
    TimeHistogram::Bins bins_, unfilteredBins_;
    std::vector<qint64> edges_;
    bool histogramDirty_ = true;

    Drag drag_ = Drag::None;
    QPointF pressPos_, lastPos_;
    TimeWindow pressWindow_;
    bool moved_ = false;
    std::vector<TimelineScene::Mark> marks_;
    TimelineSprites sprites_; // HiDPI screens scale the pens off Qt's fast path
    TimelineCache cache_;     // the picture under the window, kept while only the window moves
};
