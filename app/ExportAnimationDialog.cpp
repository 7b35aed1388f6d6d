#include "ExportAnimationDialog.h"

#include "model/TimeController.h"
#include "compose/VideoAssembler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <utility>

namespace {
QDate utcDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}
qint64 utcSeconds(QDate d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

ExportAnimationDialog::ExportAnimationDialog(MapExportOptions base, TimeWindow range,
                                             QWidget* parent)
    : QDialog(parent), base_(std::move(base)), from_(new QDateEdit(this)), to_(new QDateEdit(this)),
      stepCount_(new QSpinBox(this)), stepUnit_(new QComboBox(this)), mode_(new QComboBox(this)),
      size_(new QComboBox(this)),
      timeline_(new QCheckBox(tr("Timeline strip under the map"), this)),
      directory_(new QLineEdit(this)), makeVideo_(new QCheckBox(tr("Also make a video"), this)),
      video_(new QLineEdit(this)), fps_(new QSpinBox(this)), summary_(new QLabel(this))
{
    setWindowTitle(tr("Export animation"));
    // Named so that tests and accessibility tools find each field whatever the layout.
    const std::pair<QWidget*, const char*> names[] = {{from_, "from"},
                                                      {to_, "to"},
                                                      {stepCount_, "stepCount"},
                                                      {stepUnit_, "stepUnit"},
                                                      {mode_, "mode"},
                                                      {size_, "frameSize"},
                                                      {timeline_, "timeline"},
                                                      {directory_, "framesFolder"},
                                                      {makeVideo_, "makeVideo"},
                                                      {video_, "videoFile"},
                                                      {fps_, "fps"},
                                                      {summary_, "summary"}};
    for (const auto& [w, name] : names)
        w->setObjectName(QLatin1String(name));
    auto* form = new QFormLayout(this);
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setTimeSpec(Qt::UTC);
    }
    from_->setDate(utcDate(range.from));
    // The range's end is exclusive; the dialog shows the last day included.
    to_->setDate(utcDate(range.to - 1));
    form->addRow(tr("From"), from_);
    form->addRow(tr("To (inclusive)"), to_);
    stepCount_->setRange(1, 999);
    stepUnit_->addItem(tr("day(s)"), int(AnimationSteps::Unit::Day));
    stepUnit_->addItem(tr("week(s)"), int(AnimationSteps::Unit::Week));
    stepUnit_->addItem(tr("month(s)"), int(AnimationSteps::Unit::Month));
    const qint64 days = (range.to - range.from) / 86400;
    stepUnit_->setCurrentIndex(days > 730 ? 2 : days > 120 ? 1 : 0);
    auto* step = new QHBoxLayout;
    step->addWidget(stepCount_);
    step->addWidget(stepUnit_, 1);
    form->addRow(tr("Step"), step);
    mode_->addItem(tr("Window: each frame shows one step"));
    mode_->addItem(tr("Cumulative: everything up to the step's end"));
    mode_->setCurrentIndex(base_.cumulative ? 1 : 0);
    form->addRow(tr("Mode"), mode_);
    size_->addItem(QStringLiteral("1280 × 720"), QSize(1280, 720));
    size_->addItem(QStringLiteral("1920 × 1080"), QSize(1920, 1080));
    size_->addItem(QStringLiteral("3840 × 2160"), QSize(3840, 2160));
    size_->setCurrentIndex(1);
    form->addRow(tr("Frame size"), size_);
    timeline_->setChecked(base_.timeline);
    form->addRow(timeline_);

    auto* dirRow = new QHBoxLayout;
    directory_->setText(QDir::home().filePath(QStringLiteral("tigris-frames")));
    auto* browse = new QPushButton(tr("Choose…"), this);
    dirRow->addWidget(directory_, 1);
    dirRow->addWidget(browse);
    form->addRow(tr("Frames folder"), dirRow);

    const bool haveFfmpeg = !VideoAssembler::ffmpeg().isEmpty();
    auto* videoRow = new QHBoxLayout;
    video_->setText(QDir::home().filePath(QStringLiteral("tigris-animation.mp4")));
    video_->setPlaceholderText(tr("animation.mp4 or .gif"));
    fps_->setRange(1, 60);
    fps_->setValue(4);
    fps_->setSuffix(tr(" fps"));
    videoRow->addWidget(makeVideo_);
    videoRow->addWidget(video_, 1);
    videoRow->addWidget(fps_);
    form->addRow(tr("Video"), videoRow);
    for (QWidget* w : std::initializer_list<QWidget*>{makeVideo_, video_, fps_}) {
        w->setEnabled(haveFfmpeg);
        if (!haveFfmpeg)
            w->setToolTip(tr("ffmpeg is not installed: only the PNG frames can be written."));
    }
    video_->setEnabled(false);
    fps_->setEnabled(false);
    form->addRow(summary_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    form->addRow(buttons);

    connect(makeVideo_, &QCheckBox::toggled, this, [this](bool on) {
        video_->setEnabled(on);
        fps_->setEnabled(on);
        updateSummary();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d =
            QFileDialog::getExistingDirectory(this, tr("Frames folder"), directory_->text());
        if (!d.isEmpty()) directory_->setText(d);
    });
    for (QDateEdit* d : {from_, to_})
        connect(d, &QDateEdit::dateChanged, this, &ExportAnimationDialog::updateSummary);
    connect(stepCount_, &QSpinBox::valueChanged, this, &ExportAnimationDialog::updateSummary);
    connect(stepUnit_, &QComboBox::currentIndexChanged, this,
            &ExportAnimationDialog::updateSummary);
    connect(mode_, &QComboBox::currentIndexChanged, this, &ExportAnimationDialog::updateSummary);
    connect(directory_, &QLineEdit::textChanged, this, &ExportAnimationDialog::updateSummary);
    connect(video_, &QLineEdit::textChanged, this, &ExportAnimationDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

void ExportAnimationDialog::useTime(const TimeController& time)
{
    AnimationSteps::Unit unit = AnimationSteps::Unit::Day;
    switch (time.unit()) {
    case TimeController::Unit::Day:
        break;
    case TimeController::Unit::Week:
        unit = AnimationSteps::Unit::Week;
        break;
    case TimeController::Unit::Month:
        unit = AnimationSteps::Unit::Month;
        break;
    }
    stepCount_->setValue(1);
    stepUnit_->setCurrentIndex(std::max(0, stepUnit_->findData(int(unit))));
    mode_->setCurrentIndex(time.mode() == TimeController::Mode::Cumulative ? 1 : 0);
}

AnimationExportSettings ExportAnimationDialog::settings() const
{
    AnimationExportSettings s;
    s.frame = base_;
    s.frame.size = size_->currentData().toSize();
    s.frame.dpi = 96;
    s.frame.timeline = timeline_->isChecked();
    s.frame.cumulative = mode_->currentIndex() == 1;
    s.range = TimeWindow{utcSeconds(from_->date()), utcSeconds(to_->date().addDays(1))};
    s.steps.count = stepCount_->value();
    s.steps.unit = AnimationSteps::Unit(stepUnit_->currentData().toInt());
    s.directory = directory_->text().trimmed();
    if (makeVideo_->isChecked()) s.video = video_->text().trimmed();
    s.fps = fps_->value();
    return s;
}

QString ExportAnimationDialog::problem() const
{
    const AnimationExportSettings s = settings();
    if (!s.range.isValid()) return tr("The end is before the start.");
    if (s.directory.isEmpty()) return tr("Choose a folder for the frames.");
    if (makeVideo_->isChecked() && !VideoAssembler::supports(s.video))
        return tr("The video's name must end in .mp4 or .gif.");
    return {};
}

void ExportAnimationDialog::updateSummary()
{
    const QString p = problem();
    const AnimationExportSettings s = settings();
    summary_->setText(p.isEmpty() ? tr("%n frame(s) in %1", nullptr,
                                       int(s.steps.windows(s.range, s.frame.cumulative).size()))
                                        .arg(s.directory)
                                  : p);
}
