#include "TimelineWidget.h"

#include "time/FuzzyDate.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace {
constexpr double kHandleReach = 5;  // pixels either side of a brush edge
constexpr double kClickSlop = 3;    // movement below this is a click
constexpr double kMinBinPixels = 4; // histogram bins are at least this wide
} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Space plays, Left and Right step the window"));
    setMinimumHeight(120);
    setAttribute(Qt::WA_OpaquePaintEvent);
    axis_.setWidth(width());
}

void TimelineWidget::setColumns(const EventColumns* columns,
                                const std::vector<Category>& categories)
{
    columns_ = columns;
    categories_ = categories;
    selection_.clear();
    hovered_ = -1;
    const int count = int(categories.size());
    if (columns_) {
        unfilteredIndex_.build(*columns_, count);
        // Without a row filter the unfiltered index serves both: half the load time.
        index_ = TimeHistogram{};
        if (filterRows_) index_.build(*columns_, count, filterRows_);
    } else {
        unfilteredIndex_ = TimeHistogram{};
        index_ = TimeHistogram{};
    }
    histogramDirty_ = true;
    cache_.invalidate(); // the columns may have been reloaded in place
    update();
}

void TimelineWidget::setActors(const EventActors* actors)
{
    actors_ = actors;
    cache_.invalidate();
    update();
}

void TimelineWidget::setFilter(const std::vector<std::uint8_t>* rows,
                               std::vector<std::uint8_t> categories)
{
    categoryEnabled_ = std::move(categories);
    filterRows_ = rows;
    index_ = TimeHistogram{};
    if (columns_ && filterRows_) index_.build(*columns_, int(categories_.size()), filterRows_);
    histogramDirty_ = true;
    cache_.invalidate(); // the row filter is refilled in place
    update();
}

void TimelineWidget::setWindowMask(const std::vector<std::uint8_t>* mask)
{
    windowMask_ = mask;
    update();
}

void TimelineWidget::setLanes(TimelineScene::Lanes lanes)
{
    lanes_ = lanes;
    update();
}

void TimelineWidget::setHistogramScaleFixed(bool fixed)
{
    fixedScale_ = fixed;
    histogramDirty_ = true;
    update();
}

void TimelineWidget::setCumulative(bool cumulative)
{
    cumulative_ = cumulative;
    update();
}

void TimelineWidget::setTooltipProvider(std::function<QString(qint64)> provider)
{
    tooltip_ = std::move(provider);
}

void TimelineWidget::setWindow(const TimeWindow& w)
{
    if (!w.isValid() || w == window_) return;
    window_ = w;
    update();
    emit windowChanged(window_);
}

void TimelineWidget::setAxis(const TimeAxis& axis)
{
    axis_ = axis;
    axis_.setWidth(std::max(1, width()));
    histogramDirty_ = true;
    update();
}

QList<qint64> TimelineWidget::selection() const
{
    QList<qint64> ids;
    if (!columns_) return ids;
    for (int row : selection_)
        ids.append(columns_->id[std::size_t(row)]);
    return ids;
}

void TimelineWidget::setSelection(const QList<qint64>& ids)
{
    selection_.clear();
    if (columns_ && !ids.isEmpty()) {
        std::vector<qint64> sorted(ids.begin(), ids.end());
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < columns_->size(); ++i)
            if (std::binary_search(sorted.begin(), sorted.end(), columns_->id[i]))
                selection_.push_back(int(i));
    }
    update();
}

void TimelineWidget::fitRange(qint64 from, qint64 to)
{
    const double margin = std::max(60.0, double(to - from) * 0.04);
    axis_.setRange(double(from) - margin, double(to) + margin);
    histogramDirty_ = true;
    update();
}

void TimelineWidget::fitAll()
{
    if (!columns_ || columns_->size() == 0) return;
    const auto [lo, loMax] = std::minmax_element(columns_->lo.begin(), columns_->lo.end());
    Q_UNUSED(loMax);
    const qint64 hi = *std::max_element(columns_->hi.begin(), columns_->hi.end());
    fitRange(*lo, hi);
}

void TimelineWidget::fitSelection()
{
    if (!columns_ || selection_.empty()) return;
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (int row : selection_) {
        lo = std::min(lo, columns_->lo[std::size_t(row)]);
        hi = std::max(hi, columns_->hi[std::size_t(row)]);
    }
    fitRange(lo, hi);
}

void TimelineWidget::centreOn(qint64 t)
{
    axis_.centreOn(double(t));
    histogramDirty_ = true;
    update();
}

void TimelineWidget::zoomBy(double factor, double x)
{
    axis_.zoomAbout(x, factor);
    histogramDirty_ = true;
    update();
}

void TimelineWidget::setAnnotationMarks(std::vector<TimelineScene::Mark> marks)
{
    marks_ = std::move(marks);
    update();
}

TimelineScene TimelineWidget::scene() const
{
    TimelineScene s;
    s.marks = &marks_;
    s.axis = axis_;
    s.columns = columns_;
    s.filtered = filterRows_;
    s.inWindow = windowMask_;
    s.histogram = &bins_;
    s.histogramScale = fixedScale_ ? unfilteredBins_.maxTotal : 0;
    for (const Category& c : categories_) {
        s.colours.push_back(c.colour);
        s.categoryNames.push_back(c.name);
    }
    s.lanes = lanes_;
    s.actors = actors_;
    s.window = window_;
    s.cumulative = cumulative_;
    s.selection = selection_;
    s.hovered = hovered_;
    return s;
}

void TimelineWidget::updateHistogram()
{
    if (!histogramDirty_) return;
    TimeHistogram::calendarEdges(axis_, kMinBinPixels, edges_);
    (filterRows_ ? index_ : unfilteredIndex_).compute(edges_, categoryEnabled_, bins_);
    if (fixedScale_) unfilteredIndex_.compute(edges_, {}, unfilteredBins_);
    histogramDirty_ = false;
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    updateHistogram();
    QPainter p(this);
    TimelineScene s = scene();
    s.sprites = &sprites_;
    cache_.paint(p, s, size()); // a window step repaints only what the window changes
}

void TimelineWidget::resizeEvent(QResizeEvent*)
{
    axis_.setWidth(std::max(1, width()));
    histogramDirty_ = true;
}

void TimelineWidget::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) return;
    zoomBy(std::pow(1.25, steps), e->position().x());
    e->accept();
}

qint64 TimelineWidget::snapped(double t) const
{
    // Brush edges land on calendar boundaries of a step a few pixels wide, never finer than a
    // day (playback's finest unit): a drawn window reads "5 Jun – 13 Jun", not "12:00".
    TimeAxisStep step = axis_.stepAtLeast(6);
    if (step.unit < TimeUnit::Day) step = TimeAxisStep{TimeUnit::Day, 1};
    const qint64 below = step.floor(qint64(std::floor(t)));
    const qint64 above = step.add(below, 1);
    return t - double(below) < double(above) - t ? below : above;
}

void TimelineWidget::mousePressEvent(QMouseEvent* e)
{
    pressPos_ = lastPos_ = e->position();
    pressWindow_ = window_;
    moved_ = false;
    if (e->button() != Qt::LeftButton) return;
    const TimelinePainter::Layout l = TimelinePainter::layout(size());
    const double x = pressPos_.x();
    const double x0 = axis_.xOf(double(window_.from)), x1 = axis_.xOf(double(window_.to));
    const bool hasWindow = window_.isValid() && window_.from != std::numeric_limits<qint64>::min();
    if (hasWindow && pressPos_.y() < l.axis.top() && std::abs(x - x1) <= kHandleReach)
        drag_ = Drag::ResizeTo;
    else if (hasWindow && pressPos_.y() < l.axis.top() && std::abs(x - x0) <= kHandleReach)
        drag_ = Drag::ResizeFrom;
    else if (hasWindow && l.header.contains(pressPos_) && x > x0 && x < x1)
        drag_ = Drag::MoveBrush;
    else if (l.axis.contains(pressPos_))
        drag_ = Drag::NewBrush;
    else
        drag_ = Drag::Pan;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* e)
{
    const QPointF pos = e->position();
    if (drag_ == Drag::None) {
        const int row = TimelinePainter::hitTest(scene(), size(), pos);
        if (row != hovered_) {
            hovered_ = row;
            update();
        }
        const TimelinePainter::Layout l = TimelinePainter::layout(size());
        const double x0 = axis_.xOf(double(window_.from)), x1 = axis_.xOf(double(window_.to));
        const bool onEdge = pos.y() < l.axis.top() && (std::abs(pos.x() - x0) <= kHandleReach ||
                                                       std::abs(pos.x() - x1) <= kHandleReach);
        setCursor(onEdge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    if ((pos - pressPos_).manhattanLength() > kClickSlop) moved_ = true;
    if (!moved_) return;
    const double t = axis_.timeAt(pos.x());
    const double dt = t - axis_.timeAt(pressPos_.x());
    switch (drag_) {
    case Drag::Pan:
        axis_.panByPixels(pos.x() - lastPos_.x());
        histogramDirty_ = true;
        update();
        break;
    case Drag::MoveBrush: {
        const qint64 from = snapped(double(pressWindow_.from) + dt);
        setWindow({from, from + (pressWindow_.to - pressWindow_.from)});
        break;
    }
    case Drag::ResizeFrom: {
        const qint64 from = snapped(t);
        if (from < window_.to) setWindow({from, window_.to});
        break;
    }
    case Drag::ResizeTo: {
        const qint64 to = snapped(t);
        if (to > window_.from) setWindow({window_.from, to});
        break;
    }
    case Drag::NewBrush: {
        const qint64 a = snapped(axis_.timeAt(pressPos_.x())), b = snapped(t);
        if (a != b) setWindow({std::min(a, b), std::max(a, b)});
        break;
    }
    case Drag::None:
        break;
    }
    lastPos_ = pos;
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* e)
{
    const Drag was = drag_;
    drag_ = Drag::None;
    if (moved_ || was == Drag::None || e->button() != Qt::LeftButton) return;
    const int row = TimelinePainter::hitTest(scene(), size(), e->position());
    const bool add = e->modifiers() & Qt::ControlModifier;
    if (!add) selection_.clear();
    if (row >= 0) {
        const auto it = std::find(selection_.begin(), selection_.end(), row);
        if (it != selection_.end())
            selection_.erase(it);
        else
            selection_.push_back(row);
    }
    update();
    emit selectionChanged(selection());
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int row = TimelinePainter::hitTest(scene(), size(), e->position());
    if (row < 0 || !columns_) return;
    const std::size_t i = std::size_t(row);
    centreOn(columns_->lo[i] + (columns_->hi[i] - columns_->lo[i]) / 2);
    emit activated(columns_->id[i]);
}

QString TimelineWidget::tooltipFor(int row) const
{
    const std::size_t i = std::size_t(row);
    const auto precision = DatePrecision(columns_->precision[i]);
    const FuzzyDate start{columns_->lo[i], precision};
    QString date = start.display();
    const FuzzyDate last{std::max(columns_->lo[i], columns_->hi[i] - 1), precision};
    if (last.begin() != start.begin()) date += QStringLiteral(" – ") + last.display();
    if (columns_->approximate[i] & 1) date = QStringLiteral("c. ") + date;
    if (columns_->approximate[i] & 2) date = tr("until %1 (start unknown)").arg(date);
    if (columns_->approximate[i] & 4) date = tr("from %1 (end unknown)").arg(date);
    QString text = tooltip_ ? tooltip_(columns_->id[i]) : QString();
    const std::size_t c = columns_->category[i];
    const QString category = c < categories_.size() ? categories_[c].name : QString();
    QStringList lines;
    if (!text.isEmpty()) lines << text;
    lines << date;
    if (!category.isEmpty()) lines << category;
    return lines.join(QLatin1Char('\n'));
}

bool TimelineWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int row = TimelinePainter::hitTest(scene(), size(), help->pos());
        if (row >= 0) {
            // Data text is plain: escaped, with line breaks kept.
            const QString html = QStringLiteral("<p style='white-space:pre'>%1</p>")
                                     .arg(tooltipFor(row).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), html, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}
