#include "io/FieldParsers.h"

#include <QDate>
#include <QRegularExpression>

namespace {

int monthFromName(const QString& name)
{
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString key = name.left(3).toLower();
    if (name.size() < 3) return 0;
    for (int i = 0; i < 12; ++i)
        if (key == QLatin1String(kMonths[i])) return i + 1;
    return 0;
}

std::optional<double> coordinate(const QString& text, double limit, const char* what,
                                 QString* reason)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *reason = QStringLiteral("no %1").arg(QLatin1String(what));
        return std::nullopt;
    }
    if (t.contains(QLatin1Char(',')) && !t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.')); // decimal comma
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || std::isnan(v) || std::isinf(v)) {
        *reason = QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(what), text.left(40));
        return std::nullopt;
    }
    if (v < -limit || v > limit) {
        *reason = QStringLiteral("%1 %2 out of range").arg(QLatin1String(what), t);
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
    if (auto d = FuzzyDate::parse(text)) return d;

    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"(^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$)"));
    static const QRegularExpression monthDayYear(
        QStringLiteral(R"(^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$)"));
    static const QRegularExpression monthYear(QStringLiteral(R"(^([A-Za-z]+)\.?,?\s+(\d{4})$)"));
    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$)"));

    auto make = [&](int y, int m, int d) -> std::optional<FuzzyDate> {
        if (m >= 1 && m <= 12 && (d == 0 || QDate(y, m, d).isValid()))
            return FuzzyDate::fromParts(y, m, d);
        *reason = QStringLiteral("'%1' is not a valid date").arg(text.left(40));
        return std::nullopt;
    };

    if (auto m = dayMonthYear.match(text); m.hasMatch() && monthFromName(m.captured(2)))
        return make(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
    if (auto m = monthDayYear.match(text); m.hasMatch() && monthFromName(m.captured(1)))
        return make(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
    if (auto m = monthYear.match(text); m.hasMatch() && monthFromName(m.captured(1)))
        return make(m.captured(2).toInt(), monthFromName(m.captured(1)), 0);
    if (auto m = numeric.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        if (a > 12 && b <= 12) return make(y, b, a);
        if (b > 12 && a <= 12) return make(y, a, b);
        if (a == b) return make(y, a, b);
        *reason = QStringLiteral("date '%1' is ambiguous (day/month or month/day?); use "
                                 "YYYY-MM-DD")
                      .arg(text);
        return std::nullopt;
    }
    *reason = QStringLiteral("'%1' is not a date").arg(text.left(40));
    return std::nullopt;
}

std::optional<double> latitude(const QString& text, QString* reason)
{
    return coordinate(text, 90, "latitude", reason);
}

std::optional<double> longitude(const QString& text, QString* reason)
{
    return coordinate(text, 180, "longitude", reason);
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
