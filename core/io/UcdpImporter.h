#pragma once

#include "io/Importer.h"

// UCDP Georeferenced Event Dataset (GED) CSV. Columns are found by name in any order; extra
// columns are ignored. date_prec, where_prec and type_of_violence follow the GED codebook
// (see docs/importing.md); GED has no title, so one is made from the sides and the place.
class UcdpImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("ucdp"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // True when a header names the columns that only GED exports have.
    static bool looksLikeUcdp(const QByteArray& headerLine);
};
