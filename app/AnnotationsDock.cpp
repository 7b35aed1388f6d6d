#include "AnnotationsDock.h"

#include "time/FuzzyDate.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

AnnotationsDock::AnnotationsDock(QWidget* parent)
    : QWidget(parent), filter_(new QLineEdit(this)), list_(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    filter_->setPlaceholderText(tr("Filter annotations…"));
    filter_->setClearButtonEnabled(true);
    layout->addWidget(filter_);
    layout->addWidget(list_);
    connect(filter_, &QLineEdit::textChanged, this, &AnnotationsDock::applyFilter);
    connect(list_, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* i) { emit activated(i->data(Qt::UserRole).toLongLong()); });
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* i) {
        if (i) emit selected(i->data(Qt::UserRole).toLongLong());
    });
}

void AnnotationsDock::setAnnotations(const std::vector<Annotation>& annotations)
{
    const qint64 current =
        list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    list_->blockSignals(true);
    list_->clear();
    for (const Annotation& a : annotations) {
        QString text = a.title.isEmpty() ? tr("(untitled %1)").arg(toString(a.kind)) : a.title;
        if (a.validFrom)
            text += QStringLiteral("  ·  %1").arg(
                FuzzyDate{*a.validFrom, DatePrecision::Day}.display());
        // QListWidgetItem text is plain text: data never becomes markup here.
        auto* item = new QListWidgetItem(text, list_);
        QPixmap swatch(12, 12);
        swatch.fill(a.colour);
        item->setIcon(QIcon(swatch));
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.note);
        // Tooltips guess at rich text; an escaped note inside <qt> is always shown as text.
        if (!a.note.isEmpty())
            item->setToolTip(QStringLiteral("<qt>%1</qt>").arg(a.note.toHtmlEscaped()));
        if (a.id == current) list_->setCurrentItem(item);
    }
    list_->blockSignals(false);
    applyFilter();
}

void AnnotationsDock::applyFilter()
{
    const QString words = filter_->text().trimmed();
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        item->setHidden(
            !words.isEmpty() && !item->text().contains(words, Qt::CaseInsensitive) &&
            !item->data(Qt::UserRole + 1).toString().contains(words, Qt::CaseInsensitive));
    }
}
