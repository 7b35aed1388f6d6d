#pragma once

#include "io/Importer.h"

// ACLED exports (CSV). Columns are found by name in any order; other columns are kept as
// event attributes.
// time_precision 1 = day, 2 = within the week (day, approximate), 3 = within the month.
// The title is "<sub_event_type> in <location>" (ACLED has no title column), marked derived.
class AcledImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("acled"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // True when a header names the columns that only ACLED exports have.
    // The columns read into event fields (lower case); the others become attributes.
    static const QStringList& roleColumns();
    static bool looksLikeAcled(const QByteArray& headerLine);
};
