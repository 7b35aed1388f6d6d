#pragma once

#include "io/ImportReport.h"
#include "model/Event.h"

#include <QJsonValue>
#include <optional>

class PlaceResolver;

// One GeoJSON Feature as an event, shared by the FeatureCollection and the sequence readers.
namespace GeoJsonFeature {
// A Point feature with a date becomes an event, and so does one without a geometry that has a
// place (or location) property: it has no coordinate then, see place(); and one without a
// geometry that Tigris's export marked "position": "none". Anything else gives nullopt and
// `reason`.
// `dateProperty` names the property holding the start date; empty: the first present of
// date, time, start, start_date, event_date, timestamp, datetime, date_start, when.
std::optional<Event> toEvent(const QJsonValue& feature, const QString& dateProperty,
                             QString* reason);
// Places an event from toEvent that has no coordinate by its place name, restricted by the
// feature's country and admin1 properties (see PlaceResolver); not one marked "none".
void place(const QJsonValue& feature, Event& e, PlaceResolver& places, qint64 line,
           ImportReport& report);
// True when a property of this name (lower case) can be read into an event field; the others
// are kept as attributes, strings as they are, numbers shortest, objects as JSON text.
bool isRoleProperty(const QString& name);
// The property in which EventExport lists the attributes' order (a JSON object keeps none).
constexpr const char* kAttributeOrder = "tigris:attribute_order";
} // namespace GeoJsonFeature
