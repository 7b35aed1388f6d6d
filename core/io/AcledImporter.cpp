#include "io/AcledImporter.h"

#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/CsvRecords.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"
#include "io/PlaceCache.h"
#include "io/PlaceResolver.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct AcledColumns {
    int date, lat, lon, timePrecision, geoPrecision, type, subType, actor1, actor2, assoc1, assoc2,
        location, admin1, country, fatalities, notes, source, id, tags;
    // Tigris's own columns, written by `tigris export-data` so that a round trip loses nothing.
    int title, start, end, approximate, actors, sourcesJson, position;

    explicit AcledColumns(const CsvHeader& h)
        : date(h.find({"event_date"})), lat(h.find({"latitude"})), lon(h.find({"longitude"})),
          timePrecision(h.find({"time_precision"})), geoPrecision(h.find({"geo_precision"})),
          type(h.find({"event_type"})), subType(h.find({"sub_event_type"})),
          actor1(h.find({"actor1"})), actor2(h.find({"actor2"})), assoc1(h.find({"assoc_actor_1"})),
          assoc2(h.find({"assoc_actor_2"})), location(h.find({"location"})),
          admin1(h.find({"admin1"})), country(h.find({"country"})),
          fatalities(h.find({"fatalities"})), notes(h.find({"notes"})), source(h.find({"source"})),
          id(h.find({"event_id_cnty"})), tags(h.find({"tags"})), title(h.find({"title"})),
          start(h.find({"start"})), end(h.find({"end"})), approximate(h.find({"approximate"})),
          actors(h.find({"actors"})), sourcesJson(h.find({"sources_json"})),
          position(h.find({"position"}))
    {
    }
};

// ACLED's codebook gives event_date as dd-mm-yyyy: in this format the order is certain.
std::optional<FuzzyDate> acledDate(const QString& text, QString* reason)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4) {
        bool okD = false, okM = false, okY = false;
        const QDate d(parts[2].toInt(&okY), parts[1].toInt(&okM), parts[0].toInt(&okD));
        if (okD && okM && okY && d.isValid())
            return FuzzyDate::fromParts(d.year(), d.month(), d.day());
    }
    return FieldParsers::date(text, reason);
}

void appendSplit(QStringList& out, const QString& text)
{
    if (text.isEmpty()) return;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t)) out << t;
    }
}

} // namespace

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
    const bool decimalComma = reader.delimiter() == ';';
    std::vector<QByteArray> fields;
    if (!reader.next(fields)) throw ImportError(QStringLiteral("the file is empty"));
    const AcledColumns col{CsvHeader(fields)};
    if (col.date < 0 || col.lat < 0 || col.lon < 0)
        throw ImportError(QStringLiteral("not an ACLED export: the header lacks event_date, "
                                         "latitude or longitude"),
                          1);

    PlaceCache places(writer);
    PlaceResolver gazetteer(writer);
    CsvRecords records(reader, progress, report);
    while (records.next(fields)) {
        QString reason;
        auto reject = [&](const QString& r) { records.reject(r); };
        const auto field = [&](int column) { return csvField(fields, column); };

        const auto d = acledDate(field(col.date), &reason);
        if (!d) {
            reject(QStringLiteral("event_date: ") + reason);
            continue;
        }
        Event e;
        e.start = d->seconds;
        e.precision = d->precision;
        const QString tp = field(col.timePrecision);
        if (tp == QLatin1String("2")) { // within a week: the day given, marked approximate
            e.approximate = true;
        } else if (tp == QLatin1String("3")) { // within the month
            e.precision = std::min(e.precision, DatePrecision::Month);
            e.start = floorTo(e.start, e.precision);
        } else if (!tp.isEmpty() && tp != QLatin1String("1")) {
            reject(QStringLiteral("time_precision '%1' is not 1, 2 or 3").arg(tp));
            continue;
        }
        // No coordinates at all (a hand-made file): the location is looked up; but not for an
        // event Tigris's export marks as having no position ("none"): it stays so.
        const QString place = field(col.location), latText = field(col.lat),
                      lonText = field(col.lon);
        const bool unplaced = field(col.position) == QLatin1String("none") &&
                              latText.trimmed().isEmpty() && lonText.trimmed().isEmpty();
        const auto position =
            unplaced
                ? FieldParsers::RowPosition::ByPlace
                : FieldParsers::rowPosition(latText, lonText, place, QStringLiteral("location"),
                                            e.lat, e.lon, &reason, decimalComma);
        if (position == FieldParsers::RowPosition::Invalid) {
            reject(reason);
            continue;
        }
        const bool geocode = !unplaced && position == FieldParsers::RowPosition::ByPlace;
        if (const QString gp = field(col.geoPrecision); !gp.isEmpty()) {
            const auto g = gp.size() == 1 ? geoPrecisionFromString(gp) : std::nullopt;
            if (!g) {
                reject(QStringLiteral("geo_precision '%1' is not 1, 2 or 3").arg(gp));
                continue;
            }
            e.geoPrecision = *g;
        }
        e.fatalities = FieldParsers::count(field(col.fatalities), &reason);
        if (!reason.isEmpty()) {
            reject(QStringLiteral("fatalities: ") + reason);
            continue;
        }
        e.category = field(col.type);
        e.subCategory = field(col.subType);
        for (int c : {col.actor1, col.actor2, col.assoc1, col.assoc2})
            appendSplit(e.actors, field(c));
        e.description = field(col.notes);
        e.externalId = field(col.id);
        appendSplit(e.tags, field(col.tags));
        for (const QString& s : field(col.source).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty()) e.sources.append(Source{s.trimmed(), {}, {}});

        // The title rule: "<sub_event_type> in <location>" (ACLED has no title column).
        const QString what = e.subCategory.isEmpty() ? e.category : e.subCategory;
        e.title = place.isEmpty() || what.isEmpty() ? what + place
                                                    : QStringLiteral("%1 in %2").arg(what, place);

        // Tigris's round-trip columns override what was derived above.
        if (const QString t = field(col.title); !t.isEmpty()) e.title = t;
        if (const QString t = field(col.start); !t.isEmpty()) {
            const auto start = FuzzyDate::parse(t);
            if (!start) {
                reject(QStringLiteral("start '%1' is not a date").arg(t));
                continue;
            }
            e.start = start->seconds;
            e.precision = start->precision;
        }
        if (const QString t = field(col.end); !t.isEmpty()) {
            const auto end = FuzzyDate::parse(t);
            if (!end || end->seconds < e.start) {
                reject(QStringLiteral("end '%1' is not a date after the start").arg(t));
                continue;
            }
            e.end = end->seconds;
        }
        if (const QString t = field(col.approximate); !t.isEmpty())
            e.approximate = t == QLatin1String("true") || t == QLatin1String("1");
        if (const QString t = field(col.actors); !t.isEmpty()) {
            e.actors.clear();
            appendSplit(e.actors, t);
        }
        if (const QString t = field(col.sourcesJson); !t.isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray()) {
                reject(QStringLiteral("sources_json is not a JSON array"));
                continue;
            }
            e.sources.clear();
            for (const auto& v : doc.array()) {
                const QJsonObject o = v.toObject();
                e.sources.append(Source{o.value(QLatin1String("name")).toString(),
                                        o.value(QLatin1String("url")).toString(),
                                        o.value(QLatin1String("quote")).toString()});
            }
        }
        if (e.title.isEmpty()) e.title = QStringLiteral("ACLED event %1").arg(e.externalId);

        // Only a row that is stored adds its place.
        if (geocode) {
            e.locationName = place;
            gazetteer.place(e, field(col.country), field(col.admin1), records.line(), report);
        } else if (unplaced) {
            e.locationName = place;
        } else if (!place.isEmpty()) {
            e.locationId = places.idFor(place, field(col.admin1), field(col.country), e.lat, e.lon);
        }
        writer.addEvent(e);
        ++report.imported;
    }
    gazetteer.finish(report);
    return report;
}
