#include "CategoryLegend.h"

#include "model/ViewState.h"

#include <QPainter>

CategoryLegend::CategoryLegend(const ViewState* view, QWidget* parent) : QListWidget(parent)
{
    setToolTip(tr("Category colours on the map"));
    connect(view, &ViewState::projectChanged, this, [this, view] {
        clear();
        for (const Category& c : view->categories()) {
            QPixmap swatch(14, 14);
            swatch.fill(Qt::transparent);
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(c.colour);
            p.setPen(Qt::white);
            p.drawEllipse(1, 1, 12, 12);
            addItem(new QListWidgetItem(QIcon(swatch), c.name));
        }
    });
}
