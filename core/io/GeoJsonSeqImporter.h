#pragma once

#include "io/Importer.h"

// A sequence of GeoJSON Features, streamed: newline-delimited (one Feature per line, as
// `ogr2ogr -f GeoJSONSeq` and many tools write) or RFC 8142 (each text after an RS, 0x1E,
// possibly over several lines). A record that is not valid JSON or not a Point Feature is
// rejected with the line where it starts; memory does not grow with the file.
class GeoJsonSeqImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("geojson"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // The first record is an RS or a whole Feature object on the first line.
    static bool looksLikeSequence(const QByteArray& head);
    static constexpr qint64 kMaxRecordBytes = 16LL * 1024 * 1024;
};
