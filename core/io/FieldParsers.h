#pragma once

#include "time/FuzzyDate.h"

#include <QString>
#include <optional>
#include <utility>

// Parsers for the fields of real-world exports. Each returns nullopt and sets `reason` to a
// short sentence for the import report; nothing is guessed silently.
namespace FieldParsers {
// One value alone, as DateColumn reads it without a column to learn from: ISO forms,
// "21 March 2020", "March 2020", "Mar 21, 2020", "21-Mar-2020", epoch seconds or milliseconds,
// and D/M/Y or M/D/Y only when the order is certain (a part > 12, or both parts equal);
// otherwise the row is rejected as ambiguous. Importers that see a whole column use DateColumn.
std::optional<FuzzyDate> date(const QString& text, QString* reason);
// A decimal comma ("36,34") is read only when `decimalComma` is set (`;`-separated files,
// where a comma cannot be the delimiter); elsewhere it is rejected, not guessed.
std::optional<double> latitude(const QString& text, QString* reason, bool decimalComma = false);
std::optional<double> longitude(const QString& text, QString* reason, bool decimalComma = false);
// Both at once, latitude first; the reason names the first that fails.
std::optional<std::pair<double, double>> position(const QString& latitude, const QString& longitude,
                                                  QString* reason, bool decimalComma = false);
// A row's own coordinates, or a place to look up: both fields empty means the row is to be
// placed by name (`lat`/`lon` untouched), or, without a place either, kept without a position
// (None: a dated row is never rejected for want of a place). 0,0 is NullIsland: a missing
// position written as zeros, kept without a position (`lat`/`lon` untouched) and reported.
enum class RowPosition { Given, ByPlace, None, NullIsland, Invalid };
RowPosition rowPosition(const QString& latitude, const QString& longitude, const QString& place,
                        const QString& placeField, double& lat, double& lon, QString* reason,
                        bool decimalComma = false);
// An optional non-negative count: empty → nullopt without a reason (unknown is not 0).
std::optional<int> count(const QString& text, QString* reason);
} // namespace FieldParsers
