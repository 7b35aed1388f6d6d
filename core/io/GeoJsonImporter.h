#pragma once

#include "io/Importer.h"

// RFC 7946 FeatureCollection of Points with a date property (GeoJsonFeature). Other geometries
// are rejected with the line where the feature starts. A sequence of features (one a line, or
// RFC 8142) is handed to GeoJsonSeqImporter.
class GeoJsonImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("geojson"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;
};
