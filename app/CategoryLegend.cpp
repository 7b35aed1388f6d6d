#include "CategoryLegend.h"

#include "CategorySwatch.h"
#include "model/ViewState.h"

CategoryLegend::CategoryLegend(const ViewState* view, QWidget* parent) : QListWidget(parent)
{
    setToolTip(tr("Category colours on the map"));
    connect(view, &ViewState::projectChanged, this, [this, view] {
        clear();
        for (const Category& c : view->categories())
            addItem(new QListWidgetItem(categorySwatch(c.colour), c.displayName()));
    });
}
