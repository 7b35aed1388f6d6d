#pragma once

#include <QByteArray>
#include <QString>

// What a file that Tigris's text importers cannot read is, by its first bytes: "a Shapefile",
// "a GeoPackage", "a FlatGeobuf file", "an Excel workbook (XLSX)", "an OpenDocument
// spreadsheet (ODS)", "a GPX file", "a ZIP archive (…)"; empty when the bytes are none of
// these (a KMZ, a ZIP holding KML, is not named: it is imported). `head` is the file's first
// bytes (64 KB are plenty). Shared with the OGR importer, which claims some of these files when
// Tigris is built with GDAL.
QString describeBinaryFormat(const QByteArray& head);
