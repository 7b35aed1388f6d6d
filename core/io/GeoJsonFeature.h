#pragma once

#include "io/ImportReport.h"
#include "model/Event.h"

#include <QJsonValue>
#include <optional>

class PlaceResolver;
class PropertyDates;

// One GeoJSON Feature as an event, shared by the FeatureCollection and the sequence readers.
namespace GeoJsonFeature {
// A Point feature with a date becomes an event, and so does one without a geometry that has a
// place (or location) property: it has no coordinate then, see place(); and one without a
// geometry that Tigris's export marked "position": "none". Anything else gives nullopt and
// `reason`.
// `dateProperty` names the property holding the start date; empty: the first present of
// date, time, start, start_date, event_date, timestamp, datetime, date_start, when, else the
// one `dates` found by its values, else year, month, day (hour, minute, second) properties.
// Dates are read as `dates` learnt their properties over the file (GeoJsonEvents).
std::optional<Event> toEvent(const QJsonValue& feature, const QString& dateProperty,
                             const PropertyDates& dates, QString* reason);
// The properties named as dates (start, then end), for PropertyDates.
QStringList dateNames();
// A feature's (or a properties object's) scalar properties as text, names in lower case, for
// PropertyDates to learn from.
QList<QPair<QString, QString>> dateRecord(const QJsonValue& feature);
QList<QPair<QString, QString>> propertyRecord(const QJsonObject& properties);
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
