#include "io/AcledImporter.h"

#include "io/CsvFamily.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct AcledColumns {
    int date, lat, lon, timePrecision, geoPrecision, type, subType, actor1, actor2, assoc1, assoc2,
        location, admin1, country, fatalities, notes, source, id, tags;
    // Tigris's own columns, written by `tigris export-data` so that a round trip loses nothing.
    int title, start, end, approximate, actors, sourcesJson, position, titleDerived, open;
    QList<int> used; // the columns read into fields; the others are attributes

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
          position(h.find({"position"})), titleDerived(h.find({"title_derived"})),
          open(h.find({"open"}))
    {
        for (const QString& name : AcledImporter::roleColumns())
            used << h.names().indexOf(name);
    }
    QString missing() const
    {
        return date < 0 || lat < 0 || lon < 0
                   ? QStringLiteral("not an ACLED export: the header lacks event_date, "
                                    "latitude or longitude")
                   : QString();
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

const QStringList& AcledImporter::roleColumns()
{
    static const QStringList names{
        "event_date",    "latitude",      "longitude",      "time_precision",
        "geo_precision", "event_type",    "sub_event_type", "actor1",
        "actor2",        "assoc_actor_1", "assoc_actor_2",  "location",
        "admin1",        "country",       "fatalities",     "notes",
        "source",        "event_id_cnty", "tags",           "title",
        "start",         "end",           "approximate",    "actors",
        "sources_json",  "position",      "title_derived",  "open",
        "precision"}; // export-data's, implied by `start`
    return names;
}

bool AcledImporter::looksLikeAcled(const QByteArray& headerLine)
{
    const QByteArray h = headerLine.toLower();
    return h.contains("event_id_cnty") ||
           (h.contains("event_date") && h.contains("sub_event_type") && h.contains("actor1"));
}

namespace {

class AcledFormat final : public CsvColumnsFormat<AcledColumns> {
  public:
    AcledFormat() : CsvColumnsFormat(false) {}
    bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const override;
};

bool AcledFormat::map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const
{
    const AcledColumns& col = *col_;
    const bool decimalComma = decimalComma_;
    const auto fail = [why](const QString& r) { return CsvColumnsFormat::fail(why, r); };
    const auto field = [&](int column) { return csvField(fields, column); };
    Event& e = row.event;
    QString reason;

    const auto d = acledDate(field(col.date), &reason);
    if (!d) return fail(QStringLiteral("event_date: ") + reason);
    e.start = d->seconds;
    e.precision = d->precision;
    const QString tp = field(col.timePrecision);
    if (tp == QLatin1String("2")) { // within a week: the day given, marked approximate
        e.approximate = true;
    } else if (tp == QLatin1String("3")) { // within the month
        e.precision = std::min(e.precision, DatePrecision::Month);
        e.start = floorTo(e.start, e.precision);
    } else if (!tp.isEmpty() && tp != QLatin1String("1"))
        return fail(QStringLiteral("time_precision '%1' is not 1, 2 or 3").arg(tp));
    // No coordinates at all (a hand-made file): the location is looked up; but not for an
    // event Tigris's export marks as having no position ("none"): it stays so.
    const QString place = field(col.location), latText = field(col.lat), lonText = field(col.lon);
    const bool unplaced = field(col.position) == QLatin1String("none") &&
                          latText.trimmed().isEmpty() && lonText.trimmed().isEmpty();
    const auto position =
        unplaced ? FieldParsers::RowPosition::ByPlace
                 : FieldParsers::rowPosition(latText, lonText, place, QStringLiteral("location"),
                                             e.lat, e.lon, &reason, decimalComma);
    if (position == FieldParsers::RowPosition::Invalid) return fail(reason);
    if (const QString gp = field(col.geoPrecision); !gp.isEmpty()) {
        const auto g = gp.size() == 1 ? geoPrecisionFromString(gp) : std::nullopt;
        if (!g) return fail(QStringLiteral("geo_precision '%1' is not 1, 2 or 3").arg(gp));
        e.geoPrecision = *g;
    }
    e.fatalities = FieldParsers::count(field(col.fatalities), &reason);
    if (!reason.isEmpty()) return fail(QStringLiteral("fatalities: ") + reason);
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
        if (!start) return fail(QStringLiteral("start '%1' is not a date").arg(t));
        e.start = start->seconds;
        e.precision = start->precision;
    }
    if (const QString t = field(col.end); !t.isEmpty()) {
        const auto end = FuzzyDate::parse(t);
        if (!end || end->seconds < e.start)
            return fail(QStringLiteral("end '%1' is not a date after the start").arg(t));
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
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return fail(QStringLiteral("sources_json is not a JSON array"));
        e.sources.clear();
        for (const auto& v : doc.array()) {
            const QJsonObject o = v.toObject();
            e.sources.append(Source{o.value(QLatin1String("name")).toString(),
                                    o.value(QLatin1String("url")).toString(),
                                    o.value(QLatin1String("quote")).toString()});
        }
    }
    if (e.title.isEmpty()) e.title = QStringLiteral("ACLED event %1").arg(e.externalId);
    // ACLED's rule above is a derived title; a title column is not, unless the export
    // that wrote it says so.
    e.titleDerived = field(col.title).isEmpty() || field(col.titleDerived) == QLatin1String("true");
    e.openStart = field(col.open) == QLatin1String("start");
    e.openEnd = field(col.open) == QLatin1String("end");
    row.place = place;
    row.admin1 = field(col.admin1);
    row.country = field(col.country);
    row.position = position;
    row.keepUnplaced = unplaced;
    return true;
}

} // namespace

ImportReport AcledImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    AcledFormat format;
    return runCsvFamily(*this, format, source, writer);
}
