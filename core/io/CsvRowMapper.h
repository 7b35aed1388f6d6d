#pragma once

#include "io/CsvMapping.h"
#include "io/DatePattern.h"
#include "model/Event.h"

#include <QByteArray>
#include <vector>

// Turns one CSV record into an event by a mapping's column roles. Shared by the importer and
// the mapping dialog's live validation, so the preview rejects exactly what an import would.
class CsvRowMapper {
  public:
    struct Row {
        Event event;
        QString country; // restrict geocoding of a place without coordinates
        QString admin1;
    };

    // `dateFormat` "auto" or a DatePattern; throws ImportError when it is not a valid pattern.
    // A decimal comma is read only in ';' files (`decimalComma`).
    CsvRowMapper(const CsvMapping::Columns& columns, const QString& dateFormat, bool decimalComma);

    // nullopt with `reason` when the record cannot become an event.
    std::optional<Row> map(const std::vector<QByteArray>& fields, QString* reason) const;

  private:
    std::optional<FuzzyDate> date(const QString& text, QString* reason) const;
    bool position(const std::vector<QByteArray>& fields, Event& e, QString* reason) const;
    CsvMapping::Columns col_;
    std::optional<DatePattern> pattern_;
    bool decimalComma_;
};
