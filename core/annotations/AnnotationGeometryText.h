#pragma once

#include <QList>
#include <QPointF>
#include <QString>

// How both stores keep an annotation's vertices: a JSON array of [lon, lat] pairs, readable in
// any SQLite browser or psql.
namespace AnnotationGeometryText {
QString write(const QList<QPointF>& vertices);
QList<QPointF> read(const QString& text);
} // namespace AnnotationGeometryText
