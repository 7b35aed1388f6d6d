#pragma once

#include "io/Importer.h"

// GDELT event exports: tab-separated, no header, no quoting. GDELT 1.0 rows have 57 columns
// (58 with SOURCEURL, from April 2013); GDELT 2.0 rows have 61 (an ADM2 code in each
// geography block, DATEADDED to the second, SOURCEURL). The version is set by the first row;
// a row with another column count is rejected. Category: the CAMEO root event's name.
class GdeltImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("gdelt"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // True when the first line has GDELT's column count, a numeric GLOBALEVENTID and a
    // YYYYMMDD SQLDATE.
    static bool looksLikeGdelt(const QByteArray& firstLine);
    // "Fight" for "19"; empty for anything but 01–20.
    static QString cameoRootName(const QString& rootCode);
};
