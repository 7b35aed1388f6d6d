#pragma once

#include "model/Event.h"

#include <QJsonValue>
#include <optional>

// One GeoJSON Feature as an event, shared by the FeatureCollection and the sequence readers.
namespace GeoJsonFeature {
// A Point feature with a date becomes an event; anything else gives nullopt and `reason`.
// `dateProperty` names the property holding the start date; empty: the first present of
// date, time, start, start_date, event_date, timestamp, datetime, date_start, when.
std::optional<Event> toEvent(const QJsonValue& feature, const QString& dateProperty,
                             QString* reason);
} // namespace GeoJsonFeature
