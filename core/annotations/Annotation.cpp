#include "annotations/Annotation.h"

QString toString(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Point:
        return QStringLiteral("point");
    case Annotation::Kind::Polyline:
        return QStringLiteral("polyline");
    case Annotation::Kind::Polygon:
        return QStringLiteral("polygon");
    }
    return QStringLiteral("point");
}

std::optional<Annotation::Kind> annotationKindFromString(const QString& s)
{
    if (s == QLatin1String("point")) return Annotation::Kind::Point;
    if (s == QLatin1String("polyline")) return Annotation::Kind::Polyline;
    if (s == QLatin1String("polygon")) return Annotation::Kind::Polygon;
    return std::nullopt;
}
