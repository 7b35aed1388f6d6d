#include "TimelinePanel.h"

#include "TimeWindowBar.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace {
// Below this many events the span order is built on the first move (a few milliseconds).
constexpr std::size_t kBackgroundSpans = 100000;
} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent), timeline_(new TimelineWidget(this)), bar_(new TimeWindowBar(this))
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(timeline_, 1);
    column->addWidget(bar_);
    setFocusPolicy(Qt::StrongFocus);

    connect(timeline_, &TimelineWidget::windowChanged, this, &TimelinePanel::onWindowChanged);
    connect(timeline_, &TimelineWidget::selectionChanged, this, &TimelinePanel::selectionChanged);
    connect(timeline_, &TimelineWidget::activated, this, &TimelinePanel::activated);
    connect(bar_, &TimeWindowBar::windowEdited, this, [this](const TimeWindow& w) {
        setWindow(w);
        // Jump: show the window with some context around it.
        const qint64 length = w.to - w.from;
        timeline_->fitRange(w.from - 2 * length, w.to + 2 * length);
    });
    connect(bar_, &TimeWindowBar::modeChanged, this, [this] {
        timeline_->setCumulative(mode() == EventFilter::Mode::Cumulative);
        refilter();
    });
    connect(bar_, &TimeWindowBar::playToggled, this, &TimelinePanel::togglePlay);
    connect(bar_, &TimeWindowBar::stepRequested, this, &TimelinePanel::step);
    connect(bar_, &TimeWindowBar::playbackSettingsChanged, this,
            &TimelinePanel::applyPlaybackSettings);
    connect(bar_, &TimeWindowBar::fitAllRequested, timeline_, &TimelineWidget::fitAll);
    connect(bar_, &TimeWindowBar::fitSelectionRequested, timeline_, &TimelineWidget::fitSelection);
    connect(bar_, &TimeWindowBar::viewOptionsChanged, this, [this] {
        timeline_->setLanes(bar_->lanes());
        timeline_->setHistogramScaleFixed(bar_->fixedScale());
    });

    timer_.setInterval(1000 / 60);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &TimelinePanel::tick);
    applyPlaybackSettings();
}

void TimelinePanel::setColumns(const EventColumns* columns, const std::vector<Category>& categories)
{
    columns_ = columns;
    filter_.invalidate(); // new or reloaded columns: the next mask is a full pass
    const int generation = ++spansGeneration_;
    if (columns && columns->size() >= kBackgroundSpans) {
        // The span order for incremental steps takes a fraction of a second at 1M: sorted on
        // a worker from copies, so neither opening nor the first drag of the window waits.
        // Started once the event loop runs again, when the opening's own buffers are gone,
        // so that the copies do not add to its peak memory.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != spansGeneration_ || !columns_) return;
            auto* watcher = new QFutureWatcher<SpanOrder>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
                watcher->deleteLater();
                if (generation == spansGeneration_ && columns_)
                    filter_.adopt(watcher->result(), *columns_);
            });
            watcher->setFuture(QtConcurrent::run([lo = columns_->lo, hi = columns_->hi]() mutable {
                return SpanOrder::of(std::move(lo), std::move(hi));
            }));
        });
    }
    timeline_->setColumns(columns, categories);
    timeline_->setWindowMask(&filter_.mask());
    if (columns && columns->size() > 0) {
        const qint64 lo = *std::min_element(columns->lo.begin(), columns->lo.end());
        const qint64 hi = *std::max_element(columns->hi.begin(), columns->hi.end());
        playback_.setBounds(lo, hi);
        timeline_->fitAll();
        if (!window().isValid() || window().from == std::numeric_limits<qint64>::min()) {
            // Start with the whole span, so everything is visible until the user narrows it.
            setWindow({lo, hi});
        }
    }
    refilter();
}

void TimelinePanel::setActors(const EventActors* actors)
{
    timeline_->setActors(actors);
}

void TimelinePanel::setFilters(std::vector<std::uint8_t> categories,
                               const std::vector<std::uint8_t>* rows)
{
    settings_.categoryEnabled = categories;
    settings_.rows = rows;
    // The timeline's own filter: hidden rows are not drawn and leave the histogram.
    timeline_->setFilter(rows, std::move(categories));
    refilter();
}

void TimelinePanel::setSelection(const QList<qint64>& ids)
{
    timeline_->setSelection(ids);
}

void TimelinePanel::setWindow(const TimeWindow& w)
{
    timeline_->setWindow(w); // emits windowChanged → onWindowChanged
}

EventFilter::Mode TimelinePanel::mode() const
{
    return bar_->mode();
}

void TimelinePanel::setMode(EventFilter::Mode m)
{
    bar_->setMode(m);
}

bool TimelinePanel::inside() const
{
    return bar_->inside();
}

void TimelinePanel::setInside(bool inside)
{
    bar_->setInside(inside); // emits modeChanged → refilter
}

void TimelinePanel::refilter()
{
    if (!columns_) return;
    settings_.window = window();
    settings_.mode = mode();
    settings_.inside = inside();
    filter_.update(*columns_, settings_);
    timeline_->setWindowMask(&filter_.mask());
    emit visibilityChanged();
}

void TimelinePanel::onWindowChanged(const TimeWindow& w)
{
    bar_->showWindow(w);
    if (!stepping_) playback_.setWindow(w);
    refilter();
    emit windowChanged(w);
}

void TimelinePanel::applyPlaybackSettings()
{
    playback_.setUnit(bar_->unit());
    playback_.setStepsPerSecond(bar_->stepsPerSecond());
    playback_.setLoop(bar_->loops());
}

void TimelinePanel::togglePlay()
{
    if (playback_.isPlaying()) {
        playback_.pause();
        timer_.stop();
    } else {
        playback_.setWindow(window());
        if (playback_.play()) setWindow(playback_.window()); // from the start, at the end
        clock_.start();
        timer_.start();
    }
    bar_->showPlaying(playback_.isPlaying());
}

void TimelinePanel::step(int n)
{
    stepping_ = true;
    if (playback_.step(n)) timeline_->setWindow(playback_.window());
    stepping_ = false;
}

void TimelinePanel::tick()
{
    const double seconds = double(clock_.restart()) / 1000.0;
    stepping_ = true;
    if (playback_.advance(seconds) > 0) {
        const TimeWindow w = playback_.window();
        timeline_->setWindow(w);
        // Follow the window when it leaves the view.
        const TimeAxis& a = timeline_->axis();
        if (double(w.to) > a.to() || double(w.from) < a.from())
            timeline_->centreOn(w.from + (w.to - w.from) / 2);
    }
    stepping_ = false;
    if (!playback_.isPlaying()) {
        timer_.stop();
        bar_->showPlaying(false);
    }
}

void TimelinePanel::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Space:
        togglePlay();
        return;
    case Qt::Key_Left:
        step(-1);
        return;
    case Qt::Key_Right:
        step(1);
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}
