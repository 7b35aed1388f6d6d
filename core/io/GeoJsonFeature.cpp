#include "io/GeoJsonFeature.h"

#include "io/CsvHeader.h"
#include "io/DateColumn.h"
#include "io/DerivedTitle.h"
#include "io/FieldParsers.h"
#include "io/PlaceResolver.h"
#include "io/PropertyDates.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace {

// A number as short as it reads back exactly; whole numbers (epoch milliseconds) in full.
QString numberText(double d)
{
    if (std::abs(d) < 9e15 && d == std::floor(d)) return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString stringOf(const QJsonValue& v)
{
    if (v.isString()) return v.toString().trimmed();
    if (v.isDouble()) return numberText(v.toDouble());
    return {};
}

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys,
                    QSet<QString>* used = nullptr, QString* key = nullptr)
{
    for (const char* k : keys)
        if (const QString s = stringOf(o.value(QLatin1String(k))); !s.isEmpty()) {
            if (used) used->insert(QLatin1String(k));
            if (key) *key = QLatin1String(k);
            return s;
        }
    return {};
}

// An attribute's text: numbers as short as they read back exactly, booleans as true/false,
// arrays and objects as compact JSON.
QString attributeText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().trimmed();
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// The key of `o` that reads as one of `names` whatever its case ("YEAR", "Year"); empty if none.
QString keyLike(const QJsonObject& o, std::initializer_list<const char*> names)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        for (const char* n : names)
            if (it.key().compare(QLatin1String(n), Qt::CaseInsensitive) == 0) return it.key();
    return {};
}

// A date split across year, month and day properties (NOAA's YEAR, MONTH, DAY, HOUR,
// MINUTE, SECOND); the precision is the finest part given.
std::optional<FuzzyDate> splitDate(const QJsonObject& p, QSet<QString>& used, QString* reason)
{
    const QString y = keyLike(p, {"year", "iyear", "yr"});
    if (y.isEmpty()) {
        *reason = QStringLiteral("no date");
        return std::nullopt;
    }
    const QString m = keyLike(p, {"month", "imonth", "mo"}), d = keyLike(p, {"day", "iday"});
    const QString h = keyLike(p, {"hour"}), mi = keyLike(p, {"minute"}),
                  sec = keyLike(p, {"second"});
    // A part's number; 0 when absent or empty (unknown), -1 when it is not a number.
    const auto number = [&](const QString& key) {
        if (key.isEmpty()) return 0;
        const QJsonValue v = p.value(key);
        if (v.isDouble()) return int(v.toDouble());
        const QString t = v.toString().trimmed();
        bool ok = false;
        const int n = t.toInt(&ok);
        return ok ? n
                  : (t.isEmpty()                        ? 0
                     : DateColumn::monthFromName(t) > 0 ? DateColumn::monthFromName(t)
                                                        : -1);
    };
    const auto given = [&](const QString& key) {
        return !key.isEmpty() && !stringOf(p.value(key)).isEmpty();
    };
    const int year = number(y), month = number(m);
    const int day = month == 0 ? 0 : number(d);
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 ||
        (day > 0 && !QDate(year, month, day).isValid())) {
        *reason =
            QStringLiteral("year %1, month %2, day %3 is not a date")
                .arg(stringOf(p.value(y)), m.isEmpty() ? QStringLiteral("-") : stringOf(p.value(m)),
                     d.isEmpty() ? QStringLiteral("-") : stringOf(p.value(d)));
        return std::nullopt;
    }
    for (const QString& k : {y, m, d})
        if (!k.isEmpty()) used.insert(k);
    FuzzyDate date = FuzzyDate::fromParts(year, month, day);
    if (day == 0 || !given(h)) return date;
    // A time of day: minute precision with an hour (and minute), second with seconds.
    const int hour = number(h), minute = number(mi);
    const double second = given(sec) ? p.value(sec).toVariant().toDouble() : 0;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 60) {
        *reason =
            QStringLiteral("hour %1, minute %2, second %3 is not a time of day")
                .arg(stringOf(p.value(h)), given(mi) ? stringOf(p.value(mi)) : QStringLiteral("-"),
                     given(sec) ? stringOf(p.value(sec)) : QStringLiteral("-"));
        return std::nullopt;
    }
    for (const QString& k : {h, mi, sec})
        if (given(k)) used.insert(k);
    date.seconds += hour * 3600 + minute * 60 + qint64(second);
    date.precision = given(sec) ? DatePrecision::Second : DatePrecision::Minute;
    return date;
}

// The properties no field took, in the order the export listed, else the object's own.
EventAttributes attributesOf(const QJsonObject& p, const QSet<QString>& used)
{
    QStringList keys;
    for (const auto& k : p.value(QLatin1String(GeoJsonFeature::kAttributeOrder)).toArray())
        if (p.contains(k.toString())) keys << k.toString();
    for (auto it = p.begin(); it != p.end(); ++it)
        if (!keys.contains(it.key())) keys << it.key();
    EventAttributes out;
    for (const QString& key : keys) {
        if (used.contains(key.toLower()) || key.startsWith(QLatin1String("tigris:"))) continue;
        if (const QString text = attributeText(p.value(key)); !text.isEmpty())
            out.append({CsvAttributeColumns::attributeName(key), text});
    }
    return out;
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
                             const PropertyDates& dates, QString* reason)
{
    auto fail = [&](const QString& r) {
        *reason = r;
        return std::nullopt;
    };
    if (!feature.isObject()) return fail(QStringLiteral("feature is not a JSON object"));
    const QJsonObject f = feature.toObject();
    const QJsonObject geometry = f.value(QLatin1String("geometry")).toObject();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonObject original = f.value(QLatin1String("properties")).toObject();
    // Keys are matched whatever their case ("NAME", "Date"), as shapefile exports write them.
    QJsonObject p;
    for (auto it = original.begin(); it != original.end(); ++it)
        if (!p.contains(it.key().toLower())) p.insert(it.key().toLower(), it.value());
    // Every key the export writes is read (or implied by another); the aliases only when used.
    // Tigris's own fields are read only in the shape its export writes them: USGS's "sources"
    // (",us,ak,") is no list of sources and stays an attribute.
    QSet<QString> used{QStringLiteral("actors"), QStringLiteral("fatalities")};
    for (const char* k : {"sources", "tags"})
        if (p.value(QLatin1String(k)).isArray()) used.insert(QLatin1String(k));
    for (const char* k : {"approximate", "title_derived"})
        if (p.value(QLatin1String(k)).isBool()) used.insert(QLatin1String(k));
    if (datePrecisionFromString(stringOf(p.value(QLatin1String("precision")))))
        used.insert(QStringLiteral("precision")); // implied by the date's own form
    if (exportedUnplaced(p)) used.insert(QStringLiteral("position"));
    // No geometry but a place name: placed by name after (place()); marked unplaced: not.
    const bool unplaced = type.isEmpty() && exportedUnplaced(p);
    const bool byPlace =
        type.isEmpty() && !unplaced && !firstString(p, {"place", "location"}).isEmpty();
    // No geometry and no place: an event without a position (timeline and list only).
    const bool nowhere = type.isEmpty() && !unplaced && !byPlace;
    if (type != QLatin1String("Point") && !byPlace && !unplaced && !nowhere)
        return fail(
            QStringLiteral("%1 geometry is not a point; only points become events").arg(type));
    std::optional<double> lat, lon;
    if (!byPlace && !unplaced && !nowhere) {
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
    QString dateText, dateKey;
    if (!dateProperty.isEmpty()) {
        dateText = stringOf(original.value(dateProperty));
        dateKey = dateProperty.toLower();
        used.insert(dateKey);
        if (dateText.isEmpty()) return fail(QStringLiteral("no '%1' property").arg(dateProperty));
    } else {
        dateText = firstString(p,
                               {"date", "time", "start", "start_date", "event_date", "timestamp",
                                "datetime", "date_start", "when"},
                               &used, &dateKey);
        if (dateText.isEmpty() && !dates.foundByValues().isEmpty()) {
            dateKey = dates.foundByValues();
            dateText = stringOf(p.value(dateKey));
            if (!dateText.isEmpty()) used.insert(dateKey);
        }
    }
    std::optional<FuzzyDate> start;
    if (dateText.isEmpty() && dateProperty.isEmpty())
        start = splitDate(p, used, reason); // YEAR, MONTH, DAY properties
    else
        start = dates.parse(dateKey, dateText, reason);
    if (!start) return std::nullopt;
    Event e;
    e.start = start->seconds;
    e.precision = start->precision;
    QString endKey;
    if (const QString endText = firstString(p, {"end", "end_date", "date_end"}, &used, &endKey);
        !endText.isEmpty()) {
        const auto end = dates.parse(endKey, endText, reason);
        if (!end || end->seconds < e.start)
            return fail(end ? QStringLiteral("end date is before the start")
                            : QStringLiteral("end: ") + *reason);
        e.end = floorTo(end->seconds, e.precision);
    }
    if (lat) {
        e.lat = *lat;
        e.lon = *lon;
    }
    e.description = firstString(p, {"description", "notes", "text"}, &used);
    e.title = firstString(p, {"title", "name", "headline"}, &used);
    if (e.title.isEmpty()) {
        e.title = e.description.left(120);
        e.titleDerived = true;
    }
    e.category = firstString(p, {"category", "type", "event_type"}, &used);
    e.locationName = firstString(p, {"place", "location"}, &used);
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
    if (const QString s = firstString(p, {"source"}, &used); !s.isEmpty())
        e.sources.append(Source{s, firstString(p, {"url"}, &used), {}});
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
    e.externalId = firstString(p, {"external_id"}, &used);
    if (e.externalId.isEmpty()) e.externalId = stringOf(f.value(QLatin1String("id"))); // RFC 7946
    e.subCategory = firstString(p, {"sub_category", "sub_event_type"}, &used);
    if (const auto g = geoPrecisionFromString(firstString(p, {"geo_precision"}, &used)))
        e.geoPrecision = *g;
    if (e.title.isEmpty()) e.title = derivedTitle(e);
    e.titleDerived = e.titleDerived || p.value(QLatin1String("title_derived")).toBool();
    if (const QString open = p.value(QLatin1String("open")).toString();
        open == QLatin1String("start") || open == QLatin1String("end")) {
        used.insert(QStringLiteral("open"));
        e.openStart = open == QLatin1String("start");
        e.openEnd = open == QLatin1String("end");
    }
    e.attributes = attributesOf(original, used);
    return e;
}

QStringList dateNames()
{
    return {"date",     "time",       "start", "start_date", "event_date", "timestamp",
            "datetime", "date_start", "when",  "end",        "end_date",   "date_end"};
}

QList<QPair<QString, QString>> dateRecord(const QJsonValue& feature)
{
    const QJsonValue properties = feature.toObject().value(QLatin1String("properties"));
    return propertyRecord(properties.toObject());
}

QList<QPair<QString, QString>> propertyRecord(const QJsonObject& properties)
{
    QList<QPair<QString, QString>> out;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (const QString text = stringOf(it.value()); !text.isEmpty())
            out.append({it.key().toLower(), text});
    return out;
}

bool isRoleProperty(const QString& name)
{
    static const QSet<QString> names{
        "date",           "time",          "start",       "start_date",
        "event_date",     "timestamp",     "datetime",    "date_start",
        "when",           "end",           "end_date",    "date_end",
        "description",    "notes",         "text",        "title",
        "name",           "headline",      "category",    "type",
        "event_type",     "place",         "location",    "actors",
        "fatalities",     "source",        "url",         "sources",
        "tags",           "approximate",   "external_id", "sub_category",
        "sub_event_type", "geo_precision", "precision",   "position",
        "title_derived",  "open"};
    return names.contains(name);
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
