#pragma once

#include "annotations/Annotation.h"
#include "model/Event.h"

#include <QString>
#include <vector>

// `tigris export-data FILE OUT.gpkg`: a GeoPackage (OGC 1.2, through GDAL) that QGIS opens as
// two layers in WGS 84.
// - "events": a point per event (none for an event without a position, marked position =
//   "none"); start and end as ISO 8601 text at their precision, the precision itself,
//   begin_time and end_time as DateTime (UTC; the span widened to the precision, the end
//   exclusive) for QGIS's temporal controller, approximate, geo_precision, category,
//   sub_category, actors and tags (";"-separated), fatalities, place, external_id,
//   sources_json (every source with its quote) and every attribute as a text column (named
//   "attribute:NAME" when NAME is one of these columns).
// - "annotations": pins, lines and areas with title, note, colour (#rrggbb), marker, kind and
//   valid_from / valid_to (DateTime, UTC; empty when open-ended).
// OgrImporter reads such a file back field for field. Written to a temporary file beside
// `path` and renamed: a failure leaves no half-written file. Throws StoreError.
namespace GeoPackageExport {
void write(const QString& path, const std::vector<Event>& events,
           const std::vector<Annotation>& annotations);
} // namespace GeoPackageExport
