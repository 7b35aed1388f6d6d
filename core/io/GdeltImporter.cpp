#include "io/GdeltImporter.h"

#include "io/FieldParsers.h"
#include "io/ImportError.h"
#include "io/PlaceCache.h"

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

ImportReport GdeltImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    const GdeltLayout* layout = nullptr;
    PlaceCache places(writer);
    qint64 lineNo = 0, bytes = 0, unplaced = 0;
    // One buffer for every line: readLine(maxSize) would allocate maxSize bytes for each.
    QByteArray buffer(kMaxLineBytes + 2, Qt::Uninitialized);
    while (!source.atEnd()) {
        const qint64 n = source.readLine(buffer.data(), buffer.size());
        if (n < 0) throw ImportError(QStringLiteral("the file cannot be read"), lineNo + 1);
        ++lineNo;
        bytes += n;
        if (n > kMaxLineBytes)
            throw ImportError(QStringLiteral("a line over 1 MB: not a GDELT export"), lineNo);
        if (progress && (lineNo & 0x3ff) == 0 && !progress(bytes))
            throw ImportError(QStringLiteral("import cancelled"));
        QByteArrayView line(buffer.constData(), n);
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF")) line = line.sliced(3);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        const auto fields = splitTabs(line);
        auto reject = [&](const QString& r) { report.rejected.append({lineNo, r}); };
        if (!layout) {
            layout = layoutFor(fields.size());
            if (!layout)
                throw ImportError(QStringLiteral("not a GDELT event export: %1 tab-separated "
                                                 "columns, expected 57 or 58 (GDELT 1.0) or 61 "
                                                 "(GDELT 2.0)")
                                      .arg(fields.size()),
                                  lineNo);
        }
        if (fields.size() != layout->columns) {
            reject(QStringLiteral("%1 columns, not %2 as in the first row (GDELT %3)")
                       .arg(fields.size())
                       .arg(layout->columns)
                       .arg(layout == &kV2 ? QStringLiteral("2.0") : QStringLiteral("1.0")));
            continue;
        }
        const auto text = [&](int i) {
            return i < 0 ? QString() : QString::fromUtf8(fields[i]).trimmed();
        };

        const auto date = sqlDate(fields[kSqlDate]);
        if (!date) {
            reject(
                QStringLiteral("SQLDATE '%1' is not a YYYYMMDD date").arg(text(kSqlDate).left(20)));
            continue;
        }
        Event e;
        e.start = date->seconds;
        e.precision = DatePrecision::Day;
        e.externalId = text(kEventId);
        if (!allDigits(fields[kEventId])) {
            reject(QStringLiteral("GLOBALEVENTID '%1' is not a number").arg(e.externalId.left(20)));
            continue;
        }

        QString root = text(kEventRootCode);
        const QString code = text(kEventCode);
        if (root.isEmpty()) root = code.left(2);
        e.category = cameoRootName(root);
        if (e.category.isEmpty()) {
            reject(QStringLiteral("EventRootCode '%1' is not a CAMEO root code (01 to 20)")
                       .arg(root.left(20)));
            continue;
        }
        if (!code.isEmpty()) e.subCategory = QStringLiteral("CAMEO ") + code;

        const QString type = text(layout->geoType);
        QString reason;
        if (type.isEmpty() || type == QLatin1String("0")) {
            ++unplaced; // no ActionGeo: on the timeline without a position, not rejected
        } else {
            const auto precision = geoType(type);
            if (!precision) {
                reject(QStringLiteral("ActionGeo_Type '%1' is not 1 to 5").arg(type.left(20)));
                continue;
            }
            e.geoPrecision = *precision;
            const auto la = FieldParsers::latitude(text(layout->geoLat), &reason);
            const auto lo =
                la ? FieldParsers::longitude(text(layout->geoLon), &reason) : std::nullopt;
            if (!la || !lo) {
                reject(QStringLiteral("ActionGeo: ") + reason);
                continue;
            }
            e.lat = *la;
            e.lon = *lo;
        }

        const QString actor1 = text(kActor1Name), actor2 = text(kActor2Name);
        for (const QString& a : {actor1, actor2})
            if (!a.isEmpty() && !e.actors.contains(a)) e.actors << a;
        if (const QString url = text(layout->sourceUrl); !url.isEmpty()) {
            const QString host = QUrl(url).host();
            e.sources.append(Source{host.isEmpty() ? url : host, url, {}});
        }
        e.description = QStringLiteral("Mentions: %1 in %2 sources, %3 articles")
                            .arg(text(kNumMentions), text(kNumSources), text(kNumArticles));

        // The title rule: "<CAMEO root name>: <Actor1Name> – <Actor2Name> in <place>".
        const QString place = text(layout->geoName);
        e.title = e.category;
        if (!e.actors.isEmpty())
            e.title += QStringLiteral(": ") + e.actors.join(QStringLiteral(" – "));
        if (!place.isEmpty()) e.title += QStringLiteral(" in ") + place;

        e.titleDerived = true;
        if (!place.isEmpty() && e.hasCoordinate())
            e.locationId =
                places.idFor(place, text(layout->geoAdm1), text(layout->geoCountry), e.lat, e.lon);
        writer.addEvent(e);
        ++report.imported;
    }
    if (!layout) throw ImportError(QStringLiteral("the file is empty"));
    if (unplaced > 0)
        report.warnings << QStringLiteral("%1 row(s) without an ActionGeo location imported "
                                          "without a position (timeline and list only)")
                               .arg(unplaced);
    return report;
}
