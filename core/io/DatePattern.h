#pragma once

#include "time/FuzzyDate.h"

#include <QString>
#include <optional>

// A date format chosen by the user for a column, in Qt's notation ("dd/MM/yyyy", "MM/dd/yyyy",
// "d MMMM yyyy", "yyyy-MM-dd HH:mm"). Month names are English. The precision is the finest
// unit the pattern writes: "MM/yyyy" gives months, "yyyy" years.
class DatePattern {
  public:
    explicit DatePattern(const QString& pattern);
    bool isValid() const { return valid_; } // has a year and only known units
    const QString& pattern() const { return pattern_; }
    DatePrecision precision() const { return precision_; }
    // nullopt with `reason` when `text` does not match the pattern or is no real date.
    std::optional<FuzzyDate> parse(const QString& text, QString* reason) const;

  private:
    QString pattern_;
    DatePrecision precision_ = DatePrecision::Year;
    bool valid_ = false;
    bool hasTime_ = false;
};
