#include "io/GeoJsonFeature.h"

#include "io/FieldParsers.h"
#include "io/PlaceResolver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString stringOf(const QJsonValue& v)
{
    if (v.isString()) return v.toString().trimmed();
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
    return {};
}

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        if (const QString s = stringOf(o.value(QLatin1String(k))); !s.isEmpty()) return s;
    return {};
}

// Tigris's export marks an event without a position with "position": "none" (and a null
// geometry): it is imported so, its place name kept and not looked up.
bool exportedUnplaced(const QJsonObject& properties)
{
    return properties.value(QLatin1String("position")).toString() == QLatin1String("none");
}

} // namespace

namespace GeoJsonFeature {

std::optional<Event> toEvent(const QJsonValue& feature, const QString& dateProperty,
                             QString* reason)
{
    auto fail = [&](const QString& r) {
        *reason = r;
        return std::nullopt;
    };
    if (!feature.isObject()) return fail(QStringLiteral("feature is not a JSON object"));
    const QJsonObject f = feature.toObject();
    const QJsonObject geometry = f.value(QLatin1String("geometry")).toObject();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonObject p = f.value(QLatin1String("properties")).toObject();
    // No geometry but a place name: placed by name after (place()); marked unplaced: not.
    const bool unplaced = type.isEmpty() && exportedUnplaced(p);
    const bool byPlace =
        type.isEmpty() && !unplaced && !firstString(p, {"place", "location"}).isEmpty();
    if (type != QLatin1String("Point") && !byPlace && !unplaced)
        return fail(type.isEmpty() ? QStringLiteral("feature has no geometry")
                                   : QStringLiteral("%1 geometry is not a point; only points "
                                                    "become events")
                                         .arg(type));
    std::optional<double> lat, lon;
    if (!byPlace && !unplaced) {
        const QJsonArray c = geometry.value(QLatin1String("coordinates")).toArray();
        reason->clear();
        lon = c.size() >= 2 && c[0].isDouble()
                  ? FieldParsers::longitude(QString::number(c[0].toDouble(), 'g', 17), reason)
                  : std::nullopt;
        lat = lon && c[1].isDouble()
                  ? FieldParsers::latitude(QString::number(c[1].toDouble(), 'g', 17), reason)
                  : std::nullopt;
        if (!lat || !lon)
            return fail(reason->isEmpty() ? QStringLiteral("point coordinates are not [lon, lat]")
                                          : *reason);
    }
    QString dateText;
    if (!dateProperty.isEmpty()) {
        dateText = stringOf(p.value(dateProperty));
        if (dateText.isEmpty()) return fail(QStringLiteral("no '%1' property").arg(dateProperty));
    } else {
        dateText = firstString(p, {"date", "time", "start", "start_date", "event_date", "timestamp",
                                   "datetime", "date_start", "when"});
    }
    const auto start = FieldParsers::date(dateText, reason);
    if (!start) return std::nullopt;
    Event e;
    e.start = start->seconds;
    e.precision = start->precision;
    if (const QString endText = firstString(p, {"end", "end_date", "date_end"});
        !endText.isEmpty()) {
        const auto end = FieldParsers::date(endText, reason);
        if (!end || end->seconds < e.start)
            return fail(end ? QStringLiteral("end date is before the start")
                            : QStringLiteral("end: ") + *reason);
        e.end = floorTo(end->seconds, e.precision);
    }
    if (lat) {
        e.lat = *lat;
        e.lon = *lon;
    }
    e.description = firstString(p, {"description", "notes", "text"});
    e.title = firstString(p, {"title", "name", "headline"});
    if (e.title.isEmpty()) e.title = e.description.left(120);
    if (e.title.isEmpty()) return fail(QStringLiteral("no title or description"));
    e.category = firstString(p, {"category", "type", "event_type"});
    e.locationName = firstString(p, {"place", "location"});
    const QJsonValue actors = p.value(QLatin1String("actors"));
    if (actors.isArray())
        for (const auto& a : actors.toArray())
            e.actors << a.toString();
    else if (actors.isString())
        e.actors = actors.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (const QJsonValue n = p.value(QLatin1String("fatalities")); n.isDouble() || n.isString()) {
        reason->clear();
        e.fatalities = FieldParsers::count(
            n.isDouble() ? QString::number(n.toDouble(), 'g', 12) : n.toString(), reason);
        if (!reason->isEmpty()) return fail(QStringLiteral("fatalities: ") + *reason);
    }
    if (const QString s = firstString(p, {"source"}); !s.isEmpty())
        e.sources.append(Source{s, firstString(p, {"url"}), {}});
    // The fields `tigris export-data` writes, so that a round trip loses nothing.
    for (const auto& v : p.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = v.toObject();
        e.sources.append(Source{so.value(QLatin1String("name")).toString(),
                                so.value(QLatin1String("url")).toString(),
                                so.value(QLatin1String("quote")).toString()});
    }
    for (const auto& v : p.value(QLatin1String("tags")).toArray())
        e.tags << v.toString();
    e.approximate = p.value(QLatin1String("approximate")).toBool();
    e.externalId = firstString(p, {"external_id"});
    e.subCategory = firstString(p, {"sub_category", "sub_event_type"});
    if (const auto g = geoPrecisionFromString(firstString(p, {"geo_precision"})))
        e.geoPrecision = *g;
    return e;
}

void place(const QJsonValue& feature, Event& e, PlaceResolver& places, qint64 line,
           ImportReport& report)
{
    const QJsonObject p = feature.toObject().value(QLatin1String("properties")).toObject();
    if (exportedUnplaced(p)) return;
    places.place(e, firstString(p, {"country", "country_code"}),
                 firstString(p, {"admin1", "province", "region"}), line, report);
}

} // namespace GeoJsonFeature
