#pragma once

#include "annotations/Annotation.h"
#include "io/CsvMapping.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <memory>
#include <ogr_api.h>
#include <vector>

// The features of one OGR layer as the text records the CSV roles map (CsvRowMapper), so that
// a layer's fields go through the same roles, inference and dialog as a CSV's columns. The
// geometry's position is given as two more columns after the layer's fields, in WGS 84
// degrees (any CRS is reprojected through PROJ, in longitude-latitude order).
class OgrLayerRows {
  public:
    // The most vertices one geometry may have, and the most text one feature may hold, as
    // CsvReader bounds a record: beyond them the feature is rejected, nothing allocated for it.
    static constexpr qsizetype kMaxVertices = 1'000'000;
    static constexpr qint64 kMaxFeatureBytes = 16LL * 1024 * 1024;

    // One piece of a feature's geometry in WGS 84 (x = longitude, y = latitude).
    struct Part {
        Annotation::Kind kind = Annotation::Kind::Point;
        QList<QPointF> vertices; // a polygon's outer ring, without the closing vertex
        int holes = 0;           // inner rings left out
    };

    // Throws ImportError when the layer's CRS cannot be turned into WGS 84, or when it has
    // none and its extent is not longitudes and latitudes.
    explicit OgrLayerRows(OGRLayerH layer);
    ~OgrLayerRows();
    OgrLayerRows(const OgrLayerRows&) = delete;
    OgrLayerRows& operator=(const OgrLayerRows&) = delete;

    // The layer's field names, then "geometry latitude" and "geometry longitude" when the
    // layer has a geometry.
    const QStringList& names() const { return names_; }
    int latitudeColumn() const { return geometry_ ? int(names_.size()) - 2 : -1; }
    int longitudeColumn() const { return geometry_ ? int(names_.size()) - 1 : -1; }
    bool hasGeometry() const { return geometry_; }
    qint64 featureCount() const; // -1 when the format does not store it
    QString layerName() const;

    // Reads the next feature; false at the end. Throws ImportError when the file is corrupt
    // (GDAL failed to read it). A feature that is too large, or whose geometry cannot be
    // reprojected, is read with `fault()` saying why.
    bool next();
    qint64 fid() const { return fid_; }
    QString fault() const { return fault_; }
    // The current feature's fields as UTF-8 text, the geometry columns empty: setPosition()
    // fills them. Dates are ISO 8601 with their precision (a Date field is a day; a DateTime
    // is to the second, in UTC when its time zone is known); lists (and JSON arrays) as
    // "a; b".
    std::vector<QByteArray>& fields() { return fields_; }
    const std::vector<Part>& parts() const { return parts_; }
    void setPosition(const QPointF& lonLat);

    // Roles by the field names (the CSV aliases); a Date or DateTime field is the start date
    // when no name says which is; the geometry gives the position, so latitude and longitude
    // names are not used then (a Shapefile's x and y in metres are no degrees).
    CsvMapping guessMapping() const;

    // The layer's CRS; null when it has none, or one a GeoPackage calls "Undefined geographic
    // SRS" or "Undefined cartesian SRS" (srs_id 0 and -1).
    static OGRSpatialReferenceH crsOf(OGRLayerH layer);

  private:
    void readGeometry(OGRGeometryH g);
    bool addPart(OGRGeometryH g, Annotation::Kind kind, int holes);

    OGRLayerH layer_;
    bool geometry_ = false;
    // Owned, so that a constructor that throws (a CRS without a way to WGS 84) frees them:
    // the destructor does not run then (a leak found by fuzz_ogr_shp).
    struct SrsRelease {
        using pointer = OGRSpatialReferenceH;
        void operator()(pointer srs) const;
    };
    struct TransformDestroy {
        using pointer = OGRCoordinateTransformationH;
        void operator()(pointer transform) const;
    };
    std::unique_ptr<void, SrsRelease> wgs84_;
    std::unique_ptr<void, TransformDestroy> transform_;
    QStringList names_;
    std::vector<OGRFieldType> types_;
    std::vector<bool> jsonFields_; // JSON subtype: a list is read as "a; b"
    std::vector<QByteArray> fields_;
    std::vector<Part> parts_;
    qint64 fid_ = 0;
    QString fault_;
};
