#include "io/AcledImporter.h"

#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool AcledImporter::looksLikeAcled(const QByteArray& headerLine)
{
    const QByteArray h = headerLine.toLower();
    return h.contains("event_id_cnty") ||
           (h.contains("event_date") && h.contains("sub_event_type") && h.contains("actor1"));
}

ImportReport AcledImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    CsvReader reader = CsvReader::detecting(source);
    std::vector<QByteArray> fields;
    if (!reader.next(fields)) throw ImportError(QStringLiteral("the file is empty"));
    const CsvHeader h(fields);
    const int date = h.find({"event_date"}), lat = h.find({"latitude"}),
              lon = h.find({"longitude"});
    if (date < 0 || lat < 0 || lon < 0)
        throw ImportError(QStringLiteral("not an ACLED export: the header lacks event_date, "
                                         "latitude or longitude"),
                          1);
    const int timePrecision = h.find({"time_precision"}), geoPrecision = h.find({"geo_precision"}),
              type = h.find({"event_type"}), subType = h.find({"sub_event_type"}),
              actor1 = h.find({"actor1"}), actor2 = h.find({"actor2"}),
              assoc1 = h.find({"assoc_actor_1"}), assoc2 = h.find({"assoc_actor_2"}),
              location = h.find({"location"}), admin1 = h.find({"admin1"}),
              country = h.find({"country"}), fatalities = h.find({"fatalities"}),
              notes = h.find({"notes"}), sourceCol = h.find({"source"}),
              id = h.find({"event_id_cnty"}), tags = h.find({"tags"});
    // Tigris's own columns, written by `tigris export-data` so that a round trip loses nothing.
    const int xTitle = h.find({"title"}), xStart = h.find({"start"}), xEnd = h.find({"end"}),
              xApproximate = h.find({"approximate"}), xActors = h.find({"actors"}),
              xSources = h.find({"sources_json"});

    // (location, admin1, country) → id; bounded so memory does not grow with the file.
    QHash<QString, qint64> places;
    qint64 rows = 0;
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty()) continue;
        if (progress && (++rows & 0x3ff) == 0 && !progress(reader.bytesRead()))
            throw ImportError(QStringLiteral("import cancelled"));
        const qint64 line = reader.recordLine();
        QString reason;
        auto reject = [&](const QString& r) { report.rejected.append({line, r}); };

        const auto d = FieldParsers::date(csvField(fields, date), &reason);
        if (!d) {
            reject(reason);
            continue;
        }
        const auto la = FieldParsers::latitude(csvField(fields, lat), &reason);
        const auto lo = la ? FieldParsers::longitude(csvField(fields, lon), &reason) : std::nullopt;
        if (!la || !lo) {
            reject(reason);
            continue;
        }
        Event e;
        e.start = d->seconds;
        e.precision = d->precision;
        const QString tp = csvField(fields, timePrecision);
        if (tp == QLatin1String("2")) {
            e.approximate = true;
        } else if (tp == QLatin1String("3")) {
            e.precision = DatePrecision::Month;
            e.start = floorTo(e.start, DatePrecision::Month);
        } else if (!tp.isEmpty() && tp != QLatin1String("1")) {
            reject(QStringLiteral("time_precision '%1' is not 1, 2 or 3").arg(tp));
            continue;
        }
        const QString gp = csvField(fields, geoPrecision);
        if (!gp.isEmpty()) {
            const auto g = geoPrecisionFromString(gp);
            if (!g || gp.size() != 1) {
                reject(QStringLiteral("geo_precision '%1' is not 1, 2 or 3").arg(gp));
                continue;
            }
            e.geoPrecision = *g;
        }
        e.lat = *la;
        e.lon = *lo;
        e.category = csvField(fields, type);
        e.subCategory = csvField(fields, subType);
        for (int c : {actor1, actor2, assoc1, assoc2})
            for (const QString& a : csvField(fields, c).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!a.trimmed().isEmpty() && !e.actors.contains(a.trimmed()))
                    e.actors << a.trimmed();
        e.fatalities = FieldParsers::count(csvField(fields, fatalities), &reason);
        if (!reason.isEmpty()) {
            reject(QStringLiteral("fatalities: ") + reason);
            continue;
        }
        e.description = csvField(fields, notes);
        e.externalId = csvField(fields, id);
        for (const QString& t : csvField(fields, tags).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            e.tags << t.trimmed();
        for (const QString& s :
             csvField(fields, sourceCol).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            e.sources.append(Source{s.trimmed(), {}, {}});

        const QString place = csvField(fields, location);
        if (!place.isEmpty()) {
            const QString a1 = csvField(fields, admin1), cn = csvField(fields, country);
            const QString key = place + QChar(0x1f) + a1 + QChar(0x1f) + cn;
            qint64 placeId = places.value(key);
            if (!placeId) {
                Location l;
                l.name = place;
                l.lat = *la;
                l.lon = *lo;
                l.admin1 = a1;
                l.country = cn;
                l.kind = QStringLiteral("place");
                if (places.size() > 200'000) places.clear();
                placeId = writer.addLocation(l);
                places.insert(key, placeId);
            }
            e.locationId = placeId;
        }
        const QString sub = e.subCategory.isEmpty() ? e.category : e.subCategory;
        e.title = place.isEmpty() ? sub : QStringLiteral("%1 in %2").arg(sub, place);
        if (const QString t = csvField(fields, xTitle); !t.isEmpty()) e.title = t;
        if (const QString t = csvField(fields, xStart); !t.isEmpty()) {
            const auto start = FuzzyDate::parse(t);
            if (!start) {
                reject(QStringLiteral("start '%1' is not a date").arg(t));
                continue;
            }
            e.start = start->seconds;
            e.precision = start->precision;
        }
        if (const QString t = csvField(fields, xEnd); !t.isEmpty()) {
            const auto end = FuzzyDate::parse(t);
            if (!end || end->seconds < e.start) {
                reject(QStringLiteral("end '%1' is not a date after the start").arg(t));
                continue;
            }
            e.end = end->seconds;
        }
        if (const QString t = csvField(fields, xApproximate); !t.isEmpty())
            e.approximate = t == QLatin1String("true") || t == QLatin1String("1");
        if (const QString t = csvField(fields, xActors); !t.isEmpty()) {
            e.actors.clear();
            for (const QString& a : t.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                e.actors << a.trimmed();
        }
        if (const QString t = csvField(fields, xSources); !t.isEmpty()) {
            e.sources.clear();
            for (const auto& v : QJsonDocument::fromJson(t.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                e.sources.append(Source{o.value(QLatin1String("name")).toString(),
                                        o.value(QLatin1String("url")).toString(),
                                        o.value(QLatin1String("quote")).toString()});
            }
        }
        if (e.title.isEmpty()) e.title = QStringLiteral("ACLED event %1").arg(e.externalId);
        writer.addEvent(e);
        ++report.imported;
    }
    return report;
}
