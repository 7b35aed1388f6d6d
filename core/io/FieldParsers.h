#pragma once

#include "time/FuzzyDate.h"

#include <QString>
#include <optional>

// Parsers for the fields of real-world exports. Each returns nullopt and sets `reason` to a
// short sentence for the import report; nothing is guessed silently.
namespace FieldParsers {
// ISO forms (FuzzyDate::parse), "21 March 2020", "March 2020", "21-Mar-2020", and D/M/Y or
// M/D/Y only when the day is > 12 (otherwise the order is ambiguous and the row is rejected).
std::optional<FuzzyDate> date(const QString& text, QString* reason);
std::optional<double> latitude(const QString& text, QString* reason);
std::optional<double> longitude(const QString& text, QString* reason);
// An optional non-negative count: empty → nullopt without a reason (unknown is not 0).
std::optional<int> count(const QString& text, QString* reason);
} // namespace FieldParsers
