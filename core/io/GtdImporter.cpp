#include "io/GtdImporter.h"

#include "io/CsvFamily.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QDate>

namespace {

struct GtdColumns {
    int id, year, month, day, approxDate, extended, resolution, lat, lon, specificity, city,
        provstate, country, attackType, group1, group2, group3, nkill, summary, cite1, cite2, cite3;
    QList<int> used; // the columns of kGtdColumns; the others are attributes

    explicit GtdColumns(const CsvHeader& h);
    QString missing() const;
};

constexpr CsvColumn<GtdColumns> kGtdColumns[] = {
    {&GtdColumns::id, "eventid"},
    {&GtdColumns::year, "iyear", nullptr, true},
    {&GtdColumns::month, "imonth", nullptr, true},
    {&GtdColumns::day, "iday", nullptr, true},
    {&GtdColumns::approxDate, "approxdate"},
    {&GtdColumns::extended, "extended"},
    {&GtdColumns::resolution, "resolution"},
    {&GtdColumns::lat, "latitude", nullptr, true},
    {&GtdColumns::lon, "longitude", nullptr, true},
    {&GtdColumns::specificity, "specificity"},
    {&GtdColumns::city, "city"},
    {&GtdColumns::provstate, "provstate"},
    {&GtdColumns::country, "country_txt"},
    {&GtdColumns::attackType, "attacktype1_txt"},
    {&GtdColumns::group1, "gname"},
    {&GtdColumns::group2, "gname2"},
    {&GtdColumns::group3, "gname3"},
    {&GtdColumns::nkill, "nkill"},
    {&GtdColumns::summary, "summary"},
    {&GtdColumns::cite1, "scite1"},
    {&GtdColumns::cite2, "scite2"},
    {&GtdColumns::cite3, "scite3"},
};

GtdColumns::GtdColumns(const CsvHeader& h)
{
    findColumns(*this, h, kGtdColumns);
}

QString GtdColumns::missing() const
{
    return missingColumns(*this, kGtdColumns, "a GTD export");
}

// A whole number, tolerating the ".0" that a spreadsheet adds to numeric cells.
std::optional<int> integer(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String(".0"))) text.chop(2);
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// GTD's "Unknown" (city, perpetrator group) is no name at all.
QString known(const QString& text)
{
    return text.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0 ? QString() : text;
}

// resolution: ISO or the other forms FieldParsers reads, and M/D/YYYY, which is how the GTD
// workbook's dates come out of a US spreadsheet (the GTD is compiled in the United States).
std::optional<FuzzyDate> resolutionDate(const QString& text, QString* reason)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts[2].size() == 4) {
        const auto m = integer(parts[0]), d = integer(parts[1]), y = integer(parts[2]);
        if (m && d && y && QDate(*y, *m, *d).isValid()) return FuzzyDate::fromParts(*y, *m, *d);
        *reason = QStringLiteral("'%1' is not a date").arg(text.left(40));
        return std::nullopt;
    }
    return FieldParsers::date(text, reason);
}

} // namespace

bool GtdImporter::looksLikeGtd(const QByteArray& headerLine)
{
    const QByteArray h = headerLine.toLower();
    return h.contains("eventid") && h.contains("iyear") && h.contains("imonth") &&
           h.contains("iday");
}

namespace {

// iyear, imonth, iday (0 for an unknown month or day), approxdate, and for an incident that
// lasted more than 24 hours (extended 1) its end, `resolution`. Notes go into `about`.
bool gtdDates(const GtdColumns& col, const CsvRecordFields& field, Event& e, QStringList& about,
              QString* why)
{
    const auto y = integer(field(col.year)), m = integer(field(col.month)),
               d = integer(field(col.day));
    if (!y || !m || !d || *y < 1 || *m < 0 || *m > 12 || *d < 0 || *d > 31 ||
        (*m == 0 && *d != 0) || !QDate(*y, *m ? *m : 1, *d ? *d : 1).isValid()) {
        *why =
            QStringLiteral("iyear/imonth/iday '%1/%2/%3' is not a date")
                .arg(field(col.year).left(10), field(col.month).left(10), field(col.day).left(10));
        return false;
    }
    const FuzzyDate start = FuzzyDate::fromParts(*y, *m, *d);
    e.start = start.seconds;
    e.precision = start.precision;
    if (const QString approx = field(col.approxDate); !approx.isEmpty()) {
        e.approximate = true;
        about << QStringLiteral("Approximate date: ") + approx;
    }
    const QString extended = field(col.extended);
    if (!extended.isEmpty() && extended != QLatin1String("0") && extended != QLatin1String("1")) {
        *why = QStringLiteral("extended '%1' is not 0 or 1").arg(extended.left(20));
        return false;
    }
    if (extended != QLatin1String("1")) return true;
    const QString res = field(col.resolution);
    if (res.isEmpty()) {
        about << QStringLiteral("Lasted more than 24 hours; end date unknown.");
        return true;
    }
    QString reason;
    const auto end = resolutionDate(res, &reason);
    if (!end) {
        *why = QStringLiteral("resolution: ") + reason;
        return false;
    }
    const qint64 endAt = floorTo(end->seconds, e.precision);
    if (endAt < e.start) {
        *why = QStringLiteral("resolution '%1' is before the start").arg(res.left(40));
        return false;
    }
    if (endAt > e.start) e.end = endAt;
    return true;
}

// specificity 1: the city itself; 2: a city whose coordinates were not found, so the centre of
// the smallest region named; 3: not in a city, that region's centre; 4: the centre of the
// province; 5: no province known.
bool gtdSpecificity(const QString& s, Event& e, QString* why)
{
    if (s.isEmpty()) return true;
    const auto v = integer(s);
    if (!v || *v < 1 || *v > 5) {
        *why = QStringLiteral("specificity '%1' is not 1 to 5").arg(s.left(20));
        return false;
    }
    e.geoPrecision = *v == 1   ? GeoPrecision::Exact
                     : *v <= 3 ? GeoPrecision::Near
                               : GeoPrecision::Region;
    return true;
}

class GtdFormat final : public CsvColumnsFormat<GtdColumns> {
  public:
    GtdFormat() : CsvColumnsFormat(true) {}
    bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const override;
};

bool GtdFormat::map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const
{
    const GtdColumns& col = *col_;
    const CsvRecordFields field(fields);
    Event& e = row.event;
    QStringList about;
    if (const QString a = field(col.summary); !a.isEmpty()) about << a;
    if (!gtdDates(col, field, e, about, why)) return false;

    // No coordinates at all (specificity 5 rows have none): the city is looked up.
    const QString city = known(field(col.city)), province = known(field(col.provstate)),
                  country = field(col.country);
    const auto position =
        FieldParsers::rowPosition(field(col.lat), field(col.lon), city, QStringLiteral("city"),
                                  e.lat, e.lon, why, decimalComma_);
    if (position == FieldParsers::RowPosition::Invalid) return false;
    if (!gtdSpecificity(field(col.specificity), e, why)) return false;
    // nkill: empty is unknown, never 0.
    if (const QString k = field(col.nkill); !k.isEmpty()) {
        const auto v = integer(k);
        if (!v || *v < 0)
            return fail(why, QStringLiteral("nkill: '%1' is not a count").arg(k.left(20)));
        e.fatalities = *v;
    }

    e.category = field(col.attackType);
    for (int c : {col.group1, col.group2, col.group3})
        if (const QString g = known(field(c)); !g.isEmpty() && !e.actors.contains(g)) e.actors << g;
    for (int c : {col.cite1, col.cite2, col.cite3})
        if (const QString s = field(c); !s.isEmpty()) e.sources.append(Source{s, {}, {}});
    e.externalId = field(col.id);
    e.description = about.join(QLatin1Char('\n'));

    // The title rule: "<attacktype1_txt> in <city>", the province or the country standing
    // in for an unknown city.
    const QString where = !city.isEmpty() ? city : !province.isEmpty() ? province : country;
    e.title = e.category.isEmpty() || where.isEmpty()
                  ? e.category + where
                  : QStringLiteral("%1 in %2").arg(e.category, where);
    if (e.title.isEmpty()) e.title = QStringLiteral("GTD incident %1").arg(e.externalId);
    e.titleDerived = true; // from the columns above: GTD has no title

    row.place = city;
    row.admin1 = province;
    row.country = country;
    row.position = position;
    return true;
}

} // namespace

ImportReport GtdImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    GtdFormat format;
    return runCsvFamily(*this, format, source, writer);
}
