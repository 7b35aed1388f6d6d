#include "CsvMappingDialog.h"

#include "io/CsvHeader.h"
#include "io/CsvInference.h"
#include "io/CsvRowMapper.h"
#include "io/GisFormats.h"
#include "io/ImportError.h"
#include "io/GisBackend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Role = CsvMapping::Role;
const QString kGroup = QStringLiteral("csvMappings");
constexpr int kPreviewRows = 50;

QString cellText(const QByteArray& field)
{
    // One line per cell: the preview shows a field, it does not lay it out.
    QString t = QString::fromUtf8(field);
    t.replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
    return t.left(200);
}

QTableWidgetItem* plainItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// What an import would store from a row: "10 June 2014 (day) · 36.3400, 43.1300 · “Mosul”".
QString resultText(const CsvRowMapper::Row& row)
{
    const Event& e = row.event;
    QString date = e.startDate().display() + QStringLiteral(" (%1)").arg(toString(e.precision));
    if (e.end) date += QStringLiteral(" – ") + FuzzyDate{*e.end, e.precision}.display();
    const QString where =
        e.hasCoordinate() ? QStringLiteral("%1, %2").arg(e.lat, 0, 'f', 4).arg(e.lon, 0, 'f', 4)
        : row.nullIsland  ? QObject::tr("0,0: no position")
        : !e.locationName.isEmpty() ? QObject::tr("placed by name: %1").arg(e.locationName)
                                    : QObject::tr("no position");
    QString title = QStringLiteral("“%1”").arg(e.title.left(80));
    if (e.titleDerived) title += QObject::tr(" (derived)");
    return QStringLiteral("%1 · %2 · %3").arg(date, where, title);
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString& sourcePath, QWidget* parent)
    : QDialog(parent), path_(sourcePath)
{
    setWindowTitle(tr("Import %1 with a column mapping").arg(QFileInfo(sourcePath).fileName()));
    delimiter_ = new QComboBox;
    delimiter_->addItem(tr("detect"), 0);
    delimiter_->addItem(tr("comma ,"), int(','));
    delimiter_->addItem(tr("semicolon ;"), int(';'));
    delimiter_->addItem(tr("tab"), int('\t'));
    delimiter_->addItem(tr("bar |"), int('|'));
    header_ = new QCheckBox(tr("The first row is a header"));
    header_->setChecked(true);
    encoding_ = new QComboBox;
    encoding_->setEditable(true);
    encoding_->addItems({QStringLiteral("auto"), QStringLiteral("utf-8"),
                         QStringLiteral("windows-1252"), QStringLiteral("windows-1256"),
                         QStringLiteral("utf-16")});
    dateFormat_ = new QComboBox;
    dateFormat_->setEditable(true);
    dateFormat_->addItems({QStringLiteral("auto"), QStringLiteral("dd/MM/yyyy"),
                           QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyy-MM-dd"),
                           QStringLiteral("dd.MM.yyyy"), QStringLiteral("d MMMM yyyy"),
                           QStringLiteral("yyyy-MM-dd HH:mm")});
    dateFormat_->setToolTip(tr("auto reads ISO dates, '10 June 2014' and unambiguous d/m/y; "
                               "or a pattern: dd day, MM month, MMMM month name, yyyy year"));
    dateOrder_ = new QComboBox;
    dateOrder_->addItem(tr("from the data"), QStringLiteral("auto"));
    dateOrder_->addItem(tr("day first (31/12/2014)"), QStringLiteral("dmy"));
    dateOrder_->addItem(tr("month first (12/31/2014)"), QStringLiteral("mdy"));
    dateOrder_->addItem(tr("year first (2014/12/31)"), QStringLiteral("ymd"));
    dateOrder_->setObjectName(QStringLiteral("dateOrder"));
    guesses_ = new QLabel;
    guesses_->setTextFormat(Qt::PlainText);
    guesses_->setWordWrap(true);
    guesses_->setObjectName(QStringLiteral("guesses"));
    saved_ = new QComboBox;
    delimiter_->setObjectName(QStringLiteral("delimiter"));
    header_->setObjectName(QStringLiteral("header"));
    encoding_->setObjectName(QStringLiteral("encoding"));
    dateFormat_->setObjectName(QStringLiteral("dateFormat"));
    auto* loadButton = new QPushButton(tr("Load"));
    auto* saveButton = new QPushButton(tr("Save as…"));
    auto* deleteButton = new QPushButton(tr("Delete"));
    auto* importButton = new QPushButton(tr("Open JSON…"));
    auto* exportButton = new QPushButton(tr("Save JSON…"));
    exportButton->setToolTip(tr("For tigris import --mapping FILE.json"));
    table_ = new QTableWidget;
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    status_ = new QLabel;
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    // Only a click (or Alt+I) imports: Return in a field must not (keyPressEvent too).
    for (QAbstractButton* b : buttons_->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* options = new QFormLayout;
    QFile head(sourcePath);
    // GisFormats::available() loads GDAL: asked only about a GIS file.
    if (head.open(QIODevice::ReadOnly) &&
        !GisFormats::recognise(sourcePath, head.read(64 * 1024)).isEmpty() &&
        GisFormats::available()) {
        // A GIS file: GDAL reads its encoding and types; the user picks a layer.
        setWindowTitle(tr("Import %1 with a field mapping").arg(QFileInfo(sourcePath).fileName()));
        layer_ = new QComboBox;
        layer_->setObjectName(QStringLiteral("layer"));
        options->addRow(tr("Layer"), layer_);
        connect(layer_, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::reload);
        for (QWidget* csvOnly : {static_cast<QWidget*>(delimiter_), static_cast<QWidget*>(header_),
                                 static_cast<QWidget*>(encoding_)}) {
            csvOnly->setParent(this);
            csvOnly->hide();
        }
    } else {
        options->addRow(tr("Delimiter"), delimiter_);
        options->addRow(QString(), header_);
        options->addRow(tr("Encoding"), encoding_);
    }
    options->addRow(tr("Date format"), dateFormat_);
    options->addRow(tr("Date order"), dateOrder_);
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(saved_, 1);
    savedRow->addWidget(loadButton);
    savedRow->addWidget(saveButton);
    savedRow->addWidget(deleteButton);
    savedRow->addWidget(importButton);
    savedRow->addWidget(exportButton);
    options->addRow(tr("Saved mappings"), savedRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(guesses_);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons_);
    resize(900, 560);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(delimiter_, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::reload);
    connect(header_, &QCheckBox::toggled, this, &CsvMappingDialog::reload);
    connect(encoding_, &QComboBox::currentTextChanged, this, &CsvMappingDialog::reload);
    connect(dateFormat_, &QComboBox::currentTextChanged, this, &CsvMappingDialog::validate);
    connect(dateOrder_, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::validate);
    connect(loadButton, &QPushButton::clicked, this, [this] {
        if (auto m = load(saved_->currentText())) setMapping(*m);
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Name:"),
                                                   QLineEdit::Normal, saved_->currentText());
        if (name.trimmed().isEmpty()) return;
        save(name.trimmed(), mapping());
        refreshSaved();
        saved_->setCurrentText(name.trimmed());
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        remove(saved_->currentText());
        refreshSaved();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open mapping"), QString(),
                                                          tr("Mapping (*.json)"));
        if (file.isEmpty()) return;
        try {
            setMapping(CsvMapping::fromFile(file));
        } catch (const ImportError& e) {
            QMessageBox::warning(this, tr("Open mapping"), e.message());
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save mapping"), QStringLiteral("mapping.json"), tr("Mapping (*.json)"));
        if (file.isEmpty()) return;
        try {
            mapping().toFile(file);
        } catch (const ImportError& e) {
            QMessageBox::warning(this, tr("Save mapping"), e.message());
        }
    });
    refreshSaved();
    reload();
}

int CsvMappingDialog::dataStart() const
{
    return header_->isChecked() ? 1 : 0;
}

QComboBox* CsvMappingDialog::roleCombo(int column) const
{
    return roles_.value(column);
}

void CsvMappingDialog::reload()
{
    if (loading_) return;
    const QList<Role> before = [this] {
        QList<Role> r;
        for (QComboBox* c : roles_)
            r << Role(c->currentData().toInt());
        return r;
    }();
    readPreview();
    std::size_t columns = 0;
    for (const auto& r : preview_.records)
        columns = std::max(columns, r.size());
    const bool header = header_->isChecked() && !preview_.records.empty();
    // A GIS layer's guess; else the import's own guesses over the preview's rows, else the
    // header names alone.
    QList<Role> guessed(int(columns), Role::Ignore);
    guessNotes_.clear();
    if (gisGuess_) {
        for (const auto& g : gisGuess_->columns)
            if (g.index >= 0 && g.index < guessed.size()) guessed[g.index] = g.role;
    } else if (header) {
        const CsvHeader names(preview_.records.front());
        const CsvInference::Sample sample(preview_.records.begin() + 1, preview_.records.end());
        try {
            const CsvGuess g = CsvInference::guess(names, sample, {});
            for (int r = 1; r < CsvMapping::kRoleCount; ++r)
                if (const int c = g.columns.at[std::size_t(r)]; c >= 0 && c < guessed.size())
                    guessed[c] = Role(r);
            guessNotes_ = g.notes;
        } catch (const ImportError& e) {
            const CsvMapping byName = CsvMapping::fromHeader(names);
            for (const auto& c : byName.columns)
                if (c.index < guessed.size()) guessed[c.index] = c.role;
            guessNotes_ << e.message();
        }
    }

    table_->setRowCount(0); // deletes the old role combos
    table_->clear();
    table_->setColumnCount(int(columns) + 1);
    const int dataRows = int(preview_.records.size()) - dataStart();
    table_->setRowCount(1 + std::max(0, dataRows));
    QStringList labels;
    roles_.clear();
    for (int c = 0; c < int(columns); ++c) {
        labels << (header ? cellText(csvFieldBytes(c)) : tr("Column %1").arg(c + 1));
        auto* combo = new QComboBox;
        for (int r = 0; r < CsvMapping::kRoleCount; ++r)
            combo->addItem(CsvMapping::roleLabel(Role(r)), r);
        Role role = guessed.value(c, Role::Ignore);
        if (!header && c < before.size()) role = before[c]; // keep the user's choices
        combo->setCurrentIndex(int(role));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::validate);
        table_->setCellWidget(0, c, combo);
        roles_ << combo;
    }
    labels << tr("Result (as it will be stored)");
    table_->setHorizontalHeaderLabels(labels);
    QStringList rowLabels{tr("Role")};
    for (int r = 0; r < dataRows; ++r) {
        const std::size_t record = std::size_t(r + dataStart());
        rowLabels << QString::number(preview_.lines[record]);
        for (int c = 0; c < int(preview_.records[record].size()); ++c)
            table_->setItem(r + 1, c,
                            plainItem(cellText(preview_.records[record][std::size_t(c)])));
    }
    table_->setVerticalHeaderLabels(rowLabels);
    validate();
}

void CsvMappingDialog::readPreview()
{
    const GisBackend* gis = layer_ ? GisBackend::instance() : nullptr;
    if (gis) { // layer_ only when GDAL is available (see the constructor)
        OgrPreview p = gis->preview(path_, layer_->currentData().toString(), kPreviewRows);
        if (layer_->count() == 0) { // the first read: the layers, with what they hold
            const QSignalBlocker block(layer_);
            for (const OgrLayerInfo& l : p.layers)
                layer_->addItem(l.describe(), l.name);
            layer_->setCurrentIndex(std::max(0, layer_->findData(p.layer)));
        }
        preview_ = std::move(p.table);
        notes_ = std::move(p.notes);
        gisGuess_ = std::move(p.guessed);
        return;
    }
    preview_ = CsvPreview::read(path_, char(delimiter_->currentData().toInt()),
                                encoding_->currentText(), kPreviewRows + 1);
}

QByteArray CsvMappingDialog::csvFieldBytes(int column) const
{
    const auto& h = preview_.records.front();
    return column < int(h.size()) ? h[std::size_t(column)] : QByteArray();
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping m;
    if (layer_) m.layer = layer_->currentData().toString();
    m.delimiter = char(delimiter_->currentData().toInt());
    m.hasHeader = header_->isChecked();
    m.encoding = encoding_->currentText().trimmed();
    m.dateFormat = dateFormat_->currentText().trimmed();
    m.dateOrder = dateOrder_->currentData().toString();
    for (int c = 0; c < roles_.size(); ++c) {
        CsvMapping::Column col;
        col.role = Role(roles_[c]->currentData().toInt());
        col.index = c;
        if (m.hasHeader && !preview_.records.empty())
            col.name = QString::fromUtf8(csvFieldBytes(c)).trimmed();
        if (col.role != Role::Ignore) m.columns.append(col);
    }
    return m;
}

void CsvMappingDialog::setMapping(const CsvMapping& m)
{
    loading_ = true;
    delimiter_->setCurrentIndex(std::max(0, delimiter_->findData(int(m.delimiter))));
    header_->setChecked(m.hasHeader);
    encoding_->setCurrentText(m.encoding);
    if (layer_ && !m.layer.isEmpty() && layer_->findData(m.layer) >= 0)
        layer_->setCurrentIndex(layer_->findData(m.layer));
    loading_ = false;
    reload();
    loading_ = true;
    dateFormat_->setCurrentText(m.dateFormat);
    dateOrder_->setCurrentIndex(std::max(0, dateOrder_->findData(m.dateOrder)));
    QStringList names;
    if (m.hasHeader && !preview_.records.empty())
        for (const auto& f : preview_.records.front())
            names << QString::fromUtf8(f).trimmed();
    for (QComboBox* c : roles_)
        c->setCurrentIndex(int(Role::Ignore));
    for (const auto& col : m.columns) {
        int at = col.index;
        if (!col.name.isEmpty()) {
            at = -1;
            for (int i = 0; i < names.size() && at < 0; ++i)
                if (names[i].compare(col.name, Qt::CaseInsensitive) == 0) at = i;
        }
        if (at >= 0 && at < roles_.size()) roles_[at]->setCurrentIndex(int(col.role));
    }
    loading_ = false;
    validate();
}

void CsvMappingDialog::validate()
{
    if (loading_) return;
    rejected_ = 0;
    problem_.clear();
    const int reasonColumn = table_->columnCount() - 1;
    const CsvMapping m = mapping();
    std::optional<CsvRowMapper> mapper;
    QString dates;
    try {
        QStringList names;
        if (m.hasHeader && !preview_.records.empty())
            for (const auto& f : preview_.records.front())
                names << QString::fromUtf8(f).trimmed();
        CsvGuess guess;
        guess.columns = m.resolve(names);
        // The dates are learnt from the preview's rows, as the import learns from its sample.
        CsvInference::Choices choices;
        if (m.dateOrder != QLatin1String("auto"))
            choices.dateOrder = DateColumn::orderFromName(m.dateOrder);
        const auto first = preview_.records.begin() +
                           std::min<qsizetype>(dataStart(), qsizetype(preview_.records.size()));
        CsvInference::learnDates(guess, CsvInference::Sample(first, preview_.records.end()),
                                 choices);
        dates = guess.start.describe();
        if (m.dateFormat == QLatin1String("auto") &&
            (guess.start.ambiguous() || guess.end.ambiguous()))
            problem_ =
                tr("The dates read day-first or month-first alike (no row has a day over 12): "
                   "choose the date order.");
        mapper.emplace(guess.columns, m.dateFormat, preview_.delimiter == ';');
        mapper->setDates(guess.start, guess.end);
    } catch (const ImportError& e) {
        problem_ = e.message();
    }
    if (!preview_.error.isEmpty() && problem_.isEmpty() && preview_.records.empty())
        problem_ = preview_.error;
    for (int r = 1; r < table_->rowCount(); ++r) {
        QString reason, result;
        bool warn = false;
        const std::size_t row = std::size_t(r - 1);
        if (row < notes_.size() && !notes_[row].isEmpty()) {
            table_->setItem(r, reasonColumn, plainItem(notes_[row])); // no event, no fault
            continue;
        }
        if (mapper) {
            const auto& record = preview_.records[std::size_t(r - 1 + dataStart())];
            if (const auto mapped = mapper->map(record, &reason)) {
                result = resultText(*mapped);
                warn = mapped->nullIsland || mapped->event.titleDerived ||
                       (!mapped->event.hasCoordinate() && mapped->event.locationName.isEmpty());
            } else {
                ++rejected_;
                result = tr("rejected: %1").arg(reason);
            }
        }
        table_->setItem(r, reasonColumn, plainItem(result));
        const QBrush fate = !reason.isEmpty() ? QBrush(QColor(255, 228, 225))
                            : warn            ? QBrush(QColor(255, 248, 220))
                                              : QBrush();
        for (int c = 0; c <= reasonColumn; ++c)
            if (auto* item = table_->item(r, c)) item->setBackground(fate);
    }
    const int rows = std::max(0, table_->rowCount() - 1);
    QString text;
    if (!problem_.isEmpty())
        text = problem_;
    else
        text = tr("%1 of the first %n rows would be rejected.", nullptr, rows).arg(rejected_);
    if (!preview_.error.isEmpty() && problem_ != preview_.error)
        text += QLatin1Char(' ') + preview_.error;
    status_->setText(text);
    QStringList shown = guessNotes_;
    if (!dates.isEmpty()) shown << tr("Dates: %1").arg(dates);
    guesses_->setText(shown.isEmpty() ? QString()
                                      : tr("Guessed: %1").arg(shown.join(QStringLiteral("; "))));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

QString CsvMappingDialog::guesses() const
{
    return guesses_->text();
}

void CsvMappingDialog::keyPressEvent(QKeyEvent* event)
{
    // QDialog would press the default button: a Return typed in a field is not "Import".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CsvMappingDialog::refreshSaved()
{
    const QString current = saved_->currentText();
    saved_->clear();
    saved_->addItems(savedNames());
    saved_->setCurrentText(current);
}

QStringList CsvMappingDialog::savedNames()
{
    QSettings s;
    s.beginGroup(kGroup);
    QStringList names;
    for (const QString& key : s.childKeys())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CsvMappingDialog::save(const QString& name, const CsvMapping& mapping)
{
    QSettings s;
    s.beginGroup(kGroup);
    // Percent-encoded: a name may hold '/' or other characters QSettings keys cannot.
    s.setValue(QString::fromLatin1(name.toUtf8().toPercentEncoding()),
               QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<CsvMapping> CsvMappingDialog::load(const QString& name)
{
    QSettings s;
    s.beginGroup(kGroup);
    const QString json = s.value(QString::fromLatin1(name.toUtf8().toPercentEncoding())).toString();
    if (json.isEmpty()) return std::nullopt;
    try {
        return CsvMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    } catch (const ImportError&) {
        return std::nullopt; // a mapping saved by a later version: not offered
    }
}

void CsvMappingDialog::remove(const QString& name)
{
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(QString::fromLatin1(name.toUtf8().toPercentEncoding()));
}
