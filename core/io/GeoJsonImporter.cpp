#include "io/GeoJsonImporter.h"

#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

qint64 lineAt(const QByteArray& bytes, qsizetype offset)
{
    return 1 + bytes.left(offset).count('\n');
}

// The line on which each element of the root's "features" array begins: one pass that tracks
// strings, nesting and the root's keys, so that rejections name a line as they do for CSV.
// Other arrays of the root (foreign members) are skipped; escaped keys are not decoded.
std::vector<qint64> featureLines(const QByteArray& bytes)
{
    std::vector<qint64> lines;
    std::vector<char> stack;
    qint64 line = 1;
    bool inString = false, escaped = false;
    QByteArray rootString;      // the last string read directly in the root object
    bool inFeatures = false;    // inside the root's "features" array
    bool expectElement = false; // the next value starts an element of that array
    for (char c : bytes) {
        if (c == '\n') ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else if (stack.size() == 1)
                rootString.append(c);
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (inFeatures && stack.size() == 2 && expectElement && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
            if (stack.size() == 1) rootString.clear();
        } else if (c == '{' || c == '[') {
            if (c == '[' && stack.size() == 1) {
                inFeatures = rootString == "features";
                expectElement = inFeatures;
            }
            stack.push_back(c);
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
            if (stack.size() == 1) inFeatures = false;
        } else if (c == ',' && inFeatures && stack.size() == 2) {
            expectElement = true;
        }
    }
    return lines;
}

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().trimmed().isEmpty()) return v.toString().trimmed();
        if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
    }
    return {};
}

} // namespace

ImportReport GeoJsonImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    if (source.size() > kMaxBytes)
        throw ImportError(QStringLiteral("GeoJSON files over 512 MB are not supported yet"));
    QByteArray bytes = source.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3); // RFC 7946 forbids it; tolerate
    if (bytes.trimmed().isEmpty()) throw ImportError(QStringLiteral("the file is empty"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = lineAt(bytes, error.offset);
        throw ImportError(
            QStringLiteral("not valid JSON: %1 on line %2").arg(error.errorString()).arg(line),
            line);
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        throw ImportError(QStringLiteral("not a GeoJSON FeatureCollection"), 1);

    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    const std::vector<qint64> lines = featureLines(bytes);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const qint64 line = std::size_t(i) < lines.size() ? lines[std::size_t(i)] : 0;
        auto reject = [&](const QString& r) { report.rejected.append({line, r}); };
        if (!features[i].isObject()) {
            reject(QStringLiteral("feature is not a JSON object"));
            continue;
        }
        const QJsonObject f = features[i].toObject();
        const QJsonObject geometry = f.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        if (type != QLatin1String("Point")) {
            reject(type.isEmpty() ? QStringLiteral("feature has no geometry")
                                  : QStringLiteral("%1 geometry is not a point; only points "
                                                   "become events")
                                        .arg(type));
            continue;
        }
        const QJsonArray c = geometry.value(QLatin1String("coordinates")).toArray();
        QString reason;
        const auto lon =
            c.size() >= 2 && c[0].isDouble()
                ? FieldParsers::longitude(QString::number(c[0].toDouble(), 'g', 17), &reason)
                : std::nullopt;
        const auto lat =
            lon && c[1].isDouble()
                ? FieldParsers::latitude(QString::number(c[1].toDouble(), 'g', 17), &reason)
                : std::nullopt;
        if (!lat || !lon) {
            reject(reason.isEmpty() ? QStringLiteral("point coordinates are not [lon, lat]")
                                    : reason);
            continue;
        }
        const QJsonObject p = f.value(QLatin1String("properties")).toObject();
        const auto start =
            FieldParsers::date(firstString(p, {"date", "time", "start", "start_date", "event_date",
                                               "timestamp", "datetime"}),
                               &reason);
        if (!start) {
            reject(reason);
            continue;
        }
        Event e;
        e.start = start->seconds;
        e.precision = start->precision;
        if (const QString endText = firstString(p, {"end", "end_date"}); !endText.isEmpty()) {
            const auto end = FieldParsers::date(endText, &reason);
            if (!end || end->seconds < e.start) {
                reject(end ? QStringLiteral("end date is before the start")
                           : QStringLiteral("end: ") + reason);
                continue;
            }
            e.end = floorTo(end->seconds, e.precision);
        }
        e.lat = *lat;
        e.lon = *lon;
        e.description = firstString(p, {"description", "notes", "text"});
        e.title = firstString(p, {"title", "name", "headline"});
        if (e.title.isEmpty()) e.title = e.description.left(120);
        if (e.title.isEmpty()) {
            reject(QStringLiteral("no title or description"));
            continue;
        }
        e.category = firstString(p, {"category", "type", "event_type"});
        e.locationName = firstString(p, {"place", "location"});
        const QJsonValue actors = p.value(QLatin1String("actors"));
        if (actors.isArray())
            for (const auto& a : actors.toArray())
                e.actors << a.toString();
        else if (actors.isString())
            e.actors = actors.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (const QJsonValue n = p.value(QLatin1String("fatalities"));
            n.isDouble() || n.isString()) {
            e.fatalities = FieldParsers::count(
                n.isDouble() ? QString::number(n.toDouble(), 'g', 12) : n.toString(), &reason);
            if (!reason.isEmpty()) {
                reject(QStringLiteral("fatalities: ") + reason);
                continue;
            }
        }
        if (const QString s = firstString(p, {"source"}); !s.isEmpty())
            e.sources.append(Source{s, firstString(p, {"url"}), {}});
        // The fields `tigris export-data` writes, so that a round trip loses nothing.
        for (const auto& v : p.value(QLatin1String("sources")).toArray()) {
            const QJsonObject so = v.toObject();
            e.sources.append(Source{so.value(QLatin1String("name")).toString(),
                                    so.value(QLatin1String("url")).toString(),
                                    so.value(QLatin1String("quote")).toString()});
        }
        for (const auto& v : p.value(QLatin1String("tags")).toArray())
            e.tags << v.toString();
        e.approximate = p.value(QLatin1String("approximate")).toBool();
        e.externalId = firstString(p, {"external_id"});
        e.subCategory = firstString(p, {"sub_category", "sub_event_type"});
        if (const auto g = geoPrecisionFromString(firstString(p, {"geo_precision"})))
            e.geoPrecision = *g;
        writer.addEvent(e);
        ++report.imported;
    }
    return report;
}
