#pragma once

#include "MapMode.h"

#include <QPointF>
#include <QRectF>

// Ctrl-drag: a band from the press to the cursor; on release the events inside it become
// the selection and the map returns to pan and select.
class RubberBandMode : public MapMode {
  public:
    RubberBandMode(MapWidget& map, QPointF pressPos) : MapMode(map), pressPos_(pressPos) {}
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    void paintOverlay(QPainter& painter) const override;

  private:
    QPointF pressPos_;
    QRectF band_;
};
