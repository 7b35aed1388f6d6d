#include "TimeWindowBar.h"

#include "time/FuzzyDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace {
// The shortest text that gives back the same bound: "2014-06-10" for midnight, else a time.
QString boundText(qint64 t)
{
    const bool midnight = t % 86400 == 0;
    return FuzzyDate{t, midnight ? DatePrecision::Day : DatePrecision::Minute}.toIso();
}
} // namespace

TimeWindowBar::TimeWindowBar(QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(6);

    from_ = new QLineEdit(this);
    to_ = new QLineEdit(this);
    for (QLineEdit* e : {from_, to_}) {
        e->setMaximumWidth(150);
        // A whole date stays readable in a narrow window (the bar scrolls sideways instead).
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("2014-06-10")) + 16);
        e->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        e->setToolTip(tr("A date (2014, 2014-06, 2014-06-10 or 2014-06-10T14:00); Enter jumps"));
        connect(e, &QLineEdit::returnPressed, this, &TimeWindowBar::commitText);
    }
    from_->setObjectName(QStringLiteral("windowFrom"));
    to_->setObjectName(QStringLiteral("windowTo"));
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(from_);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(to_);

    mode_ = new QComboBox(this);
    mode_->addItem(tr("Window"), int(EventFilter::Mode::Window));
    mode_->addItem(tr("Cumulative"), int(EventFilter::Mode::Cumulative));
    mode_->setToolTip(tr("Window: events in the window. Cumulative: everything up to its end, "
                         "older events fading"));
    connect(mode_, &QComboBox::currentIndexChanged, this, &TimeWindowBar::modeChanged);
    row->addWidget(mode_);
    inside_ = new QCheckBox(tr("Inside only"), this);
    inside_->setToolTip(tr("Keep only events whose whole (possibly imprecise) date lies inside "
                           "the window, instead of any that may overlap it"));
    connect(inside_, &QCheckBox::toggled, this, &TimeWindowBar::modeChanged);
    row->addWidget(inside_);
    row->addSpacing(10);

    back_ = new QToolButton(this);
    back_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    back_->setToolTip(tr("Step back (Left)"));
    play_ = new QToolButton(this);
    play_->setObjectName(QStringLiteral("play"));
    forward_ = new QToolButton(this);
    forward_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    forward_->setToolTip(tr("Step forward (Right)"));
    showPlaying(false);
    connect(back_, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(forward_, &QToolButton::clicked, this, [this] { emit stepRequested(1); });
    connect(play_, &QToolButton::clicked, this, &TimeWindowBar::playToggled);
    row->addWidget(back_);
    row->addWidget(play_);
    row->addWidget(forward_);

    unit_ = new QComboBox(this);
    unit_->addItem(tr("Day"), int(Playback::Unit::Day));
    unit_->addItem(tr("Week"), int(Playback::Unit::Week));
    unit_->addItem(tr("Month"), int(Playback::Unit::Month));
    unit_->addItem(tr("Year"), int(Playback::Unit::Year));
    unit_->setToolTip(tr("Step unit"));
    speed_ = new QDoubleSpinBox(this);
    speed_->setRange(0.25, 30);
    speed_->setValue(4);
    speed_->setSuffix(tr(" steps/s"));
    speed_->setToolTip(tr("Playback speed"));
    loop_ = new QCheckBox(tr("Loop"), this);
    connect(unit_, &QComboBox::currentIndexChanged, this, &TimeWindowBar::playbackSettingsChanged);
    connect(speed_, &QDoubleSpinBox::valueChanged, this, &TimeWindowBar::playbackSettingsChanged);
    connect(loop_, &QCheckBox::toggled, this, &TimeWindowBar::playbackSettingsChanged);
    row->addWidget(unit_);
    row->addWidget(speed_);
    row->addWidget(loop_);
    row->addStretch(1);

    fit_ = new QToolButton(this);
    fit_->setText(tr("Fit all"));
    fit_->setToolTip(tr("Show the whole time span of the data"));
    connect(fit_, &QToolButton::clicked, this, &TimeWindowBar::fitAllRequested);
    row->addWidget(fit_);
    fitSelection_ = new QToolButton(this);
    fitSelection_->setText(tr("Fit selection"));
    fitSelection_->setToolTip(tr("Show the time span of the selected events"));
    connect(fitSelection_, &QToolButton::clicked, this, &TimeWindowBar::fitSelectionRequested);
    row->addWidget(fitSelection_);

    lanes_ = new QComboBox(this);
    lanes_->setObjectName(QStringLiteral("lanes"));
    lanes_->addItem(tr("One lane"), int(TimelineScene::Lanes::None));
    lanes_->addItem(tr("Lanes by category"), int(TimelineScene::Lanes::Category));
    lanes_->addItem(tr("Lanes by actor"), int(TimelineScene::Lanes::Actor));
    lanes_->setToolTip(tr("Swimlanes: an event with two actors appears in both actors' lanes"));
    fixedScale_ = new QCheckBox(tr("Fixed scale"), this);
    fixedScale_->setToolTip(tr("Keep the histogram's height from all events, so that filtered "
                               "subsets compare"));
    connect(lanes_, &QComboBox::currentIndexChanged, this, &TimeWindowBar::viewOptionsChanged);
    connect(fixedScale_, &QCheckBox::toggled, this, &TimeWindowBar::viewOptionsChanged);
    row->addWidget(lanes_);
    row->addWidget(fixedScale_);
}

void TimeWindowBar::setInside(bool inside)
{
    inside_->setChecked(inside);
}

TimelineScene::Lanes TimeWindowBar::lanes() const
{
    return TimelineScene::Lanes(lanes_->currentData().toInt());
}

void TimeWindowBar::setLanes(TimelineScene::Lanes lanes)
{
    lanes_->setCurrentIndex(std::max(0, lanes_->findData(int(lanes))));
}

bool TimeWindowBar::fixedScale() const
{
    return fixedScale_->isChecked();
}

void TimeWindowBar::setFixedScale(bool fixed)
{
    fixedScale_->setChecked(fixed);
}

void TimeWindowBar::showWindow(const TimeWindow& w)
{
    if (!w.isValid() || w.from == std::numeric_limits<qint64>::min()) return;
    from_->setText(boundText(w.from));
    // Inclusive end: a window ending at midnight shows the last day it contains.
    to_->setText(w.to % 86400 == 0 ? boundText(w.to - 86400) : boundText(w.to));
    from_->setStyleSheet(QString());
    to_->setStyleSheet(QString());
}

void TimeWindowBar::showPlaying(bool playing)
{
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    play_->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

EventFilter::Mode TimeWindowBar::mode() const
{
    return EventFilter::Mode(mode_->currentData().toInt());
}

void TimeWindowBar::setMode(EventFilter::Mode m)
{
    mode_->setCurrentIndex(mode_->findData(int(m)));
}

bool TimeWindowBar::inside() const
{
    return inside_->isChecked();
}

Playback::Unit TimeWindowBar::unit() const
{
    return Playback::Unit(unit_->currentData().toInt());
}

double TimeWindowBar::stepsPerSecond() const
{
    return speed_->value();
}

bool TimeWindowBar::loops() const
{
    return loop_->isChecked();
}

std::optional<TimeWindow> TimeWindowBar::parseWindow(const QString& from, const QString& to)
{
    const auto a = FuzzyDate::parse(from);
    const auto b = FuzzyDate::parse(to.trimmed().isEmpty() ? from : to);
    if (!a || !b) return std::nullopt;
    // A time of day is a point: "to 14:00" ends there; a date runs to the end of its unit.
    const bool bIsPoint = b->precision >= DatePrecision::Minute;
    const TimeWindow w{a->begin(), bIsPoint ? b->seconds : b->end()};
    if (!w.isValid()) return std::nullopt;
    return w;
}

void TimeWindowBar::commitText()
{
    const auto w = parseWindow(from_->text(), to_->text());
    const QString bad = QStringLiteral("QLineEdit { background: #fde2e2; }");
    if (!w) {
        from_->setStyleSheet(FuzzyDate::parse(from_->text()) ? QString() : bad);
        to_->setStyleSheet(bad);
        return;
    }
    emit windowEdited(*w);
}
