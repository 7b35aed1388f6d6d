#include "EventPickList.h"

#include "CategorySwatch.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

EventPickList::EventPickList(const std::vector<Item>& items, QWidget* parent)
    : QFrame(parent, Qt::Popup), heading_(new QLabel(this)), list_(new QListWidget(this)),
      items_(items)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    heading_->setText(tr("%n event(s) here", nullptr, int(items.size())));
    heading_->setTextFormat(Qt::PlainText);
    layout->addWidget(heading_);
    layout->addWidget(list_);
    list_->setAccessibleName(tr("Events at this place"));
    list_->setAccessibleDescription(
        tr("Up and Down show an event in Details; Enter picks it; Escape closes"));
    list_->setUniformItemSizes(true);
    for (const Item& item : items_) {
        auto* entry = new QListWidgetItem(categorySwatch(item.colour, 12), item.text, list_);
        entry->setToolTip(item.text);
    }
    connect(list_, &QListWidget::currentRowChanged, this, [this](int i) {
        if (i >= 0 && std::size_t(i) < items_.size()) emit highlighted(items_[std::size_t(i)].row);
    });
    auto pick = [this](QListWidgetItem* entry) {
        const int i = list_->row(entry);
        if (i < 0) return;
        emit picked(items_[std::size_t(i)].row);
        close();
    };
    connect(list_, &QListWidget::itemActivated, this, pick); // Enter, double-click
    connect(list_, &QListWidget::itemClicked, this, pick);
    const int rows = std::min<int>(int(items_.size()), 12);
    list_->setMinimumHeight(rows * list_->fontMetrics().height() * 3 / 2 + 6);
    list_->setMinimumWidth(280);
    setFocusProxy(list_);
}

int EventPickList::currentRow() const
{
    const int i = list_->currentRow();
    return i >= 0 && std::size_t(i) < items_.size() ? items_[std::size_t(i)].row : -1;
}

void EventPickList::popup(QPoint globalPos)
{
    adjustSize();
    // Kept on the screen: shifted left or up where it would run past the edge.
    QPoint at = globalPos + QPoint(8, 8);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width())));
        at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    move(at);
    show();
    list_->setFocus();
    if (list_->count() > 0) list_->setCurrentRow(0);
}
