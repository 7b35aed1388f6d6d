#pragma once

#include "io/CsvHeader.h"
#include "io/CsvMapping.h"
#include "io/DateColumn.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

// The guesses made about a CSV before anything is written, from its header names and a sample
// of its records (CsvImporter reads the first kSampleRecords): which column has which role, how
// its dates are written (DateColumn), and what was noticed on the way. Shared by the importer
// and the mapping dialog, so that the dialog shows exactly what an import would do.
struct CsvGuess {
    CsvMapping::Columns columns;
    DateColumn start, end; // of the start_date and end_date columns
    QStringList notes;     // each guess worth a word, for the report and the dialog
    // Several latitude/longitude pairs: the user picks one (`--position-columns`).
    QList<QPair<int, int>> positionPairs;

    QJsonObject toJson(const QStringList& names) const; // the report's "guesses"
};

namespace CsvInference {
constexpr qsizetype kSampleRecords = 10'000;
constexpr qint64 kSampleBytes = 16 * 1024 * 1024;

using Sample = std::vector<std::vector<QByteArray>>;

struct Choices {
    std::optional<DateColumn::Order> dateOrder; // --date-order
    QStringList positionColumns;                // --position-columns LAT,LON (names)
};

// Roles from the header names, then checked against the sample's values: a numeric or yes/no
// column is never the title; a column of WKT POINTs or coordinate pairs is a position; a
// year/month/day split is a date when no column is one; several lat/lon pairs are listed.
// Throws ImportError (line 1) when no column can hold a date.
CsvGuess guess(const CsvHeader& header, const Sample& sample, const Choices& choices);
// Learns how the start and end columns of `guess` write their dates from the sample (for a
// mapping given by the user, whose roles are not guessed).
void learnDates(CsvGuess& guess, const Sample& sample, const Choices& choices);
// The ImportError a CLI import stops with when a guess needs the user: a date column whose
// order no row settles, or several position pairs. Empty when nothing needs asking.
QString question(const CsvGuess& guess, const QStringList& names);

// True when every non-empty value (at least one) reads as a date in a DateColumn learnt from
// them, or is ambiguous only in its day/month order; bare numbers count only under a name
// that says date, time, when or epoch (an id is no date). CSV columns and GeoJSON or KML
// properties are found by their values so.
bool holdsDates(const QString& name, const QStringList& values);
bool isNumeric(const QString& text); // "12", "-3.5", "1e3"
bool isBoolean(const QString& text); // 0/1, true/false, yes/no, y/n
} // namespace CsvInference
