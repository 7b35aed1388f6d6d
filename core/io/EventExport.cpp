#include "io/EventExport.h"

#include "io/AcledImporter.h"
#include "io/CsvHeader.h"
#include "io/EventJson.h"
#include "io/GeoJsonFeature.h"
#include "io/KmlImporter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamWriter>
#include <functional>

namespace {

QJsonArray sourcesJson(const Event& e)
{
    QJsonArray out;
    for (const Source& s : e.sources)
        out.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("url"), s.url},
                               {QStringLiteral("quote"), s.quote}});
    return out;
}

QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 12);
}

// ACLED's time_precision: 1 day, 2 within the week (an approximate day), 3 within the month.
QString acledTimePrecision(const Event& e)
{
    if (e.precision >= DatePrecision::Day)
        return e.approximate ? QStringLiteral("2") : QStringLiteral("1");
    return QStringLiteral("3");
}

// Nine decimals (under a millimetre, as precise as the CSV's twelve digits), no trailing zeros.
QString degrees(double v)
{
    QString s = QString::number(v, 'f', 9);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    return s;
}

// "none" for an event without a position: the importers then keep it so instead of looking
// its place name up, which could place it where it was deliberately left unplaced (a name the
// gazetteer found ambiguous, or one the user never placed). Empty when it has a position.
QString positionMarker(const Event& e)
{
    return e.hasCoordinate() ? QString() : QStringLiteral("none");
}

QString isoUtc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

// Every attribute name of `events` in the order first met, each with the name it is written
// under: its own, or "attr:NAME" where that would read back as one of Tigris's fields
// (`reserved`, lower case) or begins with "attr:" itself. Importers remove the prefix.
QList<QPair<QString, QString>> attributeKeys(const std::vector<Event>& events,
                                             const std::function<bool(const QString&)>& reserved)
{
    QList<QPair<QString, QString>> keys;
    QSet<QString> seen;
    for (const Event& e : events)
        for (const auto& a : e.attributes) {
            if (seen.contains(a.first)) continue;
            seen.insert(a.first);
            const QString lower = a.first.toLower();
            const bool prefix =
                reserved(lower) || lower.startsWith(QLatin1String(CsvAttributeColumns::kPrefix));
            keys.append({a.first,
                         prefix ? QLatin1String(CsvAttributeColumns::kPrefix) + a.first : a.first});
        }
    return keys;
}

// "start" or "end" for a span open on that side (Event::openStart, openEnd), else empty.
QString openSide(const Event& e)
{
    return e.openStart ? QStringLiteral("start") : e.openEnd ? QStringLiteral("end") : QString();
}

} // namespace

namespace EventExport {

void writeCsv(QIODevice& out, const std::vector<Event>& events)
{
    QStringList header{QStringLiteral("event_id_cnty"),
                       QStringLiteral("event_date"),
                       QStringLiteral("time_precision"),
                       QStringLiteral("event_type"),
                       QStringLiteral("sub_event_type"),
                       QStringLiteral("actor1"),
                       QStringLiteral("actor2"),
                       QStringLiteral("location"),
                       QStringLiteral("latitude"),
                       QStringLiteral("longitude"),
                       QStringLiteral("geo_precision"),
                       QStringLiteral("source"),
                       QStringLiteral("notes"),
                       QStringLiteral("fatalities"),
                       QStringLiteral("title"),
                       QStringLiteral("start"),
                       QStringLiteral("end"),
                       QStringLiteral("precision"),
                       QStringLiteral("approximate"),
                       QStringLiteral("actors"),
                       QStringLiteral("tags"),
                       QStringLiteral("sources_json"),
                       QStringLiteral("position"),
                       QStringLiteral("title_derived"),
                       QStringLiteral("open")};
    const auto attributes = attributeKeys(
        events, [](const QString& name) { return AcledImporter::roleColumns().contains(name); });
    for (const auto& key : attributes)
        header << key.second;
    out.write(EventJson::csvLine(header).toUtf8() + "\r\n");
    for (const Event& e : events) {
        QStringList names;
        for (const Source& s : e.sources)
            names << s.name;
        const auto end = e.endDate();
        QStringList row{
            e.externalId,
            QDateTime::fromSecsSinceEpoch(e.start, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd")),
            acledTimePrecision(e),
            e.category,
            e.subCategory,
            e.actors.value(0),
            e.actors.value(1),
            e.locationName,
            number(e.lat),
            number(e.lon),
            QString::number(int(e.geoPrecision)),
            names.join(QStringLiteral("; ")),
            e.description,
            e.fatalities ? QString::number(*e.fatalities) : QString(),
            e.title,
            e.startDate().toIso(),
            end ? end->toIso() : QString(),
            toString(e.precision),
            e.approximate ? QStringLiteral("true") : QStringLiteral("false"),
            e.actors.join(QStringLiteral("; ")),
            e.tags.join(QStringLiteral("; ")),
            QString::fromUtf8(QJsonDocument(sourcesJson(e)).toJson(QJsonDocument::Compact)),
            positionMarker(e),
            e.titleDerived ? QStringLiteral("true") : QString(),
            openSide(e)};
        for (const auto& key : attributes)
            row << e.attribute(key.first);
        out.write(EventJson::csvLine(row).toUtf8() + "\r\n");
    }
}

void writeGeoJson(QIODevice& out, const std::vector<Event>& events)
{
    QJsonArray features;
    for (const Event& e : events) {
        QJsonObject props = EventJson::toJson(e);
        props.remove(QStringLiteral("lat"));
        props.remove(QStringLiteral("lon"));
        props.remove(QStringLiteral("id"));
        props.remove(QStringLiteral("attributes")); // as properties of their own, below
        props.insert(QStringLiteral("description"), e.description);
        props.insert(QStringLiteral("tags"), QJsonArray::fromStringList(e.tags));
        props.insert(QStringLiteral("sources"), sourcesJson(e));
        if (!e.hasCoordinate()) props.insert(QStringLiteral("position"), positionMarker(e));
        if (e.titleDerived) props.insert(QStringLiteral("title_derived"), true);
        // Attributes as properties that other tools show; their order, which a JSON object
        // does not keep, in one more.
        QStringList order;
        for (const auto& a : e.attributes) {
            const QString lower = a.first.toLower();
            const bool prefix = props.contains(a.first) || GeoJsonFeature::isRoleProperty(lower) ||
                                lower.startsWith(QLatin1String(CsvAttributeColumns::kPrefix));
            const QString key =
                prefix ? QLatin1String(CsvAttributeColumns::kPrefix) + a.first : a.first;
            props.insert(key, a.second);
            order << key;
        }
        if (order.size() > 1)
            props.insert(QLatin1String(GeoJsonFeature::kAttributeOrder),
                         QJsonArray::fromStringList(order));
        const QJsonValue geometry =
            e.hasCoordinate()
                ? QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                         {QStringLiteral("coordinates"), QJsonArray{e.lon, e.lat}}})
                : QJsonValue(QJsonValue::Null);
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), geometry},
                                    {QStringLiteral("properties"), props}});
    }
    out.write(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                  {QStringLiteral("features"), features}})
            .toJson(QJsonDocument::Indented));
}

void writeKml(QIODevice& out, const std::vector<Event>& events)
{
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("kml"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeTextElement(QStringLiteral("name"), QStringLiteral("Tigris events"));
    const auto attributes = attributeKeys(events, [](const QString& name) {
        return KmlImporter::isRoleData(name) || name.startsWith(QLatin1String("tigris:"));
    });
    QHash<QString, QString> attributeKey;
    for (const auto& key : attributes)
        attributeKey.insert(key.first, key.second);
    for (const Event& e : events) {
        // An event without a position is a Placemark without geometry (KML allows it; Google
        // Earth lists it in Places), so "all events" means all of them.
        w.writeStartElement(QStringLiteral("Placemark"));
        w.writeTextElement(QStringLiteral("name"), e.title);
        w.writeTextElement(QStringLiteral("description"), e.description);
        if (e.openStart || e.openEnd) {
            // One side known: KML's open TimeSpan, <begin> or <end> alone.
            w.writeStartElement(QStringLiteral("TimeSpan"));
            w.writeTextElement(e.openEnd ? QStringLiteral("begin") : QStringLiteral("end"),
                               e.startDate().toIso());
        } else if (e.precision == DatePrecision::Day && !e.end) {
            // One day: a TimeStamp with the date alone, which is what Google Earth shows for it.
            w.writeStartElement(QStringLiteral("TimeStamp"));
            w.writeTextElement(QStringLiteral("when"), e.startDate().toIso());
        } else {
            // The widened span: a month-only event occupies its whole month on the slider.
            w.writeStartElement(QStringLiteral("TimeSpan"));
            w.writeTextElement(QStringLiteral("begin"), isoUtc(e.spanBegin()));
            w.writeTextElement(QStringLiteral("end"), isoUtc(e.spanEnd()));
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("ExtendedData"));
        auto data = [&](const QString& name, const QString& value) {
            w.writeStartElement(QStringLiteral("Data"));
            w.writeAttribute(QStringLiteral("name"), name);
            w.writeTextElement(QStringLiteral("value"), value);
            w.writeEndElement();
        };
        data(QStringLiteral("date"), e.startDate().toIso());
        data(QStringLiteral("precision"), toString(e.precision));
        data(QStringLiteral("external_id"), e.externalId);
        data(QStringLiteral("category"), e.category);
        data(QStringLiteral("sub_category"), e.subCategory);
        data(QStringLiteral("place"), e.locationName);
        data(QStringLiteral("actors"), e.actors.join(QStringLiteral("; ")));
        data(QStringLiteral("fatalities"),
             e.fatalities ? QString::number(*e.fatalities) : QString());
        if (!e.sources.isEmpty()) { // the first source for other tools; all of them below
            data(QStringLiteral("source"), e.sources.first().name);
            data(QStringLiteral("url"), e.sources.first().url);
        }
        // What KML has no element for, under Tigris's own names, so the import gets it back;
        // "plain": the name and description are plain text, not HTML, and are read as such.
        data(QStringLiteral("tigris:text"), QStringLiteral("plain"));
        data(QStringLiteral("tigris:geo_precision"), toString(e.geoPrecision));
        data(QStringLiteral("tigris:approximate"),
             e.approximate ? QStringLiteral("true") : QStringLiteral("false"));
        data(QStringLiteral("tigris:tags"), e.tags.join(QStringLiteral("; ")));
        data(QStringLiteral("tigris:sources"),
             QString::fromUtf8(QJsonDocument(sourcesJson(e)).toJson(QJsonDocument::Compact)));
        if (!e.hasCoordinate()) data(QStringLiteral("tigris:position"), positionMarker(e));
        if (e.titleDerived) data(QStringLiteral("tigris:title_derived"), QStringLiteral("true"));
        for (const auto& a : e.attributes) // in the event's own order
            data(attributeKey.value(a.first), a.second);
        w.writeEndElement();
        if (e.hasCoordinate()) {
            w.writeStartElement(QStringLiteral("Point"));
            w.writeTextElement(QStringLiteral("coordinates"),
                               QStringLiteral("%1,%2,0").arg(degrees(e.lon), degrees(e.lat)));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
}

} // namespace EventExport
