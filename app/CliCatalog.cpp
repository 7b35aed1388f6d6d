#include "CliCatalog.h"

#include <cstring>

namespace {
// name, summary, draws, light
constexpr CliCatalogEntry kEntries[] = {
    {"sample", "write the bundled 2014 dataset to a new project", false, false},
    {"info", "print a project's counts and extents as JSON", false, true},
    {"import",
     "import events from CSV, ACLED, UCDP, GTD, GDELT, GeoJSON, KML/KMZ, TimelineJS or GIS files "
     "through GDAL (all or nothing unless --keep-valid)",
     false, false},
    {"query", "print the events matching filters, ordered by start", false, true},
    {"sources", "list the imports recorded in a project as JSON (file, format, hash, counts)",
     false, false},
    {"remove-source",
     "delete exactly the events and annotations one import brought (its ID from `tigris sources`)",
     false, false},
    {"annotate", "add an annotation to a project", false, false},
    {"annotations", "print a project's annotations", false, false},
    {"export-image", "render the map to PNG, JPEG, SVG or PDF, headless", true, false},
    {"export-frames", "render PNG frames stepping the time window, optionally an MP4 or GIF", true,
     false},
    {"screenshot", "lay out the main window offscreen on a project and save it as PNG", true,
     false},
    {"export-data",
     "write events to CSV (ACLED columns), GeoJSON, KML or a GeoPackage (events and annotations "
     "layers, for QGIS)",
     false, false},
    {"check", "integrity_check of a project; --repair FILE OUT copies what is readable", false,
     false},
    {"push",
     "copy a project file into a new server project (postgresql://[user@]host/db?project=NAME): "
     "every event, place, category, source, annotation and setting",
     false, false},
    {"pull", "copy a server project into a new project file", false, false},
};
} // namespace

namespace CliCatalog {

std::span<const CliCatalogEntry> entries()
{
    return kEntries;
}

const CliCatalogEntry* find(const char* name)
{
    for (const CliCatalogEntry& e : kEntries)
        if (std::strcmp(e.name, name) == 0) return &e;
    return nullptr;
}

} // namespace CliCatalog
