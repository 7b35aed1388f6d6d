#include "io/TimelineJsImporter.h"

#include "io/FieldParsers.h"
#include "io/HtmlText.h"
#include "io/ImportError.h"
#include "io/JsonArrayStream.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

// A date part: TimelineJS writes numbers or strings ("2014", "06"); absent or "" is unknown.
std::optional<int> part(const QJsonObject& date, const char* name, bool* bad)
{
    const QJsonValue v = date.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString()) d = v.toString().trimmed().toDouble(&ok);
    if (!ok || d != std::floor(d) || std::abs(d) > 1e6) {
        *bad = true;
        return std::nullopt;
    }
    return int(d);
}

// The parts present give the precision: year and month is "June 2014", never 1 June.
std::optional<FuzzyDate> timelineDate(const QJsonValue& value, const char* what, QString* reason)
{
    const QJsonObject o = value.toObject();
    bool bad = false;
    const char* const names[] = {"year", "month", "day", "hour", "minute", "second"};
    std::optional<int> parts[6];
    int known = 0;
    for (int i = 0; i < 6; ++i) {
        parts[i] = part(o, names[i], &bad);
        if (bad) {
            *reason = QStringLiteral("%1.%2 is not a whole number")
                          .arg(QLatin1String(what), QLatin1String(names[i]));
            return std::nullopt;
        }
        if (parts[i] && known < i) {
            *reason =
                QStringLiteral("%1 has a %2 but no %3")
                    .arg(QLatin1String(what), QLatin1String(names[i]), QLatin1String(names[known]));
            return std::nullopt;
        }
        if (parts[i]) known = i + 1;
    }
    if (known == 0) {
        *reason = QStringLiteral("%1 has no year").arg(QLatin1String(what));
        return std::nullopt;
    }
    const int y = *parts[0], m = parts[1].value_or(1), d = parts[2].value_or(1);
    const int h = parts[3].value_or(0), mi = parts[4].value_or(0), s = parts[5].value_or(0);
    if (!QDate(y, m, d).isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
        QString shown = QString::number(y);
        for (int i = 1; i < known; ++i)
            shown += QLatin1String(i == 3  ? " "
                                   : i < 3 ? "-"
                                           : ":") +
                     QStringLiteral("%1").arg(*parts[i], 2, 10, QLatin1Char('0'));
        *reason = QStringLiteral("%1 %2 is not a date").arg(QLatin1String(what), shown);
        return std::nullopt;
    }
    FuzzyDate date = FuzzyDate::fromParts(y, parts[1].value_or(0), parts[2].value_or(0));
    date.seconds += qint64(h) * 3600 + mi * 60 + s;
    date.precision = DatePrecision(known); // Year = 1 … Second = 6, as the parts
    return date;
}

bool approximate(const QString& displayDate)
{
    const QString t = displayDate.trimmed().toLower();
    return t.startsWith(QLatin1String("c.")) || t.startsWith(QLatin1String("ca.")) ||
           t.startsWith(QLatin1String("circa")) || t.startsWith(QLatin1String("around")) ||
           t.startsWith(QLatin1String("about")) || t.startsWith(QLatin1Char('~'));
}

} // namespace

bool TimelineJsImporter::looksLikeTimelineJs(const QByteArray& head)
{
    const QByteArray t = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    // GeoJSON with "events" and "start_date" properties stays GeoJSON.
    return t.startsWith('{') && t.contains("\"events\"") && t.contains("\"start_date\"") &&
           !t.contains("\"Feature\"") && !t.contains("\"FeatureCollection\"");
}

ImportReport TimelineJsImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    // One event at a time: memory holds an event, not the file.
    JsonArrayStream events(source, "events");
    QByteArray bytes;
    qint64 line = 0, count = 0, unplaced = 0;
    while (events.next(bytes, line)) {
        if (progress && (++count & 0x3ff) == 0 && !progress(source.pos()))
            throw ImportError(QStringLiteral("import cancelled"));
        const QJsonValue event = JsonArrayStream::parse(bytes, line);
        auto reject = [&](const QString& r) { report.rejected.append({line, r}); };
        if (!event.isObject()) {
            reject(QStringLiteral("event is not a JSON object"));
            continue;
        }
        const QJsonObject o = event.toObject();
        QString reason;
        const auto start =
            timelineDate(o.value(QLatin1String("start_date")), "start_date", &reason);
        if (!start) {
            reject(reason);
            continue;
        }
        Event e;
        e.start = start->seconds;
        e.precision = start->precision;
        if (o.contains(QLatin1String("end_date"))) {
            const auto end = timelineDate(o.value(QLatin1String("end_date")), "end_date", &reason);
            if (!end) {
                reject(reason);
                continue;
            }
            // The end's last unit at the start's precision, so the span covers all of it.
            const qint64 last = floorTo(end->end() - 1, e.precision);
            if (last < e.start) {
                reject(QStringLiteral("end_date is before start_date"));
                continue;
            }
            if (last != e.start) e.end = last;
        }
        const QJsonObject text = o.value(QLatin1String("text")).toObject();
        e.title = HtmlText::toPlain(text.value(QLatin1String("headline")).toString());
        e.description = HtmlText::toPlain(text.value(QLatin1String("text")).toString());
        if (e.title.isEmpty()) e.title = e.description.left(120);
        if (e.title.isEmpty()) {
            reject(QStringLiteral("no text.headline or text.text"));
            continue;
        }
        e.approximate = approximate(o.value(QLatin1String("display_date")).toString()) ||
                        approximate(o.value(QLatin1String("start_date"))
                                        .toObject()
                                        .value(QLatin1String("display_date"))
                                        .toString());
        e.category = HtmlText::toPlain(o.value(QLatin1String("group")).toString());
        e.externalId = o.value(QLatin1String("unique_id")).toString();
        const QJsonObject media = o.value(QLatin1String("media")).toObject();
        const QString url = media.value(QLatin1String("url")).toString().trimmed();
        const QString credit = HtmlText::toPlain(media.value(QLatin1String("credit")).toString());
        if (!url.isEmpty() || !credit.isEmpty())
            e.sources.append(Source{
                credit, url, HtmlText::toPlain(media.value(QLatin1String("caption")).toString())});
        if (o.contains(QLatin1String("location"))) {
            const QJsonObject location = o.value(QLatin1String("location")).toObject();
            const auto number = [&](const char* k) {
                const QJsonValue v = location.value(QLatin1String(k));
                return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
            };
            const auto lat = FieldParsers::latitude(number("lat"), &reason);
            const auto lon = lat ? FieldParsers::longitude(number("lon"), &reason) : std::nullopt;
            if (!lat || !lon) {
                reject(QStringLiteral("location: ") + reason);
                continue;
            }
            e.lat = *lat;
            e.lon = *lon;
            e.locationName = HtmlText::toPlain(location.value(QLatin1String("name")).toString());
        } else {
            ++unplaced;
        }
        writer.addEvent(e);
        ++report.imported;
    }
    // The other members come last ("events" may be the first); without the array nothing read
    // so far is committed (the caller's transaction).
    events.rest(); // invalid JSON anywhere is an error at its line
    if (!events.found())
        throw ImportError(QStringLiteral("not a TimelineJS file: no \"events\" array"), 1);
    if (unplaced > 0)
        report.warnings << QStringLiteral("%1 event(s) have no location: they are in the list "
                                          "and on the timeline, not on the map")
                               .arg(unplaced);
    return report;
}
