#include "TimelinePanel.h"

#include "TimeWindowBar.h"
#include "model/TimeController.h"
#include "model/ViewState.h"

#include <QKeyEvent>
#include <QLocale>
#include <QVBoxLayout>
#include <limits>

TimelinePanel::TimelinePanel(ViewState* view, QWidget* parent)
    : QWidget(parent), view_(view), timeline_(new TimelineWidget(this)),
      bar_(new TimeWindowBar(this))
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(timeline_, 1);
    column->addWidget(bar_);
    // Keys reach the panel from the canvas (a tab stop) and from a click on the panel; the
    // panel is not a second tab stop.
    setFocusPolicy(Qt::ClickFocus);
    TimeController* t = time();

    // Input: the canvas and the bar change the time and the selection.
    connect(timeline_, &TimelineWidget::windowChanged, t, &TimeController::setWindow);
    connect(timeline_, &TimelineWidget::selectionChanged, view_, [this](const QList<qint64>& ids) {
        view_->selectIds(std::vector<qint64>(ids.begin(), ids.end()));
    });
    connect(timeline_, &TimelineWidget::activated, view_, [this](qint64 id) {
        view_->selectIds({id});
        view_->activate(view_->rowOf(id));
    });
    connect(bar_, &TimeWindowBar::windowEdited, this, [this](const TimeWindow& w) {
        time()->setWindow(w);
        showWindowInContext(); // a jump: the axis follows
    });
    connect(bar_, &TimeWindowBar::modeChanged, t, [this] {
        time()->setMode(bar_->mode());
        time()->setInside(bar_->inside());
    });
    connect(bar_, &TimeWindowBar::playToggled, t, &TimeController::togglePlay);
    connect(bar_, &TimeWindowBar::stepRequested, t, &TimeController::step);
    connect(bar_, &TimeWindowBar::playbackSettingsChanged, this,
            &TimelinePanel::applyPlaybackSettings);
    connect(bar_, &TimeWindowBar::fitAllRequested, timeline_, &TimelineWidget::fitAll);
    connect(bar_, &TimeWindowBar::fitSelectionRequested, timeline_, &TimelineWidget::fitSelection);
    connect(bar_, &TimeWindowBar::viewOptionsChanged, this, [this] {
        timeline_->setLanes(bar_->lanes());
        timeline_->setHistogramScaleFixed(bar_->fixedScale());
    });

    // Output: the panel shows the time and the view state.
    connect(t, &TimeController::windowChanged, this, &TimelinePanel::showWindow);
    connect(t, &TimeController::modeChanged, this, [this] {
        bar_->setMode(time()->mode());
        bar_->setInside(time()->inside());
        timeline_->setCumulative(time()->mode() == EventFilter::Mode::Cumulative);
    });
    connect(t, &TimeController::playingChanged, bar_, &TimeWindowBar::showPlaying);
    connect(view_, &ViewState::projectChanged, this, &TimelinePanel::showProject);
    connect(view_, &ViewState::actorsChanged, this,
            [this] { timeline_->setActors(view_->actors()); });
    connect(view_, &ViewState::filtersChanged, this, [this] {
        // The timeline's own filter: hidden rows are not drawn and leave the histogram.
        timeline_->setFilter(view_->rows(), view_->categoriesEnabled());
    });
    connect(view_, &ViewState::visibilityChanged, this, [this] {
        timeline_->setWindowMask(&view_->visibility());
        timeline_->setAccessibleDescription(
            tr("%1 events in the window; Space plays, Left and Right step")
                .arg(locale().toString(qulonglong(view_->visibleCount()))));
    });
    connect(view_, &ViewState::selectionChanged, this, [this] {
        const std::vector<qint64> ids = view_->selectedIds();
        timeline_->setSelection(QList<qint64>(ids.begin(), ids.end()));
    });
    connect(view_, &ViewState::activated, this, [this](int row) {
        const EventColumns& c = *view_->columns();
        timeline_->centreOn((c.lo[std::size_t(row)] + c.hi[std::size_t(row)]) / 2);
    });
    applyPlaybackSettings();
    showWindow(t->window());
}

TimeController* TimelinePanel::time() const
{
    return view_->time();
}

void TimelinePanel::showWindowInContext()
{
    const TimeWindow w = time()->window();
    if (!w.isValid() || w.from == std::numeric_limits<qint64>::min()) return;
    const qint64 length = w.to - w.from;
    timeline_->fitRange(w.from - length, w.to + length);
}

void TimelinePanel::showProject()
{
    timeline_->setColumns(view_->columns(), view_->categories());
    timeline_->setActors(view_->actors());
    timeline_->setWindowMask(&view_->visibility());
    if (view_->columns() && view_->columns()->size() > 0) timeline_->fitAll();
}

void TimelinePanel::showWindow(const TimeWindow& w)
{
    bar_->showWindow(w);
    timeline_->setWindow(w); // a no-op when the change came from the canvas
    if (time()->isPlaying()) {
        // Follow the window when it leaves the view.
        const TimeAxis& a = timeline_->axis();
        if (double(w.to) > a.to() || double(w.from) < a.from())
            timeline_->centreOn(w.from + (w.to - w.from) / 2);
    }
}

void TimelinePanel::applyPlaybackSettings()
{
    time()->setUnit(bar_->unit());
    time()->setStepsPerSecond(bar_->stepsPerSecond());
    time()->setLoop(bar_->loops());
}

void TimelinePanel::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Space:
        time()->togglePlay();
        return;
    case Qt::Key_Left:
        time()->step(-1);
        return;
    case Qt::Key_Right:
        time()->step(1);
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}
