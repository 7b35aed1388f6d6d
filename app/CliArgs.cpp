#include "CliArgs.h"

#include "time/FuzzyDate.h"

#include <QSize>

namespace CliArgs {

std::optional<TimeWindow> window(const QString& from, const QString& to, QString* error)
{
    if (from.isEmpty() && to.isEmpty()) return std::nullopt;
    TimeWindow w;
    if (!from.isEmpty()) {
        const auto d = FuzzyDate::parse(from);
        if (!d) {
            *error = QStringLiteral("--from: '%1' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                                    "ISO 8601 date-time)")
                         .arg(from);
            return std::nullopt;
        }
        w.from = d->begin();
    }
    if (!to.isEmpty()) {
        // --to names the last unit included: --to 2014-06 runs through 30 June.
        const auto d = FuzzyDate::parse(to);
        if (!d) {
            *error = QStringLiteral("--to: '%1' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                                    "ISO 8601 date-time)")
                         .arg(to);
            return std::nullopt;
        }
        w.to = d->end();
    }
    if (!w.isValid()) {
        *error = QStringLiteral("--from %1 is after --to %2").arg(from, to);
        return std::nullopt;
    }
    return w;
}

std::optional<GeoBox> bbox(const QString& text, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok[4] = {false, false, false, false};
    if (parts.size() == 4) {
        GeoBox b{parts[0].trimmed().toDouble(&ok[0]), parts[1].trimmed().toDouble(&ok[1]),
                 parts[2].trimmed().toDouble(&ok[2]), parts[3].trimmed().toDouble(&ok[3])};
        if (ok[0] && ok[1] && ok[2] && ok[3] && b.west >= -180 && b.east <= 180 && b.west <= 180 &&
            b.east >= -180 && b.south >= -90 && b.north <= 90 && b.south < b.north)
            return b;
    }
    *error = QStringLiteral("--bbox: '%1' is not W,S,E,N in degrees (e.g. 38.8,29.0,48.6,37.4)")
                 .arg(text);
    return std::nullopt;
}

std::optional<QSize> size(const QString& text, QString* error)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() == 2) {
        bool okW = false, okH = false;
        const int w = parts[0].toInt(&okW);
        const int h = parts[1].toInt(&okH);
        if (okW && okH && w >= 16 && h >= 16 && w <= 8192 && h <= 8192) return QSize(w, h);
    }
    *error =
        QStringLiteral("--size: '%1' is not WxH between 16 and 8192 (e.g. 1920x1080)").arg(text);
    return std::nullopt;
}

EventQuery query(const QString& from, const QString& to, const QString& box, const QString& text,
                 const QStringList& categories, QString* error)
{
    EventQuery q;
    q.window = window(from, to, error);
    if (!error->isEmpty()) return q;
    if (!box.isEmpty()) {
        q.bbox = bbox(box, error);
        if (!error->isEmpty()) return q;
    }
    q.text = text;
    q.categories = categories;
    return q;
}

} // namespace CliArgs
