#pragma once

#include "io/CsvMapping.h"
#include "io/Importer.h"

#include <optional>

// Any CSV: by default the columns are found by their header names (docs/importing.md lists
// them); with a CsvMapping, by the roles it gives. `,` `;` `|` or tab delimited. Rows that
// name a place without coordinates are placed by PlaceResolver.
class CsvImporter : public Importer {
  public:
    CsvImporter() = default;
    explicit CsvImporter(CsvMapping mapping) : mapping_(std::move(mapping)) {}
    QString format() const override { return QStringLiteral("csv"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

  private:
    std::optional<CsvMapping> mapping_;
};
