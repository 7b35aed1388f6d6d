#include "EventPicker.h"

#include "EventPickList.h"
#include "MapWidget.h"
#include "OpenProject.h"
#include "model/ViewState.h"

#include <QLocale>
#include <QMenu>

EventPicker::EventPicker(MapWidget* map, ViewState* view, const OpenProject& project,
                         QObject* parent)
    : QObject(parent), map_(map), view_(view), project_(project)
{
    connect(map_, &MapWidget::pickRequested, this, &EventPicker::showPickList);
}

void EventPicker::showPickList(const std::vector<int>& rows, QPoint globalPos)
{
    const EventColumns& c = project_.columns;
    const auto& categories = view_->categories();
    std::vector<EventPickList::Item> items;
    for (const int row : rows) {
        if (row < 0 || std::size_t(row) >= c.size()) continue;
        const std::size_t category = c.category[std::size_t(row)];
        QString text = project_.lookup.hoverText(c.id[std::size_t(row)]);
        text.replace(QLatin1Char('\n'), QStringLiteral(" — "));
        items.push_back(
            {row, text, category < categories.size() ? categories[category].colour : Qt::gray});
    }
    if (items.empty()) return;
    auto* list = new EventPickList(items, map_);
    list->setObjectName(QStringLiteral("eventPickList"));
    connect(list, &EventPickList::highlighted, view_, [this](int row) { view_->select({row}); });
    connect(list, &EventPickList::picked, view_, [this](int row) { view_->select({row}); });
    list->popup(globalPos);
}

void EventPicker::addMenuItems(QMenu& menu, QPoint globalPos)
{
    std::size_t total = 0;
    const std::vector<int> rows = map_->rowsAt(map_->mapFromGlobal(globalPos), &total);
    if (total < 2) return;
    menu.addAction(tr("List these %1 events").arg(QLocale().toString(qulonglong(total))), view_,
                   [this, rows] { view_->select(rows); });
    menu.addSeparator();
}
