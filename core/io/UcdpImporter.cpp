#include "io/UcdpImporter.h"

#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/CsvRecords.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"
#include "io/PlaceCache.h"
#include "io/PlaceResolver.h"

#include <QDateTime>
#include <cstring>

namespace {

struct GedColumns {
    int id, start, end, datePrec, wherePrec, lat, lon, violence, sideA, sideB, best, low, high,
        place, whereDescription, adm1, country, sourceArticle, conflict, deathsA, deathsB,
        deathsCivilians, deathsUnknown;

    explicit GedColumns(const CsvHeader& h)
        : id(h.find({"id"})), start(h.find({"date_start"})), end(h.find({"date_end"})),
          datePrec(h.find({"date_prec"})), wherePrec(h.find({"where_prec"})),
          lat(h.find({"latitude"})), lon(h.find({"longitude"})),
          violence(h.find({"type_of_violence"})), sideA(h.find({"side_a"})),
          sideB(h.find({"side_b"})), best(h.find({"best", "best_est"})),
          low(h.find({"low", "low_est"})), high(h.find({"high", "high_est"})),
          place(h.find({"where_coordinates"})), whereDescription(h.find({"where_description"})),
          adm1(h.find({"adm_1"})), country(h.find({"country"})),
          sourceArticle(h.find({"source_article"})), conflict(h.find({"conflict_name"})),
          deathsA(h.find({"deaths_a"})), deathsB(h.find({"deaths_b"})),
          deathsCivilians(h.find({"deaths_civilians"})), deathsUnknown(h.find({"deaths_unknown"}))
    {
    }
};

// GED writes days as "2014-06-10", some releases as "2014-06-10 00:00:00.000": the day is all
// that is meant either way.
std::optional<FuzzyDate> gedDay(const QString& text)
{
    QStringView t(text);
    if (t.size() > 10 && (t[10] == QLatin1Char(' ') || t[10] == QLatin1Char('T')) &&
        t.mid(11).startsWith(QLatin1String("00:00:00")))
        t = t.left(10);
    if (t.size() != 10) return std::nullopt;
    QString ignored;
    const auto d = FieldParsers::date(t.toString(), &ignored); // its ISO fast path
    return d && d->precision == DatePrecision::Day ? d : std::nullopt;
}

QString violenceName(const QString& code)
{
    if (code == QLatin1String("1")) return QStringLiteral("State-based conflict");
    if (code == QLatin1String("2")) return QStringLiteral("Non-state conflict");
    if (code == QLatin1String("3")) return QStringLiteral("One-sided violence");
    return {};
}

// where_prec (GED codebook): 1 the exact place; 2 a limited area around a named place; 3 a
// second-order division (district), at its centroid; 4 a first-order division (province), at
// its centroid; 5 a part of the country larger than a province, a point between two named
// places, or a vaguely given place; 6 only the country (its centroid); 7 waters or
// international airspace. A district is "near" as GeoPrecision means it; 4-7 are regions.
std::optional<GeoPrecision> wherePrecision(const QString& code)
{
    if (code == QLatin1String("1")) return GeoPrecision::Exact;
    if (code == QLatin1String("2") || code == QLatin1String("3")) return GeoPrecision::Near;
    if (code.size() == 1 && code[0] >= QLatin1Char('4') && code[0] <= QLatin1Char('7'))
        return GeoPrecision::Region;
    return std::nullopt;
}

// where_coordinates names the place with its kind, "Mosul town", "Baghdad city"; the
// gazetteer knows the bare name.
QString bareName(const QString& place)
{
    for (const char* kind : {" town", " city", " village"})
        if (place.endsWith(QLatin1String(kind), Qt::CaseInsensitive))
            return place.chopped(qsizetype(std::strlen(kind))).trimmed();
    return place;
}

} // namespace

bool UcdpImporter::looksLikeUcdp(const QByteArray& headerLine)
{
    const QByteArray h = headerLine.toLower();
    return h.contains("date_prec") && h.contains("where_prec") && h.contains("date_start");
}

ImportReport UcdpImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    CsvReader reader = CsvReader::detecting(source);
    const bool decimalComma = reader.delimiter() == ';';
    std::vector<QByteArray> fields;
    if (!reader.next(fields)) throw ImportError(QStringLiteral("the file is empty"));
    const GedColumns col{CsvHeader(fields)};
    const qsizetype columns = qsizetype(fields.size());
    if (col.start < 0 || col.lat < 0 || col.lon < 0)
        throw ImportError(QStringLiteral("not a UCDP GED export: the header lacks date_start, "
                                         "latitude or longitude"),
                          1);

    PlaceCache places(writer);
    PlaceResolver gazetteer(writer);
    CsvRecords records(reader, progress, report, columns);
    while (records.next(fields)) {
        auto reject = [&](const QString& r) { records.reject(r); };
        const auto field = [&](int column) { return csvField(fields, column); };

        const QString startText = field(col.start);
        const auto start = gedDay(startText);
        if (!start) {
            reject(QStringLiteral("date_start '%1' is not a date").arg(startText.left(40)));
            continue;
        }
        const QString endText = field(col.end);
        const auto end = endText.isEmpty() ? start : gedDay(endText);
        if (!end || end->seconds < start->seconds) {
            reject(QStringLiteral("date_end '%1' is not a date on or after date_start")
                       .arg(endText.left(40)));
            continue;
        }
        Event e;
        e.start = start->seconds;
        e.precision = DatePrecision::Day;
        if (end->seconds > start->seconds) e.end = end->seconds;
        const QString dp = field(col.datePrec);
        if (dp == QLatin1String("2") || dp == QLatin1String("3")) {
            // Some day within a range of up to a week: the range, marked approximate.
            e.approximate = true;
        } else if (dp == QLatin1String("4") || dp == QLatin1String("5")) {
            // Only the month (4) or the year (5) is known: that unit when the range lies in one,
            // else the range itself, approximate.
            const bool month = dp == QLatin1String("4");
            const QDate s = QDateTime::fromSecsSinceEpoch(start->seconds, Qt::UTC).date();
            const QDate t = QDateTime::fromSecsSinceEpoch(end->seconds, Qt::UTC).date();
            const bool sameUnit = s.year() == t.year() && (!month || s.month() == t.month());
            if (sameUnit) {
                e.precision = month ? DatePrecision::Month : DatePrecision::Year;
                e.start = floorTo(e.start, e.precision);
                e.end.reset();
            } else {
                e.approximate = true;
            }
        } else if (!dp.isEmpty() && dp != QLatin1String("1")) {
            reject(QStringLiteral("date_prec '%1' is not 1 to 5").arg(dp.left(20)));
            continue;
        }

        // No coordinates at all: where_coordinates is looked up.
        QString reason;
        const QString place = field(col.place), latText = field(col.lat), lonText = field(col.lon);
        const auto position =
            FieldParsers::rowPosition(latText, lonText, place, QStringLiteral("where_coordinates"),
                                      e.lat, e.lon, &reason, decimalComma);
        if (position == FieldParsers::RowPosition::Invalid) {
            reject(reason);
            continue;
        }
        const bool geocode = position == FieldParsers::RowPosition::ByPlace;
        if (const QString wp = field(col.wherePrec); !wp.isEmpty()) {
            const auto g = wherePrecision(wp);
            if (!g) {
                reject(QStringLiteral("where_prec '%1' is not 1 to 7").arg(wp.left(20)));
                continue;
            }
            e.geoPrecision = *g;
        }
        const QString violence = field(col.violence);
        e.category = violenceName(violence);
        if (e.category.isEmpty() && !violence.isEmpty()) {
            reject(QStringLiteral("type_of_violence '%1' is not 1, 2 or 3").arg(violence.left(20)));
            continue;
        }

        // best is the fatality count; low and high are kept in the description.
        std::optional<int> counts[3];
        const char* const names[3] = {"best", "low", "high"};
        const int countColumns[3] = {col.best, col.low, col.high};
        bool bad = false;
        for (int i = 0; i < 3 && !bad; ++i) {
            reason.clear();
            counts[i] = FieldParsers::count(field(countColumns[i]), &reason);
            if (!reason.isEmpty()) {
                reject(QLatin1String(names[i]) + QStringLiteral(": ") + reason);
                bad = true;
            }
        }
        if (bad) continue;
        e.fatalities = counts[0];

        const QString sideA = field(col.sideA), sideB = field(col.sideB);
        for (const QString& side : {sideA, sideB})
            if (!side.isEmpty() && !e.actors.contains(side)) e.actors << side;
        e.externalId = field(col.id);
        for (const QString& article : field(col.sourceArticle).split(QLatin1Char(';')))
            if (!article.trimmed().isEmpty()) e.sources.append(Source{article.trimmed(), {}, {}});

        QStringList about;
        if (const QString c = field(col.conflict); !c.isEmpty())
            about << QStringLiteral("Conflict: ") + c;
        if (counts[0] || counts[1] || counts[2]) {
            const auto n = [](const std::optional<int>& v) {
                return v ? QString::number(*v) : QStringLiteral("unknown");
            };
            about << QStringLiteral("Deaths: best %1 (low %2, high %3)")
                         .arg(n(counts[0]), n(counts[1]), n(counts[2]));
        }
        QStringList parts;
        for (auto [name, column] : {std::pair{"side A", col.deathsA},
                                    {"side B", col.deathsB},
                                    {"civilians", col.deathsCivilians},
                                    {"unknown", col.deathsUnknown}})
            if (const QString v = field(column); !v.isEmpty())
                parts << QStringLiteral("%1 %2").arg(QLatin1String(name), v);
        if (!parts.isEmpty()) about << QStringLiteral("Deaths by side: ") + parts.join(", ");
        if (const QString w = field(col.whereDescription); !w.isEmpty())
            about << QStringLiteral("Place: ") + w;
        e.description = about.join(QLatin1Char('\n'));

        // The title rule: "<side_a> vs <side_b> in <place>"; one-sided violence reads
        // "<side_a> against civilians in <place>".
        QString who;
        if (violence == QLatin1String("3") && !sideA.isEmpty())
            who = sideA + QStringLiteral(" against civilians");
        else if (!sideA.isEmpty() && !sideB.isEmpty())
            who = sideA + QStringLiteral(" vs ") + sideB;
        else
            who = !sideA.isEmpty() ? sideA : !sideB.isEmpty() ? sideB : e.category;
        e.title = who.isEmpty() || place.isEmpty() ? who + place
                                                   : QStringLiteral("%1 in %2").arg(who, place);
        if (e.title.isEmpty()) e.title = QStringLiteral("UCDP event %1").arg(e.externalId);

        if (geocode) {
            e.locationName = place;
            gazetteer.place(e, field(col.country), field(col.adm1), records.line(), report,
                            bareName(place));
        } else if (!place.isEmpty()) {
            e.locationId = places.idFor(place, field(col.adm1), field(col.country), e.lat, e.lon);
        }
        writer.addEvent(e);
        ++report.imported;
    }
    gazetteer.finish(report);
    return report;
}
