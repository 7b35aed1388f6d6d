#pragma once

#include "model/Event.h"

#include <QIODevice>
#include <vector>

// Writes events for other tools and for round trips: importing what was exported into a new
// project gives back every field (date precision, actors, sources included).
// - CSV: ACLED column names where they apply (event_id_cnty, event_date, time_precision,
//   event_type, sub_event_type, actor1, actor2, location, latitude, longitude, geo_precision,
//   source, notes, fatalities) plus Tigris columns (title, start, end, precision, approximate,
//   actors, tags, sources_json, position) that the ACLED importer reads back when present.
// - GeoJSON: one Point feature per event with every field as a property.
// - KML 2.2: Placemarks with TimeStamp or TimeSpan, so Google Earth's time slider plays them.
// An event without a position has empty coordinates, a null geometry, a Placemark without
// geometry, and is marked "none" (CSV `position`, GeoJSON `position`, KML `tigris:position`)
// so that importing it again does not look its place name up.
namespace EventExport {
void writeCsv(QIODevice& out, const std::vector<Event>& events);
void writeGeoJson(QIODevice& out, const std::vector<Event>& events);
void writeKml(QIODevice& out, const std::vector<Event>& events);
} // namespace EventExport
