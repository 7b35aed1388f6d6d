#include "io/CsvImporter.h"

#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QHash>

namespace {

struct Columns {
    int lat, lon, date, end, title, description, category, subCategory, actors, fatalities, place,
        source, url, precision;

    explicit Columns(const CsvHeader& h)
        : lat(h.find({"latitude", "lat", "y"})),
          lon(h.find({"longitude", "lon", "lng", "long", "x"})),
          date(h.find({"date", "event_date", "start", "start_date", "date_start", "time",
                       "timestamp", "datetime", "when"})),
          end(h.find({"end", "end_date", "date_end"})),
          title(h.find({"title", "name", "headline", "event", "summary"})),
          description(h.find({"description", "notes", "note", "details", "text"})),
          category(h.find({"category", "type", "event_type", "kind"})),
          subCategory(h.find({"sub_category", "subcategory", "sub_event_type", "subtype"})),
          actors(h.find({"actors", "actor", "actor1"})),
          fatalities(h.find({"fatalities", "deaths", "killed", "casualties"})),
          place(h.find({"place", "location", "city", "town", "place_name"})),
          source(h.find({"source", "sources"})), url(h.find({"url", "link", "source_url"})),
          precision(h.find({"precision", "date_precision"}))
    {
    }
};

QStringList splitActors(const QString& text)
{
    QStringList out;
    for (const QString& a : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty()) out << a.trimmed();
    return out;
}

} // namespace

ImportReport CsvImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    CsvReader reader = CsvReader::detecting(source);
    const bool decimalComma = reader.delimiter() == ';';
    std::vector<QByteArray> fields;
    if (!reader.next(fields)) throw ImportError(QStringLiteral("the file is empty"));
    const CsvHeader header(fields);
    const Columns col(header);
    if (col.date < 0)
        throw ImportError(QStringLiteral("no date column found in the header (looked for date, "
                                         "event_date, start, start_date, time, timestamp)"),
                          1);
    if ((col.lat < 0) != (col.lon < 0) || (col.lat < 0 && col.place < 0))
        throw ImportError(QStringLiteral("no latitude and longitude columns (or place column) "
                                         "found in the header"),
                          1);

    QHash<QString, qint64> knownPlaces; // place name → location id, 0 when unknown
    qint64 unplaced = 0;
    qint64 rows = 0;
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty()) continue; // blank line
        if (progress && (++rows & 0x3ff) == 0 && !progress(reader.bytesRead()))
            throw ImportError(QStringLiteral("import cancelled"));
        const qint64 line = reader.recordLine();
        auto reject = [&](const QString& reason) { report.rejected.append({line, reason}); };
        QString reason;

        const auto start = FieldParsers::date(csvField(fields, col.date), &reason);
        if (!start) {
            reject(reason);
            continue;
        }
        Event e;
        e.start = start->seconds;
        e.precision = start->precision;
        if (col.precision >= 0)
            if (auto p = datePrecisionFromString(csvField(fields, col.precision));
                p && *p < e.precision) {
                e.precision = *p; // an explicit coarser precision widens the date
                e.start = floorTo(e.start, *p);
            }
        if (const QString endText = csvField(fields, col.end); !endText.isEmpty()) {
            const auto end = FieldParsers::date(endText, &reason);
            if (!end) {
                reject(QStringLiteral("end: ") + reason);
                continue;
            }
            if (end->seconds < e.start) {
                reject(QStringLiteral("end date %1 is before the start").arg(endText));
                continue;
            }
            e.end = floorTo(end->seconds, e.precision);
        }
        if (col.lat >= 0) {
            const QString latText = csvField(fields, col.lat);
            const QString lonText = csvField(fields, col.lon);
            if (!latText.isEmpty() || !lonText.isEmpty() || col.place < 0) {
                const auto lat = FieldParsers::latitude(latText, &reason, decimalComma);
                const auto lon =
                    lat ? FieldParsers::longitude(lonText, &reason, decimalComma) : std::nullopt;
                if (!lat || !lon) {
                    reject(reason);
                    continue;
                }
                e.lat = *lat;
                e.lon = *lon;
            }
        }
        e.locationName = csvField(fields, col.place);
        if (!e.hasCoordinate() && e.locationName.isEmpty()) {
            reject(QStringLiteral("no latitude and longitude, and no place"));
            continue;
        }
        e.description = csvField(fields, col.description);
        e.title = csvField(fields, col.title);
        if (e.title.isEmpty()) e.title = e.description.left(120);
        if (e.title.isEmpty()) e.title = e.locationName;
        if (e.title.isEmpty()) {
            reject(QStringLiteral("no title, description or place"));
            continue;
        }
        e.category = csvField(fields, col.category);
        e.subCategory = csvField(fields, col.subCategory);
        e.actors = splitActors(csvField(fields, col.actors));
        e.fatalities = FieldParsers::count(csvField(fields, col.fatalities), &reason);
        if (!reason.isEmpty()) {
            reject(QStringLiteral("fatalities: ") + reason);
            continue;
        }
        const QString sourceName = csvField(fields, col.source);
        const QString url = csvField(fields, col.url);
        if (!sourceName.isEmpty() || !url.isEmpty()) e.sources.append(Source{sourceName, url, {}});
        if (!e.hasCoordinate()) {
            // A place without coordinates takes its position from a location of exactly that
            // name in the project; no other geocoding is attempted.
            auto known = knownPlaces.find(e.locationName);
            if (known == knownPlaces.end()) {
                if (knownPlaces.size() >= 100'000) knownPlaces.clear();
                known = knownPlaces.insert(e.locationName, writer.findLocation(e.locationName));
            }
            if (*known)
                e.locationId = *known;
            else
                ++unplaced;
        }
        writer.addEvent(e);
        ++report.imported;
    }
    if (unplaced > 0)
        report.warnings << QStringLiteral("%1 imported rows have no coordinates and name a place "
                                          "that is not in the project: they are on the timeline, "
                                          "not on the map")
                               .arg(unplaced);
    return report;
}
