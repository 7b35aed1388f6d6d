#pragma once

#include "io/Importer.h"

// KMZ: a zip holding doc.kml (or, failing that, the first .kml at any depth), streamed into
// KmlImporter as it is unpacked, within ZipArchive's limits. Rejections name lines of that .kml.
class KmzImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("kmz"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    static bool looksLikeZip(const QByteArray& head) { return head.startsWith("PK\x03\x04"); }
};
