#pragma once

#include "time/FuzzyDate.h"

#include <QString>
#include <optional>

// How one column writes its dates, learnt from the whole column (or a large sample of it)
// instead of row by row: whether "1/7/2006" is day- or month-first (settled by any row such as
// "21/3/2003" or "3/21/2003"), which century a two-digit year is in (the window that holds all
// of the column's two-digit years and ends no later than next year), and whether bare numbers
// are epoch seconds or milliseconds (by their magnitude). Every row is still checked against
// what was learnt: a row that contradicts it is rejected with its reason.
// Also read: ISO 8601, "21 March 2020", "March 2020", "Mar 21, 2020", "20-Mar-03", spaces around.
class DateColumn {
  public:
    enum class Order { Unknown, DayFirst, MonthFirst, YearFirst };

    void observe(const QString& text); // one value of the column (the sample)
    void settle();                     // after the sample: fixes the two-digit year window
    // After observing: true when numeric dates remain that no row settles ("1/7/2006" with
    // neither part ever over 12), so the user must choose (`--date-order`).
    bool ambiguous() const;
    void setOrder(Order order) { order_ = order; } // the user's choice (wins over the data)
    Order order() const { return order_ != Order::Unknown ? order_ : learntOrder(); }
    // What was learnt, for the report: "day first", "two-digit years 1928–2027", "epoch
    // milliseconds"; empty when there was nothing to learn (ISO dates).
    QString describe() const;

    std::optional<FuzzyDate> parse(const QString& text, QString* reason) const;

    static std::optional<Order> orderFromName(const QString& name); // "dmy", "mdy", "ymd"
    static QString orderName(Order order);                          // "dmy" ...
    // 1–12 for an English month name or abbreviation of three letters or more ("Sept"); 0 else.
    static int monthFromName(QStringView name);

  private:
    Order learntOrder() const;
    int fullYear(int twoDigits) const;
    std::optional<FuzzyDate> numeric(int a, int b, int year, bool twoDigitYear, const QString& text,
                                     QString* reason) const;

    Order order_ = Order::Unknown;
    qint64 dayFirst_ = 0, monthFirst_ = 0, undecided_ = 0; // numeric dates seen, by evidence
    qint64 yearFirst_ = 0;
    bool twoDigit_[100] = {};
    bool anyTwoDigit_ = false;
    int windowStart_ = -1; // the full year of the window's first two-digit year; -1: default
    double maxNumber_ = 0; // bare numbers: epoch seconds or milliseconds by magnitude
    qint64 numbers_ = 0;
};
