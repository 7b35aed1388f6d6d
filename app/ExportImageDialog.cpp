#include "ExportImageDialog.h"

#include "compose/SnapshotRenderer.h"
#include "tiles/TileSource.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

ExportImageDialog::ExportImageDialog(const EventStore& store, MapExportOptions base,
                                     QWidget* parent)
    : ExportImageDialog(std::make_unique<SnapshotRenderer>(store), std::move(base), parent)
{
}

ExportImageDialog::ExportImageDialog(std::unique_ptr<SnapshotRenderer> renderer,
                                     MapExportOptions base, QWidget* parent)
    : QDialog(parent), renderer_(std::move(renderer)), base_(std::move(base)),
      preset_(new QComboBox(this)), width_(new QSpinBox(this)), height_(new QSpinBox(this)),
      timeline_(new QCheckBox(tr("Timeline strip under the map"), this)),
      legend_(new QCheckBox(tr("Legend"), this)), title_(new QLineEdit(this)),
      path_(new QLineEdit(this)), preview_(new QLabel(this)), tileNote_(new QLabel(this)),
      tileArrived_(new QTimer(this))
{
    setWindowTitle(tr("Export image"));
    auto* layout = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(preview_, 1);
    previewColumn->addWidget(tileNote_);
    layout->addLayout(previewColumn, 1);
    tileNote_->setObjectName(QStringLiteral("tileNote"));
    tileNote_->setWordWrap(true);
    tileNote_->hide();
    preview_->setMinimumSize(480, 300);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setFrameShape(QFrame::StyledPanel);

    preset_->addItem(tr("1920 × 1080 (Full HD)"), QSize(1920, 1080));
    preset_->addItem(tr("3840 × 2160 (4K)"), QSize(3840, 2160));
    preset_->addItem(tr("A4 at 300 dpi"), MapExport::pageSize(QStringLiteral("a4"), 300));
    preset_->addItem(tr("Letter at 300 dpi"), MapExport::pageSize(QStringLiteral("letter"), 300));
    preset_->addItem(tr("Custom"), QSize());
    for (QSpinBox* s : {width_, height_})
        s->setRange(16, 8192);
    width_->setValue(1920);
    height_->setValue(1080);
    form->addRow(tr("Size"), preset_);
    auto* custom = new QHBoxLayout;
    custom->addWidget(width_);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(height_);
    form->addRow(tr("Pixels"), custom);
    title_->setPlaceholderText(tr("Optional title"));
    form->addRow(tr("Title"), title_);
    timeline_->setChecked(base_.timeline);
    legend_->setChecked(true);
    form->addRow(timeline_);
    form->addRow(legend_);
    auto* pathRow = new QHBoxLayout;
    path_->setPlaceholderText(tr("map.png, .jpg, .svg or .pdf"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    pathRow->addWidget(path_);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Put the image, at the size chosen, on the clipboard"));
    form->addRow(buttons);
    connect(copy, &QPushButton::clicked, this, [this] {
        QImage image;
        whileWaitingForTiles([&] { image = renderer_->render(options()); });
        QApplication::clipboard()->setImage(image);
    });
    // The preview never waits for tiles: it draws those at hand and again as more arrive.
    tileArrived_->setSingleShot(true);
    tileArrived_->setInterval(150);
    connect(tileArrived_, &QTimer::timeout, this, &ExportImageDialog::updatePreview);
    if (base_.tiles)
        connect(base_.tiles, &TileSource::tileReady, tileArrived_, qOverload<>(&QTimer::start));

    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        const QSize s = preset_->currentData().toSize();
        if (s.isValid()) {
            width_->setValue(s.width());
            height_->setValue(s.height());
        }
        width_->setEnabled(!s.isValid());
        height_->setEnabled(!s.isValid());
        updatePreview();
    });
    width_->setEnabled(false);
    height_->setEnabled(false);
    for (QSpinBox* s : {width_, height_})
        connect(s, &QSpinBox::editingFinished, this, &ExportImageDialog::updatePreview);
    connect(timeline_, &QCheckBox::toggled, this, &ExportImageDialog::updatePreview);
    connect(legend_, &QCheckBox::toggled, this, &ExportImageDialog::updatePreview);
    connect(title_, &QLineEdit::editingFinished, this, &ExportImageDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &ExportImageDialog::choosePath);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (path_->text().trimmed().isEmpty()) choosePath();
        if (!path_->text().trimmed().isEmpty()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

ExportImageDialog::~ExportImageDialog() = default;

MapExportOptions ExportImageDialog::options() const
{
    MapExportOptions o = base_;
    o.size = QSize(width_->value(), height_->value());
    const int index = preset_->currentIndex();
    o.dpi = (index == 2 || index == 3) ? 300 : 96;
    o.timeline = timeline_->isChecked();
    o.legend = legend_->isChecked();
    o.title = title_->text();
    return o;
}

QString ExportImageDialog::path() const
{
    return path_->text().trimmed();
}

void ExportImageDialog::save()
{
    whileWaitingForTiles([this] { MapExport::save(*renderer_, options(), path()); });
}

int ExportImageDialog::missingTiles() const
{
    return missingTiles_;
}

void ExportImageDialog::whileWaitingForTiles(const std::function<void()>& render)
{
    // A waiting render runs a local event loop: a preview drawn from inside it would re-enter
    // the renderer, so it is put off until the wait is over.
    waiting_ = true;
    const auto done = qScopeGuard([this] {
        waiting_ = false;
        missingTiles_ = renderer_->missingTiles();
        if (std::exchange(previewPending_, false)) tileArrived_->start();
    });
    render();
}

void ExportImageDialog::choosePath()
{
    const QString p =
        QFileDialog::getSaveFileName(this, tr("Export image"), path_->text(),
                                     tr("PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)"));
    if (!p.isEmpty()) path_->setText(p);
}

void ExportImageDialog::updatePreview()
{
    if (waiting_) {
        previewPending_ = true;
        return;
    }
    // The preview is the export itself at a reduced size: same layout, same painter.
    MapExportOptions o = options();
    const QSizeF full(o.size);
    const double scale =
        std::min(preview_->width() / full.width(), preview_->height() / full.height());
    o.dpi *= scale;
    o.size = (full * scale).toSize().expandedTo(QSize(16, 16));
    o.tileWaitMs = 0; // what is at hand; tileReady redraws
    preview_->setPixmap(QPixmap::fromImage(renderer_->render(o)));
    const int missing = renderer_->missingTiles();
    tileNote_->setText(tr("%n map tile(s) not loaded yet: the offline basemap shows there. "
                          "Saving waits up to %1 s for them.",
                          nullptr, missing)
                           .arg(base_.tileWaitMs / 1000));
    tileNote_->setVisible(missing > 0);
}
