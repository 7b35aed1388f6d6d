#include "io/DateColumn.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace {

const QRegularExpression& numericForm()
{
    // 21/3/2003, 3-21-03, 2003/03/21, 21.03.2003 14:05[:09]
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    return re;
}
const QRegularExpression& dayMonthYear()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]{3,})\.?,?[\s\-/.]+(\d{4}|\d{2})$)"));
    return re;
}
const QRegularExpression& monthDayYear()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([A-Za-z]{3,})\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-]+(\d{4}|\d{2})$)"));
    return re;
}
const QRegularExpression& monthYear()
{
    static const QRegularExpression re(QStringLiteral(R"(^([A-Za-z]{3,})\.?,?[\s\-/]+(\d{4})$)"));
    return re;
}

// A bare number: an epoch time when large enough; years and YYYYMMDD are read apart.
std::optional<double> bareNumber(const QString& t)
{
    if (t.isEmpty() || t.size() > 24) return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char('e') &&
            c != QLatin1Char('E') && c != QLatin1Char('+') && c != QLatin1Char('-'))
            return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<FuzzyDate> yyyymmdd(const QString& t)
{
    if (t.size() != 8) return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit()) return std::nullopt;
    const QDate d(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
    if (!d.isValid() || d.year() < 1000) return std::nullopt;
    return FuzzyDate::fromParts(d.year(), d.month(), d.day());
}

constexpr qsizetype kLongest = 64;   // no date is longer; longer text is not tried
constexpr double kMillisFrom = 1e11; // 1973 in milliseconds, 5138 in seconds
constexpr double kSecondsFrom = 1e8; // March 1973 in seconds

} // namespace

int DateColumn::monthFromName(QStringView name)
{
    static const char* const kFull[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    if (name.size() < 3) return 0;
    for (int i = 0; i < 12; ++i) {
        // "Jun", "June", "Sept" are months; "Junk" or "Juin" are not.
        const QLatin1String full(kFull[i]);
        if (name.size() <= full.size() && full.startsWith(name, Qt::CaseInsensitive)) return i + 1;
    }
    return 0;
}

void DateColumn::observe(const QString& raw)
{
    const QString t = raw.trimmed();
    if (t.isEmpty() || t.size() > kLongest || FuzzyDate::parse(t)) return;
    if (const auto n = bareNumber(t)) {
        if (!yyyymmdd(t)) {
            maxNumber_ = std::max(maxNumber_, std::abs(*n));
            ++numbers_;
        }
        return;
    }
    if (const auto m = numericForm().match(t); m.hasMatch()) {
        const QString first = m.captured(1), last = m.captured(4);
        if (first.size() == 4) {
            ++yearFirst_;
            return;
        }
        const int a = first.toInt(), b = m.captured(3).toInt();
        if (last.size() == 2) {
            twoDigit_[last.toInt()] = true;
            anyTwoDigit_ = true;
        }
        if (a > 12 && b <= 12)
            ++dayFirst_;
        else if (b > 12 && a <= 12)
            ++monthFirst_;
        else if (a != b)
            ++undecided_;
        return;
    }
    for (const QRegularExpression* re : {&dayMonthYear(), &monthDayYear()})
        if (const auto m = re->match(t); m.hasMatch() && m.captured(3).size() == 2) {
            twoDigit_[m.captured(3).toInt()] = true;
            anyTwoDigit_ = true;
        }
}

void DateColumn::settle()
{
    if (!anyTwoDigit_) return;
    // The window starts after the largest gap between the two-digit years seen (circularly),
    // so 95…99, 00…05 is one run; it is put in the latest century that ends the run no later
    // than next year.
    int bestGap = -1, start = 0;
    for (int v = 0; v < 100; ++v) {
        if (!twoDigit_[v]) continue;
        int gap = 1;
        while (!twoDigit_[(v - gap + 100) % 100])
            ++gap;
        if (gap > bestGap) {
            bestGap = gap;
            start = v;
        }
    }
    int last = start;
    for (int k = 0; k < 100; ++k)
        if (twoDigit_[(start + k) % 100]) last = start + k;
    const int latest = QDate::currentDate().year() + 1;
    int century = (latest / 100) * 100;
    while (century + last > latest)
        century -= 100;
    windowStart_ = century + start;
}

int DateColumn::fullYear(int twoDigits) const
{
    const int start = windowStart_ >= 0 ? windowStart_ : QDate::currentDate().year() + 1 - 99;
    return start + ((twoDigits - start % 100) % 100 + 100) % 100;
}

DateColumn::Order DateColumn::learntOrder() const
{
    if (dayFirst_ > monthFirst_) return Order::DayFirst;
    if (monthFirst_ > dayFirst_) return Order::MonthFirst;
    if (yearFirst_ > 0 && dayFirst_ == 0 && undecided_ == 0) return Order::YearFirst;
    return Order::Unknown;
}

bool DateColumn::ambiguous() const
{
    return order_ == Order::Unknown && undecided_ > 0 && dayFirst_ == monthFirst_;
}

QString DateColumn::describe() const
{
    QStringList parts;
    if (undecided_ > 0 || dayFirst_ > 0 || monthFirst_ > 0) {
        const Order o = order();
        parts << (o == Order::DayFirst     ? QStringLiteral("day first")
                  : o == Order::MonthFirst ? QStringLiteral("month first")
                                           : QStringLiteral("day/month order unknown"));
        if (order_ != Order::Unknown)
            parts.last() += QStringLiteral(" (chosen)");
        else if (dayFirst_ + monthFirst_ > 0)
            parts.last() += QStringLiteral(" (%1 of %2 numeric dates settle it)")
                                .arg(std::max(dayFirst_, monthFirst_))
                                .arg(dayFirst_ + monthFirst_ + undecided_);
    }
    if (anyTwoDigit_) {
        const int first = windowStart_ >= 0 ? windowStart_ : QDate::currentDate().year() - 98;
        parts << QStringLiteral("two-digit years read as %1–%2").arg(first).arg(first + 99);
    }
    if (numbers_ > 0)
        parts << (maxNumber_ >= kMillisFrom ? QStringLiteral("epoch milliseconds")
                                            : QStringLiteral("epoch seconds"));
    return parts.join(QStringLiteral(", "));
}

std::optional<DateColumn::Order> DateColumn::orderFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dmy")) return Order::DayFirst;
    if (n == QLatin1String("mdy")) return Order::MonthFirst;
    if (n == QLatin1String("ymd")) return Order::YearFirst;
    return std::nullopt;
}

QString DateColumn::orderName(Order order)
{
    switch (order) {
    case Order::DayFirst:
        return QStringLiteral("dmy");
    case Order::MonthFirst:
        return QStringLiteral("mdy");
    case Order::YearFirst:
        return QStringLiteral("ymd");
    default:
        return QStringLiteral("auto");
    }
}

std::optional<FuzzyDate> DateColumn::numeric(int a, int b, int year, bool twoDigitYear,
                                             const QString& text, QString* reason) const
{
    const Order o = order();
    int day = 0, month = 0;
    if (o == Order::DayFirst || (o != Order::MonthFirst && a > 12 && b <= 12)) {
        day = a;
        month = b;
    } else if (o == Order::MonthFirst || (b > 12 && a <= 12)) {
        month = a;
        day = b;
    } else if (a == b) {
        day = month = a;
    } else {
        *reason = QStringLiteral("date '%1' is ambiguous (day/month or month/day?) and no row of "
                                 "its column settles it; choose with --date-order dmy or mdy")
                      .arg(text.left(40));
        return std::nullopt;
    }
    if (month > 12 && day <= 12) {
        *reason = QStringLiteral("'%1' is not %2 like the rest of its column")
                      .arg(text.left(40), o == Order::DayFirst ? QStringLiteral("day-first")
                                                               : QStringLiteral("month-first"));
        return std::nullopt;
    }
    if (twoDigitYear) year = fullYear(year);
    if (month < 1 || month > 12 || !QDate(year, month, day).isValid()) {
        *reason = QStringLiteral("'%1' is not a valid date").arg(text.left(40));
        return std::nullopt;
    }
    return FuzzyDate::fromParts(year, month, day);
}

std::optional<FuzzyDate> DateColumn::parse(const QString& raw, QString* reason) const
{
    const QString t = raw.trimmed();
    if (t.isEmpty()) {
        *reason = QStringLiteral("no date");
        return std::nullopt;
    }
    if (t.size() > kLongest) {
        *reason = QStringLiteral("'%1…' is not a date").arg(t.left(40));
        return std::nullopt;
    }
    if (auto d = FuzzyDate::parse(t)) return d;
    if (auto d = yyyymmdd(t)) return d;
    if (const auto n = bareNumber(t)) {
        const double scale = std::max(maxNumber_, std::abs(*n));
        if (scale < kSecondsFrom) {
            *reason = QStringLiteral("'%1' is a number, not a date").arg(t.left(40));
            return std::nullopt;
        }
        const double seconds = scale >= kMillisFrom ? *n / 1000.0 : *n;
        if (std::abs(seconds) > 253402300799.0) { // after 9999
            *reason = QStringLiteral("'%1' is out of range as an epoch time").arg(t.left(40));
            return std::nullopt;
        }
        return FuzzyDate{qint64(std::floor(seconds)), DatePrecision::Second};
    }
    auto make = [&](int y, int m, int d) -> std::optional<FuzzyDate> {
        if (m >= 1 && m <= 12 && (d == 0 || QDate(y, m, d).isValid()))
            return FuzzyDate::fromParts(y, m, d);
        *reason = QStringLiteral("'%1' is not a valid date").arg(t.left(40));
        return std::nullopt;
    };
    auto year = [&](const QString& y) { return y.size() == 2 ? fullYear(y.toInt()) : y.toInt(); };
    if (const auto m = numericForm().match(t); m.hasMatch()) {
        std::optional<FuzzyDate> d;
        if (m.captured(1).size() == 4) {
            d = make(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        } else if (m.captured(4).size() == 4 || m.captured(4).size() == 2) {
            d = numeric(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                        m.captured(4).size() == 2, t, reason);
        } else {
            *reason = QStringLiteral("'%1' is not a date").arg(t.left(40));
            return std::nullopt;
        }
        if (!d || m.captured(5).isEmpty()) return d;
        const int h = m.captured(5).toInt(), min = m.captured(6).toInt();
        const int sec = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
        if (h > 23 || min > 59 || sec > 59) {
            *reason = QStringLiteral("'%1' has no valid time of day").arg(t.left(40));
            return std::nullopt;
        }
        return FuzzyDate{d->seconds + h * 3600 + min * 60 + sec,
                         m.captured(7).isEmpty() ? DatePrecision::Minute : DatePrecision::Second};
    }
    if (const auto m = dayMonthYear().match(t); m.hasMatch() && monthFromName(m.captured(2)))
        return make(year(m.captured(3)), monthFromName(m.captured(2)), m.captured(1).toInt());
    if (const auto m = monthDayYear().match(t); m.hasMatch() && monthFromName(m.captured(1)))
        return make(year(m.captured(3)), monthFromName(m.captured(1)), m.captured(2).toInt());
    if (const auto m = monthYear().match(t); m.hasMatch() && monthFromName(m.captured(1)))
        return make(m.captured(2).toInt(), monthFromName(m.captured(1)), 0);
    static const QRegularExpression isoLike(QStringLiteral(R"(^\d{4}-\d{1,2}(-\d{1,2})?)"));
    *reason = isoLike.match(t).hasMatch()
                  ? QStringLiteral("'%1' is not a valid date").arg(t.left(40))
                  : QStringLiteral("'%1' is not a date").arg(t.left(40));
    return std::nullopt;
}
