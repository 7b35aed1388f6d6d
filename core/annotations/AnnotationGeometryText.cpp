#include "annotations/AnnotationGeometryText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AnnotationGeometryText {

QString write(const QList<QPointF>& vertices)
{
    QJsonArray points;
    for (const QPointF& p : vertices)
        points.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QList<QPointF> read(const QString& text)
{
    QList<QPointF> out;
    for (const auto& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray p = v.toArray();
        out.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return out;
}

} // namespace AnnotationGeometryText
