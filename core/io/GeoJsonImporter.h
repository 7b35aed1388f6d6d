#pragma once

#include "io/Importer.h"

// RFC 7946 FeatureCollection of Points with a date property (date, time, start, start_date,
// event_date, timestamp). Other geometries are rejected with the line where the feature starts.
class GeoJsonImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("geojson"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;
};
