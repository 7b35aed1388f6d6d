#pragma once

#include "io/FeatureSample.h"
#include "io/ImportReport.h"
#include "io/PlaceResolver.h"
#include "io/PropertyDates.h"

#include <QJsonValue>

class Importer;

// Turns the features of either GeoJSON reader (FeatureCollection, sequence) into events. The
// first features are held (FeatureSample) until their date properties, and those of a spread
// over the whole file (SpreadSample, when the importer's source can be read at other
// offsets), are learnt (PropertyDates): then every feature is read in order with the same
// date order, two-digit year window and epoch unit, as a CSV column is. A day/month order no
// feature settles stops the import with one ImportError naming the property and the flag.
class GeoJsonEvents {
  public:
    GeoJsonEvents(const Importer& importer, EventStore::Writer& writer, ImportReport& report);
    void add(QJsonValue feature, qint64 line, qint64 bytes);
    // After the last feature: converts what is still held, finishes the place lookups and
    // sorts the rejections by line (features held for the sample are judged later).
    void finish();

  private:
    struct Held {
        QJsonValue feature;
        qint64 line = 0;
    };
    void learn(std::vector<Held>& held);
    void convert(Held& h);

    const Importer& importer_;
    EventStore::Writer& writer_;
    ImportReport& report_;
    PlaceResolver places_;
    PropertyDates dates_;
    FeatureSample<Held> sample_;
    qint64 positionless_ = 0; // without a geometry or place
};
