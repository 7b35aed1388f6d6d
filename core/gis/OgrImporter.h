#pragma once

#include "io/CsvMapping.h"
#include "io/Importer.h"

#include <optional>

class OgrDataset;

// GIS files through GDAL/OGR (`--format ogr`): Shapefile (or a .zip holding one), GeoPackage,
// FlatGeobuf, GPX, XLSX, ODS, GML, MapInfo TAB/MIF and CSV with a WKT column. A layer's fields
// take the CSV roles (OgrLayerRows, CsvRowMapper): by their names, or by a CsvMapping from the
// dialog or --mapping. Points become events (a multipoint one per point), lines and polygons
// annotations, time-valid when the feature has dates; fields without a role are kept as
// attributes (keepUnmappedFields). Any CRS is reprojected to WGS 84.
//
// Without a layer named: the only layer (or the only one with features); a GPX's waypoints,
// tracks, routes and timed track points; a GeoPackage written by Tigris (GeoPackageExport)
// its events and annotations; any other file with several layers is refused with the list.
class OgrImporter : public Importer {
  public:
    // The most lines and areas one import keeps (they are held until the events are stored),
    // and their vertices in all.
    static constexpr qsizetype kMaxAnnotations = 200'000;
    static constexpr qint64 kMaxAnnotationVertices = 20'000'000;
    // A source that is not a file (a QBuffer: the fuzz targets) is read into memory up to this.
    static constexpr qint64 kMaxMemoryBytes = 256LL * 1024 * 1024;

    // `fileName` names the source when it is not a QFile (its extension picks the driver);
    // `layer` empty: see above; `mapping` empty: roles by field names.
    explicit OgrImporter(QString fileName = {}, QString layer = {},
                         std::optional<CsvMapping> mapping = std::nullopt);
    QString format() const override { return QStringLiteral("ogr"); }
    // A QFile is opened by its path (GDAL reads the file); anything else from memory.
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;
    ImportReport run(const OgrDataset& dataset, EventStore::Writer& writer);

    // Features read so far and in all (-1 when the format does not store the count); false
    // cancels. Used instead of Importer::progress, whose bytes GDAL does not report.
    std::function<bool(qint64 done, qint64 total)> featureProgress;

  private:
    QString fileName_, layer_;
    std::optional<CsvMapping> mapping_;
};
