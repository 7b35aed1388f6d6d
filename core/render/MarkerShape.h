#pragma once

#include "model/Category.h"

#include <QPainterPath>
#include <QPointF>

// The outline of a category's event marker (Category::Marker) about a centre, sized so that
// every shape covers about the area of a disc of `radius`: map symbols, the legend and the
// application's swatches all draw from here.
namespace MarkerShape {
QPainterPath path(Category::Marker marker, QPointF centre, double radius);
// Draws the marker with the painter's pen and brush (an ellipse for circles: exact on every
// device and the cheapest).
void draw(QPainter& painter, Category::Marker marker, QPointF centre, double radius);
} // namespace MarkerShape
