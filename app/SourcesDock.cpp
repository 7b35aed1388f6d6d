#include "SourcesDock.h"

#include "model/ViewState.h"
#include "store/EventStore.h"
#include "store/ImportSources.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole;
}

SourcesDock::SourcesDock(ViewState* view, QWidget* parent)
    : QWidget(parent), view_(view), list_(new QTreeWidget(this)), note_(new QLabel(this)),
      remove_(new QPushButton(tr("&Remove source"), this)),
      only_(new QPushButton(tr("Show &only this source"), this))
{
    list_->setObjectName(QStringLiteral("sourcesList"));
    list_->setHeaderLabels({tr("Source"), tr("Events"), tr("Format"), tr("Imported")});
    list_->setRootIsDecorated(false);
    list_->setAlternatingRowColors(true);
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->setAccessibleName(tr("Import sources"));
    note_->setWordWrap(true);
    note_->setTextFormat(Qt::PlainText);
    remove_->setToolTip(tr("Delete the events and annotations this import brought (Ctrl+Z "
                           "puts them back)"));
    only_->setCheckable(true);
    only_->setToolTip(tr("Show only the events of the selected source on the map, the timeline "
                         "and the list"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(remove_);
    buttons->addWidget(only_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(list_);
    layout->addWidget(note_);
    layout->addLayout(buttons);

    connect(list_, &QTreeWidget::currentItemChanged, this, [this] {
        if (shownOnly_ != 0 && currentSource() != 0 && currentSource() != shownOnly_)
            showOnly(currentSource()); // the filter follows the selection while it is on
        updateButtons();
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentSource()) emit removeRequested(id);
    });
    connect(only_, &QPushButton::toggled, this,
            [this](bool on) { showOnly(on ? currentSource() : 0); });
    updateButtons();
}

void SourcesDock::setProject(const EventStore* store, const EventColumns* columns)
{
    store_ = store;
    columns_ = columns;
    const qint64 selected = currentSource();
    sources_ = store_ ? ImportSources(*store_).list() : std::vector<ImportRecord>{};
    fill();
    selectSource(selected);
    const bool stillThere = std::any_of(sources_.begin(), sources_.end(),
                                        [this](const auto& r) { return r.id == shownOnly_; });
    showOnly(stillThere ? shownOnly_ : 0); // the rows moved with the reload
}

void SourcesDock::fill()
{
    list_->clear();
    const QLocale locale;
    for (const ImportRecord& r : sources_) {
        auto* item = new QTreeWidgetItem(list_);
        const bool exists = QFileInfo::exists(r.path);
        item->setText(0, r.fileName);
        item->setText(1, locale.toString(r.currentEvents));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, r.format);
        item->setText(
            3, locale.toString(QDateTime::fromSecsSinceEpoch(r.importedAt), QLocale::ShortFormat));
        item->setData(0, kIdRole, r.id);
        QString tip = tr("%1\n%2 bytes, SHA-256 %3").arg(r.path).arg(r.size).arg(r.sha256);
        if (r.currentAnnotations > 0)
            tip += QLatin1Char('\n') + tr("%n annotations", nullptr, int(r.currentAnnotations));
        if (r.rejected > 0)
            tip += QLatin1Char('\n') + tr("%n rows rejected", nullptr, int(r.rejected));
        if (!exists) {
            tip += QLatin1Char('\n') + tr("The file is no longer there; the source can still be "
                                          "removed.");
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tip);
    }
    for (int c = 1; c < 4; ++c)
        list_->resizeColumnToContents(c);
    const qint64 without = store_ ? ImportSources(*store_).eventsWithoutSource() : 0;
    if (!store_)
        note_->setText(tr("No project is open."));
    else if (sources_.empty())
        note_->setText(tr("No imports recorded yet: File → Import events adds one."));
    else if (without > 0)
        note_->setText(
            tr("%n events came with the project, not from an import.", nullptr, int(without)));
    else
        note_->clear();
    note_->setVisible(!note_->text().isEmpty());
}

qint64 SourcesDock::currentSource() const
{
    const QTreeWidgetItem* item = list_->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void SourcesDock::selectSource(qint64 id)
{
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        if (list_->topLevelItem(i)->data(0, kIdRole).toLongLong() == id)
            list_->setCurrentItem(list_->topLevelItem(i));
    updateButtons();
}

void SourcesDock::showOnly(qint64 id)
{
    if (id != 0) selectSource(id);
    shownOnly_ = id;
    {
        const QSignalBlocker block(only_);
        only_->setChecked(id != 0);
    }
    applyFilter();
    updateButtons();
}

void SourcesDock::applyFilter()
{
    if (shownOnly_ == 0 || !store_ || !columns_) {
        view_->setSourceRows(std::nullopt);
        return;
    }
    // Both lists ascend by id: one merge.
    const std::vector<qint64> ids = ImportSources(*store_).eventIds(shownOnly_);
    std::vector<std::uint8_t> rows(columns_->size(), 0);
    std::size_t k = 0;
    for (std::size_t row = 0; row < columns_->size() && k < ids.size(); ++row) {
        while (k < ids.size() && ids[k] < columns_->id[row])
            ++k;
        if (k < ids.size() && ids[k] == columns_->id[row]) rows[row] = 1;
    }
    view_->setSourceRows(std::move(rows));
}

void SourcesDock::updateButtons()
{
    const bool any = currentSource() != 0;
    remove_->setEnabled(any && store_ && !store_->isReadOnly());
    only_->setEnabled(any || shownOnly_ != 0);
}
