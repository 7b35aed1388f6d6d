#include "io/UcdpImporter.h"

#include "io/CsvFamily.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QDateTime>
#include <cstring>

namespace {

struct GedColumns {
    int id, start, end, datePrec, wherePrec, lat, lon, violence, sideA, sideB, best, low, high,
        place, whereDescription, adm1, country, sourceArticle, conflict, deathsA, deathsB,
        deathsCivilians, deathsUnknown;
    QList<int> used; // the columns of kGedColumns; the others are attributes

    explicit GedColumns(const CsvHeader& h);
    QString missing() const;
};

constexpr CsvColumn<GedColumns> kGedColumns[] = {
    {&GedColumns::id, "id"},
    {&GedColumns::start, "date_start", nullptr, true},
    {&GedColumns::end, "date_end"},
    {&GedColumns::datePrec, "date_prec"},
    {&GedColumns::wherePrec, "where_prec"},
    {&GedColumns::lat, "latitude", nullptr, true},
    {&GedColumns::lon, "longitude", nullptr, true},
    {&GedColumns::violence, "type_of_violence"},
    {&GedColumns::sideA, "side_a"},
    {&GedColumns::sideB, "side_b"},
    {&GedColumns::best, "best", "best_est"},
    {&GedColumns::low, "low", "low_est"},
    {&GedColumns::high, "high", "high_est"},
    {&GedColumns::place, "where_coordinates"},
    {&GedColumns::whereDescription, "where_description"},
    {&GedColumns::adm1, "adm_1"},
    {&GedColumns::country, "country"},
    {&GedColumns::sourceArticle, "source_article"},
    {&GedColumns::conflict, "conflict_name"},
    {&GedColumns::deathsA, "deaths_a"},
    {&GedColumns::deathsB, "deaths_b"},
    {&GedColumns::deathsCivilians, "deaths_civilians"},
    {&GedColumns::deathsUnknown, "deaths_unknown"},
};

GedColumns::GedColumns(const CsvHeader& h)
{
    findColumns(*this, h, kGedColumns);
}

QString GedColumns::missing() const
{
    return missingColumns(*this, kGedColumns, "a UCDP GED export");
}

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

namespace {

// date_start, date_end and date_prec: the day or the range, and what date_prec says of them.
bool gedDates(const GedColumns& col, const CsvRecordFields& field, Event& e, QString* why)
{
    const QString startText = field(col.start);
    const auto start = gedDay(startText);
    if (!start) {
        *why = QStringLiteral("date_start '%1' is not a date").arg(startText.left(40));
        return false;
    }
    const QString endText = field(col.end);
    const auto end = endText.isEmpty() ? start : gedDay(endText);
    if (!end || end->seconds < start->seconds) {
        *why = QStringLiteral("date_end '%1' is not a date on or after date_start")
                   .arg(endText.left(40));
        return false;
    }
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
        if (s.year() == t.year() && (!month || s.month() == t.month())) {
            e.precision = month ? DatePrecision::Month : DatePrecision::Year;
            e.start = floorTo(e.start, e.precision);
            e.end.reset();
        } else {
            e.approximate = true;
        }
    } else if (!dp.isEmpty() && dp != QLatin1String("1")) {
        *why = QStringLiteral("date_prec '%1' is not 1 to 5").arg(dp.left(20));
        return false;
    }
    return true;
}

// best is the fatality count; low and high go into the description, with the conflict, the
// deaths by side and the place as GED describes it.
bool gedDescription(const GedColumns& col, const CsvRecordFields& field, Event& e, QString* why)
{
    std::optional<int> counts[3];
    const char* const names[3] = {"best", "low", "high"};
    const int countColumns[3] = {col.best, col.low, col.high};
    for (int i = 0; i < 3; ++i) {
        QString reason;
        counts[i] = FieldParsers::count(field(countColumns[i]), &reason);
        if (!reason.isEmpty()) {
            *why = QLatin1String(names[i]) + QStringLiteral(": ") + reason;
            return false;
        }
    }
    e.fatalities = counts[0];
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
    return true;
}

// The title rule: "<side_a> vs <side_b> in <place>"; one-sided violence reads
// "<side_a> against civilians in <place>".
QString gedTitle(const QString& violence, const QString& sideA, const QString& sideB,
                 const Event& e, const QString& place)
{
    QString who;
    if (violence == QLatin1String("3") && !sideA.isEmpty())
        who = sideA + QStringLiteral(" against civilians");
    else if (!sideA.isEmpty() && !sideB.isEmpty())
        who = sideA + QStringLiteral(" vs ") + sideB;
    else
        who = !sideA.isEmpty() ? sideA : !sideB.isEmpty() ? sideB : e.category;
    const QString title =
        who.isEmpty() || place.isEmpty() ? who + place : QStringLiteral("%1 in %2").arg(who, place);
    return title.isEmpty() ? QStringLiteral("UCDP event %1").arg(e.externalId) : title;
}

class UcdpFormat final : public CsvColumnsFormat<GedColumns> {
  public:
    UcdpFormat() : CsvColumnsFormat(true) {}
    bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const override;
};

bool UcdpFormat::map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const
{
    const GedColumns& col = *col_;
    const CsvRecordFields field(fields);
    Event& e = row.event;
    if (!gedDates(col, field, e, why)) return false;
    // No coordinates at all: where_coordinates is looked up.
    const QString place = field(col.place);
    const auto position = FieldParsers::rowPosition(field(col.lat), field(col.lon), place,
                                                    QStringLiteral("where_coordinates"), e.lat,
                                                    e.lon, why, decimalComma_);
    if (position == FieldParsers::RowPosition::Invalid) return false;
    if (const QString wp = field(col.wherePrec); !wp.isEmpty()) {
        const auto g = wherePrecision(wp);
        if (!g) return fail(why, QStringLiteral("where_prec '%1' is not 1 to 7").arg(wp.left(20)));
        e.geoPrecision = *g;
    }
    const QString violence = field(col.violence);
    e.category = violenceName(violence);
    if (e.category.isEmpty() && !violence.isEmpty())
        return fail(
            why, QStringLiteral("type_of_violence '%1' is not 1, 2 or 3").arg(violence.left(20)));
    if (!gedDescription(col, field, e, why)) return false;

    const QString sideA = field(col.sideA), sideB = field(col.sideB);
    for (const QString& side : {sideA, sideB})
        if (!side.isEmpty() && !e.actors.contains(side)) e.actors << side;
    e.externalId = field(col.id);
    for (const QString& article : field(col.sourceArticle).split(QLatin1Char(';')))
        if (!article.trimmed().isEmpty()) e.sources.append(Source{article.trimmed(), {}, {}});
    e.title = gedTitle(violence, sideA, sideB, e, place);
    e.titleDerived = true; // from the columns above: GED has no title

    row.place = place;
    row.lookup = bareName(place);
    row.admin1 = field(col.adm1);
    row.country = field(col.country);
    row.position = position;
    return true;
}

} // namespace

ImportReport UcdpImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    UcdpFormat format;
    return runCsvFamily(*this, format, source, writer);
}
