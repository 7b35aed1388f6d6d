#include "RubberBandMode.h"

#include "MapWidget.h"

#include <QMouseEvent>
#include <QPainter>

void RubberBandMode::mouseMove(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton)) return;
    band_ = QRectF(pressPos_, e->position()).normalized();
    map_.update();
}

void RubberBandMode::mouseRelease(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton) return;
    const QRectF band = band_;
    map_.resetMode(); // this mode is gone once the handler returns
    map_.select(map_.rowsIn(band));
}

void RubberBandMode::paintOverlay(QPainter& painter) const
{
    if (band_.isNull()) return;
    painter.setPen(QPen(QColor(0, 90, 180), 1, Qt::DashLine));
    painter.setBrush(QColor(0, 90, 180, 30));
    painter.drawRect(band_);
}
