#pragma once

#include "io/Importer.h"

// KML 2.2 (Google Earth), streamed with QXmlStreamReader. A Placemark with a Point and a
// TimeStamp or TimeSpan is an event; lines, polygons, multi-geometries and undated points are
// handed over as annotations. A dated Placemark without geometry is placed by its address or
// name (PlaceResolver), unless Tigris's export marked it "tigris:position" "none": then it
// stays without a position. Folder names are categories. A DOCTYPE is refused (XXE).
class KmlImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("kml"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // True when ExtendedData of this name (lower case) can be read into an event field; other
    // ExtendedData and SchemaData are kept as attributes.
    static bool isRoleData(const QString& name);
    // True when `head` (the first bytes) is an XML document whose root looks like <kml>.
    static bool looksLikeKml(const QByteArray& head);
};
