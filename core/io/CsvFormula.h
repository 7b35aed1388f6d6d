#pragma once

#include <QString>

// Formula injection in CSV: a spreadsheet runs a cell starting with = + - or @ as a formula
// (=HYPERLINK(...), =cmd|...). Writers prefix such cells with an apostrophe, which spreadsheets
// show as text; readers take it off again, so export → import gives back every field.
// Plain numbers (-33.5, +1e3) are left alone. The rule is a bijection: a cell that already
// starts with apostrophes before such a character gets one more, and loses one on reading.
namespace CsvFormula {
QString guarded(const QString& cell);
QString unguarded(const QString& cell);
} // namespace CsvFormula
