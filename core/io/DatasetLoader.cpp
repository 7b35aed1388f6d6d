#include "io/DatasetLoader.h"

#include "io/ImportError.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& s : v.toArray())
        out << s.toString();
    return out;
}

FuzzyDate date(const QJsonObject& e, const char* key, const QString& where)
{
    const QString text = e.value(QLatin1String(key)).toString();
    const auto d = FuzzyDate::parse(text);
    if (!d)
        throw ImportError(
            QStringLiteral("%1: %2 '%3' is not a date").arg(where, QLatin1String(key), text));
    return *d;
}

} // namespace

namespace DatasetLoader {

Counts load(const QString& path, EventStore::Writer& writer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw ImportError(QStringLiteral("%1: not valid JSON (%2 at byte %3)")
                              .arg(path, error.errorString())
                              .arg(error.offset));
    Counts counts;
    for (const auto& c : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = c.toObject();
        writer.setCategoryColour(o.value(QLatin1String("name")).toString(),
                                 QColor(o.value(QLatin1String("colour")).toString()));
    }
    QHash<QString, qint64> places;
    for (const auto& v : root.value(QLatin1String("locations")).toArray()) {
        const QJsonObject o = v.toObject();
        Location l;
        l.name = o.value(QLatin1String("name")).toString();
        l.altNames = strings(o.value(QLatin1String("altNames")));
        l.lat = o.value(QLatin1String("lat")).toDouble(std::nan(""));
        l.lon = o.value(QLatin1String("lon")).toDouble(std::nan(""));
        l.kind = o.value(QLatin1String("kind")).toString();
        l.admin1 = o.value(QLatin1String("admin1")).toString();
        l.country = o.value(QLatin1String("country")).toString();
        places.insert(o.value(QLatin1String("key")).toString(), writer.addLocation(l));
        ++counts.locations;
    }
    for (const auto& v : root.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where =
            QStringLiteral("%1: event '%2'").arg(path, o.value(QLatin1String("key")).toString());
        Event e;
        e.externalId = o.value(QLatin1String("key")).toString();
        e.title = o.value(QLatin1String("title")).toString();
        e.description = o.value(QLatin1String("description")).toString();
        const FuzzyDate start = date(o, "start", where);
        e.start = start.seconds;
        e.precision = start.precision;
        if (o.contains(QLatin1String("end"))) {
            const FuzzyDate end = date(o, "end", where);
            if (end.precision != start.precision || end.seconds < start.seconds)
                throw ImportError(where + QStringLiteral(": end must have the start's precision "
                                                         "and not precede it"));
            e.end = end.seconds;
        }
        e.approximate = o.value(QLatin1String("approximate")).toBool();
        e.category = o.value(QLatin1String("category")).toString();
        e.subCategory = o.value(QLatin1String("subCategory")).toString();
        e.actors = strings(o.value(QLatin1String("actors")));
        e.tags = strings(o.value(QLatin1String("tags")));
        if (o.value(QLatin1String("fatalities")).isDouble())
            e.fatalities = o.value(QLatin1String("fatalities")).toInt();
        const QString place = o.value(QLatin1String("location")).toString();
        if (!place.isEmpty()) {
            if (!places.contains(place))
                throw ImportError(where + QStringLiteral(": unknown location '%1'").arg(place));
            e.locationId = places.value(place);
        }
        if (o.contains(QLatin1String("lat"))) {
            e.lat = o.value(QLatin1String("lat")).toDouble();
            e.lon = o.value(QLatin1String("lon")).toDouble();
        }
        e.geoPrecision = geoPrecisionFromString(o.value(QLatin1String("geoPrecision")).toString())
                             .value_or(GeoPrecision::Exact);
        for (const auto& s : o.value(QLatin1String("sources")).toArray()) {
            const QJsonObject so = s.toObject();
            e.sources.append(Source{so.value(QLatin1String("name")).toString(),
                                    so.value(QLatin1String("url")).toString(),
                                    so.value(QLatin1String("quote")).toString()});
        }
        writer.addEvent(e);
        ++counts.events;
    }
    return counts;
}

} // namespace DatasetLoader
