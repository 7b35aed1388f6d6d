#pragma once

#include <QByteArray>
#include <QString>

// The GIS formats Tigris reads through GDAL/OGR, recognised by their first bytes and name
// without GDAL, so that a process without the GDAL plugin (GisBackend) still names what it
// cannot read, and one that does not need GDAL does not load it.
namespace GisFormats {
// "Shapefile", "GeoPackage", "FlatGeobuf", "GPX", "XLSX", "ODS", "GML", "MapInfo TAB",
// "MapInfo MIF" or "CSV with WKT"; empty when the file is none of them (it is then left to the
// native importers). `path` is opened only to list a zip's entries (a .zip holding a .shp, an
// XLSX, an ODS); `head` is the file's first bytes.
QString recognise(const QString& path, const QByteArray& head);
// A CSV whose header has a WKT geometry column (wkt, geometry, geom, the_geom, wkt_geom) and
// neither latitude and longitude nor place columns: the native CSV importer cannot place it.
bool isCsvWithWkt(const QByteArray& head);
// True when they can be read here: the GDAL plugin loads (GisBackend::instance(); this loads it).
bool available();
// Why they cannot ("it was built with TIGRIS_WITH_GDAL=OFF", "its GDAL plugin is not
// installed (looked for …)", …); empty when they can.
QString unavailableReason();
// What Tigris without GDAL says about `path`, a file of `format`: its format named, why GDAL is
// not there, and the ogr2ogr command that converts it to GeoJSON, which every build reads.
QString unavailableMessage(const QString& path, const QString& format);
} // namespace GisFormats
