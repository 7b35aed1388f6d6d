#include "time/FuzzyDate.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace {
QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

qint64 secondsOf(const QDate& date, const QTime& time = QTime(0, 0))
{
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

qint64 floorTo(qint64 seconds, DatePrecision p)
{
    switch (p) {
    case DatePrecision::Year:
        return secondsOf(QDate(utc(seconds).date().year(), 1, 1));
    case DatePrecision::Month: {
        const QDate d = utc(seconds).date();
        return secondsOf(QDate(d.year(), d.month(), 1));
    }
    case DatePrecision::Day:
        return floorDiv(seconds, 86400) * 86400;
    case DatePrecision::Hour:
        return floorDiv(seconds, 3600) * 3600;
    case DatePrecision::Minute:
        return floorDiv(seconds, 60) * 60;
    case DatePrecision::Second:
        return seconds;
    }
    return seconds;
}

qint64 ceilTo(qint64 seconds, DatePrecision p)
{
    const qint64 begin = floorTo(seconds, p);
    switch (p) {
    case DatePrecision::Year:
        return secondsOf(utc(begin).date().addYears(1));
    case DatePrecision::Month:
        return secondsOf(utc(begin).date().addMonths(1));
    case DatePrecision::Day:
        return begin + 86400;
    case DatePrecision::Hour:
        return begin + 3600;
    case DatePrecision::Minute:
        return begin + 60;
    case DatePrecision::Second:
        return begin + 1;
    }
    return begin + 1;
}

std::optional<FuzzyDate> FuzzyDate::parse(const QString& text)
{
    // A plain ISO day (YYYY-MM-DD), what nearly every row of an import holds, without the
    // regular expression below (a twentieth of an import's reading thread). The same checks.
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
        const auto digit = [&text](int i) {
            const char16_t c = text[i].unicode();
            return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
        };
        int d[8], k = 0;
        for (const int i : {0, 1, 2, 3, 5, 6, 8, 9})
            d[k++] = digit(i);
        if (std::all_of(std::begin(d), std::end(d), [](int v) { return v >= 0; })) {
            const int year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
            const int month = d[4] * 10 + d[5];
            const int day = d[6] * 10 + d[7];
            if (month == 0 || month > 12 || day == 0 || !QDate(year, month, day).isValid())
                return std::nullopt;
            return fromParts(year, month, day);
        }
    }
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)"
        R"(\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return std::nullopt;

    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (month == 0 && !m.captured(2).isEmpty()) return std::nullopt;
    if (month > 12 || (day == 0 && !m.captured(3).isEmpty())) return std::nullopt;
    if (day > 0 && !QDate(year, month, day).isValid()) return std::nullopt;
    if (m.captured(4).isEmpty()) return fromParts(year, month, day);

    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const bool hasSeconds = !m.captured(6).isEmpty();
    const int second = hasSeconds ? m.captured(6).toInt() : 0;
    const QTime time(hour, minute, second);
    if (!time.isValid()) return std::nullopt;

    qint64 offset = 0;
    const QString zone = m.captured(7);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hh = digits.mid(1, 2).toInt();
        const int mm = digits.size() >= 5 ? digits.mid(3, 2).toInt() : 0;
        if (hh > 14 || mm > 59) return std::nullopt;
        offset = (hh * 3600 + mm * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return FuzzyDate{secondsOf(QDate(year, month, day), time) - offset,
                     hasSeconds ? DatePrecision::Second : DatePrecision::Minute};
}

FuzzyDate FuzzyDate::fromParts(int year, int month, int day)
{
    if (month <= 0) return {secondsOf(QDate(year, 1, 1)), DatePrecision::Year};
    if (day <= 0) return {secondsOf(QDate(year, month, 1)), DatePrecision::Month};
    return {secondsOf(QDate(year, month, day)), DatePrecision::Day};
}

qint64 FuzzyDate::begin() const
{
    return floorTo(seconds, precision);
}

qint64 FuzzyDate::end() const
{
    return ceilTo(seconds, precision);
}

QString FuzzyDate::toIso() const
{
    const QDateTime t = utc(begin());
    switch (precision) {
    case DatePrecision::Year:
        return t.toString(QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return t.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day:
        return t.toString(QStringLiteral("yyyy-MM-dd"));
    case DatePrecision::Hour:
    case DatePrecision::Minute:
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
    case DatePrecision::Second:
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    }
    return t.toString(Qt::ISODate);
}

QString FuzzyDate::display() const
{
    // English month names whatever the system locale: dates in reports must read the same.
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime t = utc(begin());
    switch (precision) {
    case DatePrecision::Year:
        return english.toString(t, QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return english.toString(t, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
        return english.toString(t, QStringLiteral("d MMMM yyyy"));
    case DatePrecision::Hour:
    case DatePrecision::Minute:
        return english.toString(t, QStringLiteral("d MMMM yyyy, HH:mm")) + QStringLiteral(" UTC");
    case DatePrecision::Second:
        return english.toString(t, QStringLiteral("d MMMM yyyy, HH:mm:ss")) +
               QStringLiteral(" UTC");
    }
    return t.toString(Qt::ISODate);
}
