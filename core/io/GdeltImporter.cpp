#include "io/GdeltImporter.h"

#include "io/CsvFamily.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QDate>
#include <QUrl>

namespace {

constexpr qint64 kMaxLineBytes = 1024 * 1024;

// Column positions (0-based) from the GDELT 1.0 and 2.0 event codebooks. Both versions agree
// up to Actor1Geo_ADM1Code (38); 2.0 adds an ADM2 code after each geography's ADM1 code.
struct GdeltLayout {
    int columns;
    int geoType, geoName, geoCountry, geoAdm1, geoLat, geoLon, sourceUrl; // ActionGeo_*; -1: none
};
constexpr int kEventId = 0, kSqlDate = 1, kActor1Name = 6, kActor2Name = 16, kEventCode = 26,
              kEventRootCode = 28, kNumMentions = 31, kNumSources = 32, kNumArticles = 33;
constexpr GdeltLayout kV1{57, 49, 50, 51, 52, 53, 54, -1};
constexpr GdeltLayout kV1Url{58, 49, 50, 51, 52, 53, 54, 57};
constexpr GdeltLayout kV2{61, 51, 52, 53, 54, 56, 57, 60};

const GdeltLayout* layoutFor(qsizetype columns)
{
    for (const GdeltLayout* l : {&kV1, &kV1Url, &kV2})
        if (l->columns == columns) return l;
    return nullptr;
}

bool allDigits(QByteArrayView s)
{
    if (s.isEmpty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::optional<FuzzyDate> sqlDate(QByteArrayView s)
{
    if (s.size() != 8 || !allDigits(s)) return std::nullopt;
    const QDate d(s.first(4).toInt(), s.sliced(4, 2).toInt(), s.sliced(6, 2).toInt());
    if (!d.isValid()) return std::nullopt;
    return FuzzyDate::fromParts(d.year(), d.month(), d.day());
}

// ActionGeo_Type 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
std::optional<GeoPrecision> geoType(const QString& t)
{
    if (t == QLatin1String("3") || t == QLatin1String("4")) return GeoPrecision::Exact;
    if (t == QLatin1String("1") || t == QLatin1String("2") || t == QLatin1String("5"))
        return GeoPrecision::Region;
    return std::nullopt;
}

QList<QByteArrayView> splitTabs(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype from = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        if (line[i] == '\t') {
            out << line.sliced(from, i - from);
            from = i + 1;
        }
    out << line.sliced(from);
    return out;
}

// The CAMEO root code (or the event code's first two digits) as the category, the event code
// as the sub-category.
bool category(QString root, const QString& code, Event& e, QString* why)
{
    if (root.isEmpty()) root = code.left(2);
    e.category = GdeltImporter::cameoRootName(root);
    if (e.category.isEmpty()) {
        *why = QStringLiteral("EventRootCode '%1' is not a CAMEO root code (01 to 20)")
                   .arg(root.left(20));
        return false;
    }
    if (!code.isEmpty()) e.subCategory = QStringLiteral("CAMEO ") + code;
    return true;
}

// ActionGeo_Type, _Lat and _Long: the position and its precision; none for type 0 or empty.
bool actionGeo(const QString& type, const QString& lat, const QString& lon, Event& e, QString* why)
{
    if (type.isEmpty() || type == QLatin1String("0")) return true;
    const auto precision = geoType(type);
    if (!precision) {
        *why = QStringLiteral("ActionGeo_Type '%1' is not 1 to 5").arg(type.left(20));
        return false;
    }
    e.geoPrecision = *precision;
    QString reason;
    const auto la = FieldParsers::latitude(lat, &reason);
    const auto lo = la ? FieldParsers::longitude(lon, &reason) : std::nullopt;
    if (!la || !lo) {
        *why = QStringLiteral("ActionGeo: ") + reason;
        return false;
    }
    e.lat = *la;
    e.lon = *lo;
    return true;
}

} // namespace

QString GdeltImporter::cameoRootName(const QString& rootCode)
{
    static const char* const kNames[] = {"Make public statement",
                                         "Appeal",
                                         "Express intent to cooperate",
                                         "Consult",
                                         "Engage in diplomatic cooperation",
                                         "Engage in material cooperation",
                                         "Provide aid",
                                         "Yield",
                                         "Investigate",
                                         "Demand",
                                         "Disapprove",
                                         "Reject",
                                         "Threaten",
                                         "Protest",
                                         "Exhibit force posture",
                                         "Reduce relations",
                                         "Coerce",
                                         "Assault",
                                         "Fight",
                                         "Use unconventional mass violence"};
    bool ok = false;
    const int code = rootCode.toInt(&ok);
    if (!ok || code < 1 || code > 20 || rootCode.size() > 2) return {};
    return QLatin1String(kNames[code - 1]);
}

bool GdeltImporter::looksLikeGdelt(const QByteArray& firstLine)
{
    QByteArrayView line(firstLine);
    while (line.endsWith('\r') || line.endsWith('\n'))
        line.chop(1);
    const auto fields = splitTabs(line);
    return layoutFor(fields.size()) && allDigits(fields[kEventId]) &&
           sqlDate(fields[kSqlDate]).has_value();
}

namespace {

// GDELT as a CSV-family format: tab-separated, unquoted, no header; the first row sets the
// layout (version), and a row of another column count is rejected as GDELT's own rule says.
class GdeltFormat final : public CsvFamilyFormat {
  public:
    char delimiter() const override { return '\t'; }
    bool quoted() const override { return false; }
    qint64 maxRecordBytes() const override { return kMaxLineBytes; }
    bool firstRecordIsHeader() const override { return false; }
    QString missingPosition() const override { return QStringLiteral("an ActionGeo location"); }
    void begin(const CsvHeader&, const CsvInference::Sample& sample, char, ImportReport&) override
    {
        layout_ = layoutFor(qsizetype(sample.front().size()));
        if (!layout_)
            throw ImportError(QStringLiteral("not a GDELT event export: %1 tab-separated "
                                             "columns, expected 57 or 58 (GDELT 1.0) or 61 "
                                             "(GDELT 2.0)")
                                  .arg(sample.front().size()),
                              1);
    }
    QList<int> roleColumns() const override // every column has a role: no attributes
    {
        QList<int> all;
        for (int i = 0; i < layout_->columns; ++i)
            all << i;
        return all;
    }
    bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const override;

  private:
    const GdeltLayout* layout_ = nullptr;
};

bool GdeltFormat::map(const std::vector<QByteArray>& fields, CsvFamilyRow& row, QString* why) const
{
    const GdeltLayout& l = *layout_;
    const auto fail = [why](const QString& r) {
        *why = r;
        return false;
    };
    if (qsizetype(fields.size()) != l.columns)
        return fail(QStringLiteral("%1 columns, not %2 as in the first row (GDELT %3)")
                        .arg(fields.size())
                        .arg(l.columns)
                        .arg(&l == &kV2 ? QStringLiteral("2.0") : QStringLiteral("1.0")));
    const auto text = [&](int i) {
        return i < 0 ? QString() : QString::fromUtf8(fields[std::size_t(i)]).trimmed();
    };
    Event& e = row.event;
    const auto date = sqlDate(fields[kSqlDate]);
    if (!date)
        return fail(
            QStringLiteral("SQLDATE '%1' is not a YYYYMMDD date").arg(text(kSqlDate).left(20)));
    e.start = date->seconds;
    e.precision = DatePrecision::Day;
    e.externalId = text(kEventId);
    if (!allDigits(fields[kEventId]))
        return fail(
            QStringLiteral("GLOBALEVENTID '%1' is not a number").arg(e.externalId.left(20)));
    if (!category(text(kEventRootCode), text(kEventCode), e, why)) return false;
    if (!actionGeo(text(l.geoType), text(l.geoLat), text(l.geoLon), e, why)) return false;

    const QString actor1 = text(kActor1Name), actor2 = text(kActor2Name);
    for (const QString& a : {actor1, actor2})
        if (!a.isEmpty() && !e.actors.contains(a)) e.actors << a;
    if (const QString url = text(l.sourceUrl); !url.isEmpty()) {
        const QString host = QUrl(url).host();
        e.sources.append(Source{host.isEmpty() ? url : host, url, {}});
    }
    e.description = QStringLiteral("Mentions: %1 in %2 sources, %3 articles")
                        .arg(text(kNumMentions), text(kNumSources), text(kNumArticles));

    // The title rule: "<CAMEO root name>: <Actor1Name> – <Actor2Name> in <place>".
    const QString place = text(l.geoName);
    e.title = e.category;
    if (!e.actors.isEmpty()) e.title += QStringLiteral(": ") + e.actors.join(QStringLiteral(" – "));
    if (!place.isEmpty()) e.title += QStringLiteral(" in ") + place;
    e.titleDerived = true;
    // A row without an ActionGeo is kept without a position, its place not looked up.
    if (e.hasCoordinate()) {
        row.place = place;
        row.admin1 = text(l.geoAdm1);
        row.country = text(l.geoCountry);
    }
    return true;
}

} // namespace

ImportReport GdeltImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    GdeltFormat format;
    return runCsvFamily(*this, format, source, writer);
}
