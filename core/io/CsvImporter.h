#pragma once

#include "io/Importer.h"

// Generic CSV with a header row: latitude, longitude, date and title columns found by name
// (see docs/importing.md for the names recognised); `,` `;` or tab delimited.
class CsvImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("csv"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;
};
