#include "TileSettingsDialog.h"

#include "base/Error.h"
#include "tiles/MbTilesSource.h"
#include "tiles/TileCache.h"
#include "tiles/XyzTileSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

TileSettingsDialog::TileSettingsDialog(const TileSourceSettings& settings, QWidget* parent)
    : QDialog(parent), memoryCacheMB_(settings.memoryCacheMB)
{
    setWindowTitle(tr("Map Tiles"));
    enabled_ = new QCheckBox(tr("Show raster tiles under the map"), this);
    enabled_->setChecked(settings.enabled);

    choice_ = new QComboBox(this);
    const auto presets = TileSourceSettings::presets();
    for (int i = 0; i < presets.size(); ++i)
        choice_->addItem(presets[i].name, i);
    choice_->addItem(tr("Other tile server (URL template)"), kCustomUrl);
    choice_->addItem(tr("MBTiles file"), kMbTiles);

    url_ = new QLineEdit(settings.urlTemplate, this);
    url_->setPlaceholderText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    attribution_ = new QLineEdit(settings.attribution, this);
    mbtiles_ = new QLineEdit(settings.mbtilesPath, this);
    browse_ = new QPushButton(tr("Browse…"), this);
    connections_ = new QSpinBox(this);
    connections_->setRange(1, 4);
    connections_->setValue(settings.maxConnections);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(mbtiles_, 1);
    fileRow->addWidget(browse_);

    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), choice_);
    form->addRow(tr("URL template:"), url_);
    form->addRow(tr("Attribution:"), attribution_);
    form->addRow(tr("MBTiles file:"), fileRow);
    form->addRow(tr("Connections at once:"), connections_);

    // Our own text, not data: rich text is safe here.
    auto* policy = new QLabel(
        tr("Online tiles are fetched only when this is on; the offline basemap always shows "
           "beneath. OpenStreetMap's tile servers are run by volunteers: heavy use (bulk "
           "downloading, prefetching) is forbidden by the "
           "<a href=\"https://operations.osmfoundation.org/policies/tiles/\">tile usage "
           "policy</a>. Tigris identifies itself as %1, uses at most a few connections and "
           "caches tiles in %2.")
            .arg(XyzTileSource::userAgent().toHtmlEscaped(),
                 TileCache::defaultDirectory(QString()).toHtmlEscaped()),
        this);
    policy->setWordWrap(true);
    policy->setOpenExternalLinks(true);
    policy->setTextFormat(Qt::RichText);

    error_ = new QLabel(this);
    error_->setTextFormat(Qt::PlainText);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    error_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TileSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TileSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(enabled_);
    layout->addLayout(form);
    layout->addWidget(policy);
    layout->addWidget(error_);
    layout->addWidget(buttons);

    // Show the preset whose template is in use, else "other".
    int index = choice_->findData(settings.kind == TileSourceSettings::Kind::MbTiles ? kMbTiles
                                                                                     : kCustomUrl);
    if (settings.kind == TileSourceSettings::Kind::Xyz)
        for (int i = 0; i < presets.size(); ++i)
            if (presets[i].urlTemplate == settings.urlTemplate) index = choice_->findData(i);
    choice_->setCurrentIndex(index);

    connect(choice_, &QComboBox::currentIndexChanged, this, &TileSettingsDialog::choiceChanged);
    connect(enabled_, &QCheckBox::toggled, this, &TileSettingsDialog::updateEnabled);
    connect(browse_, &QPushButton::clicked, this, &TileSettingsDialog::chooseMbTiles);
    connect(url_, &QLineEdit::textEdited, this, [this] {
        // Editing a preset's URL makes it a custom server.
        if (choice_->currentData().toInt() >= 0) {
            const QSignalBlocker block(choice_);
            choice_->setCurrentIndex(choice_->findData(kCustomUrl));
        }
    });
    updateEnabled();
}

void TileSettingsDialog::choiceChanged()
{
    const int presetIndex = choice_->currentData().toInt();
    if (presetIndex >= 0) {
        const auto preset = TileSourceSettings::presets().at(presetIndex);
        url_->setText(preset.urlTemplate);
        attribution_->setText(preset.attribution);
    }
    updateEnabled();
}

void TileSettingsDialog::chooseMbTiles()
{
    const QString start = mbtiles_->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                              : mbtiles_->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open MBTiles"), start,
                                                      tr("MBTiles (*.mbtiles);;All files (*)"));
    if (path.isEmpty()) return;
    mbtiles_->setText(path);
    try {
        const MbTilesSource source(path);
        if (!source.attribution().isEmpty()) attribution_->setText(source.attribution());
    } catch (const tigris::Error&) { // problem() says why when the dialog is accepted
    }
}

void TileSettingsDialog::updateEnabled()
{
    const bool on = enabled_->isChecked();
    const bool file = choice_->currentData().toInt() == kMbTiles;
    choice_->setEnabled(on);
    url_->setEnabled(on && !file);
    attribution_->setEnabled(on && !file);
    connections_->setEnabled(on && !file);
    mbtiles_->setEnabled(on && file);
    browse_->setEnabled(on && file);
    error_->hide();
}

TileSourceSettings TileSettingsDialog::settings() const
{
    TileSourceSettings s;
    s.enabled = enabled_->isChecked();
    s.kind = choice_->currentData().toInt() == kMbTiles ? TileSourceSettings::Kind::MbTiles
                                                        : TileSourceSettings::Kind::Xyz;
    s.urlTemplate = url_->text().trimmed();
    s.attribution = attribution_->text().trimmed();
    s.mbtilesPath = mbtiles_->text().trimmed();
    s.maxConnections = connections_->value();
    s.memoryCacheMB = memoryCacheMB_;
    return s;
}

QString TileSettingsDialog::problem() const
{
    const TileSourceSettings s = settings();
    if (!s.enabled) return {};
    if (s.kind == TileSourceSettings::Kind::MbTiles) {
        if (s.mbtilesPath.isEmpty()) return tr("Choose an MBTiles file.");
        try {
            const MbTilesSource source(s.mbtilesPath);
        } catch (const tigris::Error& e) {
            return e.message();
        }
        return {};
    }
    if (!XyzTileSource::isValidTemplate(s.urlTemplate))
        return tr("The URL template must start with http:// or https:// and contain {z}, {x} "
                  "and {y}.");
    return {};
}

void TileSettingsDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        error_->setText(why);
        error_->show();
        return;
    }
    QDialog::accept();
}
