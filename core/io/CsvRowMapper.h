#pragma once

#include "io/CsvMapping.h"
#include "io/DateColumn.h"
#include "io/DatePattern.h"
#include "io/DerivedTitle.h"
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
        bool nullIsland = false; // 0,0 given: imported without a position, and reported
    };

    // `dateFormat` "auto" or a DatePattern; throws ImportError when it is not a valid pattern.
    // A decimal comma is read only in ';' files (`decimalComma`).
    CsvRowMapper(const CsvMapping::Columns& columns, const QString& dateFormat, bool decimalComma);

    // How the date columns write their dates (CsvInference), unless a pattern was given.
    void setDates(const DateColumn& start, const DateColumn& end)
    {
        start_ = start;
        end_ = end;
    }

    // nullopt with `reason` when the record cannot become an event.
    std::optional<Row> map(const std::vector<QByteArray>& fields, QString* reason) const;

  private:
    std::optional<FuzzyDate> date(const QString& text, const DateColumn& column,
                                  QString* reason) const;
    std::optional<FuzzyDate> splitDate(const std::vector<QByteArray>& fields,
                                       QString* reason) const;
    bool position(const std::vector<QByteArray>& fields, Event& e, QString* reason) const;
    CsvMapping::Columns col_;
    std::optional<DatePattern> pattern_;
    bool decimalComma_;
    DateColumn start_, end_;
};
