#pragma once

#include "io/Importer.h"

// Global Terrorism Database CSV (the xlsx saved as CSV, often in Windows-1252, which
// importFile detects). Columns are found by name; iday or imonth 0 means that part is
// unknown and widens the precision. GTD has no title: "<attacktype1_txt> in <city>".
class GtdImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("gtd"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // True when a header names the columns that only GTD exports have.
    static bool looksLikeGtd(const QByteArray& headerLine);
};
