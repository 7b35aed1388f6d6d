#pragma once

#include <QString>
#include <cstdint>
#include <optional>

// How well an event's position is known, following ACLED's geo_precision 1–3.
// Stored in the project file; do not renumber.
enum class GeoPrecision : std::uint8_t {
    Exact = 1,  // the named place itself
    Near = 2,   // near the town, within the district
    Region = 3, // only the province or region is known
};

QString toString(GeoPrecision p); // "exact", "near", "region"
std::optional<GeoPrecision> geoPrecisionFromString(const QString& s);
// Radius of uncertainty in metres drawn as a halo on the map.
double uncertaintyRadiusMetres(GeoPrecision p);
