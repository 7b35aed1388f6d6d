#include "io/FieldParsers.h"

#include "io/DateColumn.h"

#include <QDate>
#include <QRegularExpression>
#include <charconv>
#include <system_error>

namespace {

// Digits of `s` as a number; -1 when `s` is empty or has anything else.
int digits(QStringView s)
{
    if (s.isEmpty() || s.size() > 4) return -1;
    int v = 0;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return -1;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

// "21 March 2020" and "2014-06-10" without a regular expression: they are nearly every date
// in an ACLED export, and this runs a million times. nullopt means "not this form".
std::optional<QDate> fastDate(QStringView t)
{
    if (t.size() == 10 && t[4] == QLatin1Char('-') && t[7] == QLatin1Char('-')) {
        const int y = digits(t.mid(0, 4)), m = digits(t.mid(5, 2)), d = digits(t.mid(8, 2));
        if (y < 0 || m < 0 || d < 0) return std::nullopt;
        return QDate(y, m, d); // invalid dates fall through to the full parser's reason
    }
    const qsizetype a = t.indexOf(QLatin1Char(' ')), b = t.lastIndexOf(QLatin1Char(' '));
    if (a <= 0 || b <= a + 1 || b + 5 != t.size()) return std::nullopt;
    const int d = digits(t.mid(0, a)), y = digits(t.mid(b + 1));
    const int m = DateColumn::monthFromName(t.mid(a + 1, b - a - 1));
    if (d <= 0 || y < 0 || m == 0 || a > 2) return std::nullopt;
    const QDate date(y, m, d);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A plain decimal ("-36.3401", "43") read without QString::toDouble, which costs a tenth of
// a GIS import's reading thread; nullopt for anything else (signs, exponents, commas,
// letters), which toDouble then reads as before. std::from_chars rounds correctly, as
// toDouble does, so both give the same double for the same text.
std::optional<double> plainDecimal(QStringView t)
{
    constexpr qsizetype kMax = 40;
    if (t.isEmpty() || t.size() > kMax) return std::nullopt;
    char ascii[kMax];
    qsizetype digitsSeen = 0, points = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'0' && c <= u'9')
            ++digitsSeen;
        else if (c == u'.')
            ++points;
        else if (!(c == u'-' && i == 0))
            return std::nullopt;
        ascii[i] = char(c);
    }
    const qsizetype first = ascii[0] == '-' ? 1 : 0;
    // One point at most, between digits: "1." and ".5" are left to toDouble.
    if (digitsSeen == 0 || points > 1 || ascii[first] == '.' || ascii[t.size() - 1] == '.')
        return std::nullopt;
    double v = 0;
    const auto [end, error] = std::from_chars(ascii, ascii + t.size(), v);
    if (error != std::errc() || end != ascii + t.size()) return std::nullopt;
    return v;
}

std::optional<double> coordinate(const QString& text, double limit, const char* what,
                                 bool decimalComma, QString* reason)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *reason = QStringLiteral("no %1").arg(QLatin1String(what));
        return std::nullopt;
    }
    const bool comma = t.contains(QLatin1Char(','));
    if (comma && decimalComma && !t.contains(QLatin1Char('.')) && t.count(QLatin1Char(',')) == 1)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    const std::optional<double> plain = plainDecimal(t);
    bool ok = plain.has_value();
    const double v = ok ? *plain : t.toDouble(&ok);
    if (!ok || std::isnan(v) || std::isinf(v)) {
        *reason = QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(what), text.left(40));
        if (comma && !decimalComma)
            *reason += QStringLiteral(" (a decimal comma is read only in ';'-separated files)");
        return std::nullopt;
    }
    if (v < -limit || v > limit) {
        *reason = QStringLiteral("%1 %2 out of range")
                      .arg(QLatin1String(what), QString::number(v, 'g', 12));
        return std::nullopt;
    }
    return v;
}

} // namespace

namespace FieldParsers {

std::optional<FuzzyDate> date(const QString& raw, QString* reason)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        *reason = QStringLiteral("no date");
        return std::nullopt;
    }
    if (const auto d = fastDate(text); d && d->isValid())
        return FuzzyDate::fromParts(d->year(), d->month(), d->day());
    // The other forms, as a column of one value reads them (no order learnt from others).
    static const DateColumn alone;
    return alone.parse(text, reason);
}

std::optional<double> latitude(const QString& text, QString* reason, bool decimalComma)
{
    return coordinate(text, 90, "latitude", decimalComma, reason);
}

std::optional<double> longitude(const QString& text, QString* reason, bool decimalComma)
{
    return coordinate(text, 180, "longitude", decimalComma, reason);
}

std::optional<std::pair<double, double>> position(const QString& latitudeText,
                                                  const QString& longitudeText, QString* reason,
                                                  bool decimalComma)
{
    const auto lat = latitude(latitudeText, reason, decimalComma);
    const auto lon = lat ? longitude(longitudeText, reason, decimalComma) : std::nullopt;
    if (!lat || !lon) return std::nullopt;
    return std::pair{*lat, *lon};
}

RowPosition rowPosition(const QString& latitudeText, const QString& longitudeText,
                        const QString& place, const QString& placeField, double& lat, double& lon,
                        QString* reason, bool decimalComma)
{
    if (latitudeText.trimmed().isEmpty() && longitudeText.trimmed().isEmpty()) {
        Q_UNUSED(placeField);
        return place.isEmpty() ? RowPosition::None : RowPosition::ByPlace;
    }
    const auto p = position(latitudeText, longitudeText, reason, decimalComma);
    if (!p) return RowPosition::Invalid;
    if (p->first == 0 && p->second == 0) return RowPosition::NullIsland;
    lat = p->first;
    lon = p->second;
    return RowPosition::Given;
}

std::optional<int> count(const QString& text, QString* reason)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < 0) {
        *reason = QStringLiteral("'%1' is not a count").arg(t.left(20));
        return std::nullopt;
    }
    return v;
}

} // namespace FieldParsers
