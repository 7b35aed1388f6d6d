#pragma once

#include "annotations/Annotation.h"

#include <QByteArray>
#include <vector>

// Annotations to and from GeoJSON (RFC 7946) and KML 2.2 (with TimeSpan where they have a
// validity span, so that Google Earth's time slider plays them). Readers throw ImportError
// with the reason; KML with a DOCTYPE (and so possibly external entities) is refused.
namespace AnnotationExchange {
QByteArray toGeoJson(const std::vector<Annotation>& annotations);
std::vector<Annotation> fromGeoJson(const QByteArray& bytes);
QByteArray toKml(const std::vector<Annotation>& annotations);
std::vector<Annotation> fromKml(const QByteArray& bytes);
} // namespace AnnotationExchange
