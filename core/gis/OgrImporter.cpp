#include "gis/OgrImporter.h"

#include "gis/OgrAttributes.h"
#include "gis/OgrDataset.h"
#include "gis/OgrLayerRows.h"
#include "io/CsvRowMapper.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"
#include "io/PlaceResolver.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

using Role = CsvMapping::Role;

// How a layer's features are read.
enum class Kind {
    Features,          // points are events, lines and areas annotations
    TrackPoints,       // GPX track points: events when timed, titled by their track
    TigrisAnnotations, // the annotations layer of Tigris's own GeoPackage
};

struct Plan {
    OGRLayerH layer;
    Kind kind;
};

QString nameOf(OGRLayerH l)
{
    return QString::fromUtf8(OGR_L_GetName(l));
}

OGRLayerH findLayer(const OgrDataset& ds, const char* name)
{
    return GDALDatasetGetLayerByName(ds.handle(), name);
}

bool hasField(OGRLayerH l, const char* name)
{
    return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), name) >= 0;
}

// The layers to read and how.
std::vector<Plan> plan(const OgrDataset& ds, const QString& layer)
{
    const bool gpx = ds.driver() == QLatin1String("GPX");
    const auto kindOf = [&](OGRLayerH l) {
        if (gpx && nameOf(l) == QLatin1String("track_points")) return Kind::TrackPoints;
        if (nameOf(l) == QLatin1String("annotations") && hasField(l, "valid_from") &&
            hasField(l, "note"))
            return Kind::TigrisAnnotations;
        return Kind::Features;
    };
    if (!layer.isEmpty()) {
        OGRLayerH l = ds.layer(layer);
        return {{l, kindOf(l)}};
    }
    std::vector<Plan> out;
    if (gpx) {
        // Tracks before their points: the points are titled by their track's name. Counting
        // a GPX's features parses the file again, so a layer is left out only when GDAL
        // knows it is empty.
        for (const char* name : {"waypoints", "routes", "tracks", "track_points"})
            if (OGRLayerH l = findLayer(ds, name); l && OGR_L_GetFeatureCount(l, FALSE) != 0)
                out.push_back({l, kindOf(l)});
        return out;
    }
    OGRLayerH events = findLayer(ds, "events");
    OGRLayerH annotations = findLayer(ds, "annotations");
    if (events && hasField(events, "sources_json")) { // Tigris's GeoPackage export
        out.push_back({events, Kind::Features});
        if (annotations && kindOf(annotations) == Kind::TigrisAnnotations)
            out.push_back({annotations, Kind::TigrisAnnotations});
        return out;
    }
    // The one layer, or the one with features among empty ones.
    std::vector<OGRLayerH> withFeatures;
    for (int i = 0; i < ds.layerCount(); ++i)
        if (OGRLayerH l = GDALDatasetGetLayer(ds.handle(), i); OGR_L_GetFeatureCount(l, FALSE) != 0)
            withFeatures.push_back(l);
    OGRLayerH only = withFeatures.size() == 1 ? withFeatures[0] : ds.layer(QString());
    return {{only, kindOf(only)}};
}

// Where each role is, by the mapping's column names, without CsvMapping::resolve's demand for
// a date and a position (a layer of lines needs neither).
CsvMapping::Columns rolesByName(const CsvMapping& m, const QStringList& names)
{
    CsvMapping::Columns out;
    for (const auto& c : m.columns) {
        int at = c.name.isEmpty() ? c.index : int(names.indexOf(c.name));
        if (c.role != Role::Ignore && at >= 0 && at < names.size())
            out.at[std::size_t(c.role)] = at;
    }
    return out;
}

// The columns Tigris's own export adds (GeoPackageExport) that no CSV role covers; read back
// so that a round trip loses nothing, and never kept as attributes.
struct TigrisColumns {
    int approximate = -1, tags = -1, sourcesJson = -1, geoPrecision = -1, position = -1;
    std::vector<bool> consumed; // also begin_time and end_time (derived from start and end)

    TigrisColumns(const QStringList& names, const CsvMapping::Columns& roles)
    {
        consumed.assign(std::size_t(names.size()), false);
        for (int i = 0; i < names.size(); ++i) {
            bool hasRole = false;
            for (int r : roles.at)
                hasRole = hasRole || r == i;
            if (hasRole) {
                consumed[std::size_t(i)] = true;
                continue;
            }
            const QString n = names[i].toLower();
            int* slot = n == QLatin1String("approximate")     ? &approximate
                        : n == QLatin1String("tags")          ? &tags
                        : n == QLatin1String("sources_json")  ? &sourcesJson
                        : n == QLatin1String("geo_precision") ? &geoPrecision
                        : n == QLatin1String("position")      ? &position
                                                              : nullptr;
            if (slot && *slot < 0) *slot = i;
            consumed[std::size_t(i)] = slot != nullptr || n == QLatin1String("begin_time") ||
                                       n == QLatin1String("end_time");
        }
    }

    static QString text(const std::vector<QByteArray>& fields, int i)
    {
        return i < 0 ? QString() : QString::fromUtf8(fields[std::size_t(i)]).trimmed();
    }
    bool unplaced(const std::vector<QByteArray>& fields) const
    {
        return text(fields, position) == QLatin1String("none");
    }
    // False with `reason` when a value is not clearly one the export writes.
    bool apply(const std::vector<QByteArray>& fields, Event& e, QString* reason) const
    {
        const QString a = text(fields, approximate).toLower();
        if (a == QLatin1String("true") || a == QLatin1String("1"))
            e.approximate = true;
        else if (!a.isEmpty() && a != QLatin1String("false") && a != QLatin1String("0")) {
            *reason = QStringLiteral("approximate '%1' is not true or false").arg(a.left(40));
            return false;
        }
        for (const QString& t : text(fields, tags).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty()) e.tags << t.trimmed();
        if (const QString g = text(fields, geoPrecision); !g.isEmpty()) {
            const auto p = geoPrecisionFromString(g);
            if (!p) {
                *reason = QStringLiteral("geo_precision '%1' is not exact, near or region")
                              .arg(g.left(40));
                return false;
            }
            e.geoPrecision = *p;
        }
        const QString s = text(fields, sourcesJson);
        if (s.isEmpty()) return true;
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
        if (!doc.isArray()) {
            *reason = QStringLiteral("sources_json is not a JSON array");
            return false;
        }
        e.sources.clear();
        for (const QJsonValue v : doc.array()) {
            const QJsonObject o = v.toObject();
            e.sources.append(Source{o.value(QLatin1String("name")).toString(),
                                    o.value(QLatin1String("url")).toString(),
                                    o.value(QLatin1String("quote")).toString()});
        }
        return true;
    }
};

class Reader {
  public:
    Reader(const OgrDataset& ds, EventStore::Writer& writer, OgrImporter& importer,
           const std::optional<CsvMapping>& mapping)
        : ds_(ds), writer_(writer), importer_(importer), mapping_(mapping), places_(writer)
    {
    }
    ImportReport run(const QString& layer);

  private:
    void readLayer(const Plan& p, qint64 total);
    void readAnnotations(OgrLayerRows& rows);
    void annotate(const OgrLayerRows& rows, const OgrLayerRows::Part& part, Annotation a);
    void reject(const QString& layer, qint64 fid, const QString& reason)
    {
        report_.rejected.append(
            {fid, multiLayer_ ? layer + QStringLiteral(": ") + reason : reason});
    }
    void tick(qint64 total)
    {
        if ((++done_ & 0x3ff) == 0 && importer_.featureProgress &&
            !importer_.featureProgress(done_, total))
            throw ImportError(QStringLiteral("import cancelled"));
    }

    const OgrDataset& ds_;
    EventStore::Writer& writer_;
    OgrImporter& importer_;
    const std::optional<CsvMapping>& mapping_;
    PlaceResolver places_;
    ImportReport report_;
    QHash<qint64, QString> trackNames_;
    bool multiLayer_ = false;
    qint64 done_ = 0, pins_ = 0, holes_ = 0, vertices_ = 0, untimed_ = 0;
};

void Reader::annotate(const OgrLayerRows& rows, const OgrLayerRows::Part& part, Annotation a)
{
    if (qsizetype(importer_.annotations.size()) >= OgrImporter::kMaxAnnotations ||
        vertices_ + part.vertices.size() > OgrImporter::kMaxAnnotationVertices)
        throw ImportError(QStringLiteral("layer %1: more than %2 lines and areas, or %3 million "
                                         "vertices, which Tigris keeps as annotations; import "
                                         "fewer (ogr2ogr -where or -clipsrc)")
                              .arg(rows.layerName())
                              .arg(OgrImporter::kMaxAnnotations)
                              .arg(OgrImporter::kMaxAnnotationVertices / 1'000'000));
    vertices_ += part.vertices.size();
    holes_ += part.holes;
    a.kind = part.kind;
    a.vertices = part.vertices;
    importer_.annotations.push_back(std::move(a));
}

// Tigris's own annotations layer: title, note, colour, marker and validity as it wrote them.
void Reader::readAnnotations(OgrLayerRows& rows)
{
    const QStringList& n = rows.names();
    const auto col = [&](const char* name) { return int(n.indexOf(QLatin1String(name))); };
    const int title = col("title"), note = col("note"), colour = col("colour"),
              marker = col("marker"), from = col("valid_from"), to = col("valid_to");
    while (rows.next()) {
        tick(-1);
        const auto& f = rows.fields();
        const auto text = [&](int i) {
            return i < 0 ? QString() : QString::fromUtf8(f[std::size_t(i)]);
        };
        if (!rows.fault().isEmpty()) {
            reject(rows.layerName(), rows.fid(), rows.fault());
            continue;
        }
        Annotation a;
        a.title = text(title);
        a.note = text(note);
        if (const QColor c(text(colour)); c.isValid()) a.colour = c;
        if (!text(marker).isEmpty()) a.marker = text(marker);
        QString reason;
        if (!text(from).isEmpty())
            if (const auto d = FieldParsers::date(text(from), &reason)) a.validFrom = d->seconds;
        if (!text(to).isEmpty())
            if (const auto d = FieldParsers::date(text(to), &reason)) a.validTo = d->seconds;
        if (!reason.isEmpty()) {
            reject(rows.layerName(), rows.fid(), reason);
            continue;
        }
        for (const auto& part : rows.parts())
            annotate(rows, part, a);
    }
}

void Reader::readLayer(const Plan& p, qint64 total)
{
    OgrLayerRows rows(p.layer);
    if (p.kind == Kind::TigrisAnnotations) return readAnnotations(rows);
    const QString layer = rows.layerName();
    const CsvMapping m = mapping_ && !multiLayer_ ? *mapping_ : rows.guessMapping();
    CsvMapping::Columns col;
    try {
        col = m.resolve(rows.names());
    } catch (const ImportError& e) {
        // Lines and areas need no date (they become annotations, valid always): a layer of
        // them is read with the roles it has; a layer that may hold points needs a date.
        const OGRwkbGeometryType type = wkbFlatten(OGR_L_GetGeomType(p.layer));
        const bool pointsPossible = type == wkbPoint || type == wkbMultiPoint ||
                                    type == wkbUnknown || type == wkbGeometryCollection ||
                                    type == wkbNone;
        if (!pointsPossible && (!mapping_ || multiLayer_)) {
            col = rolesByName(m, rows.names());
        } else {
            const QString fields =
                rows.names()
                    .mid(0, rows.hasGeometry() ? rows.names().size() - 2 : rows.names().size())
                    .join(QStringLiteral(", "));
            throw ImportError(
                QStringLiteral("layer %1: %2. Its fields are: %3. Give their roles with "
                               "--mapping FILE.json or in the import dialog")
                    .arg(layer,
                         mapping_ ? e.reason()
                                  : QStringLiteral("no date field found by name or type (date, "
                                                   "event_date, start, time, … or a Date field)"),
                         fields.isEmpty() ? QStringLiteral("(none)") : fields));
        }
    }
    const CsvRowMapper mapper(col, m.dateFormat, false);
    const TigrisColumns tigris(rows.names(), col);
    const bool gpx = ds_.driver() == QLatin1String("GPX");
    const int titleColumn = col[Role::Title], startColumn = col[Role::StartDate];
    const int trackColumn = int(rows.names().indexOf(QLatin1String("track_fid")));
    const auto text = [&](int i) {
        return i < 0 ? QString() : QString::fromUtf8(rows.fields()[std::size_t(i)]).trimmed();
    };
    while (rows.next()) {
        tick(total);
        const qint64 fid = rows.fid();
        if (!rows.fault().isEmpty()) {
            reject(layer, fid, rows.fault());
            continue;
        }
        auto& fields = rows.fields();
        const bool timed = startColumn >= 0 && !fields[std::size_t(startColumn)].isEmpty();
        if (p.kind == Kind::TrackPoints) {
            if (!timed) {
                ++untimed_;
                continue;
            }
            if (titleColumn >= 0 && fields[std::size_t(titleColumn)].isEmpty()) {
                const QString track =
                    trackNames_.value(text(trackColumn).toLongLong(),
                                      QStringLiteral("Track %1").arg(text(trackColumn)));
                fields[std::size_t(titleColumn)] =
                    (track + QLatin1Char(' ') + text(startColumn)).toUtf8();
            }
        }
        if (gpx && layer == QLatin1String("tracks")) trackNames_.insert(fid, text(titleColumn));
        std::vector<OgrLayerRows::Part> points;
        bool lines = false;
        for (const auto& part : rows.parts())
            (part.kind == Annotation::Kind::Point ? points.push_back(part) : void(lines = true));
        if (lines || (gpx && !timed && !points.empty())) {
            // Lines and areas, and a GPX's untimed waypoints (pins): annotations, valid over
            // the feature's dates when it has them.
            Annotation a;
            a.title = text(titleColumn);
            a.note = text(col[Role::Description]);
            if (a.title.isEmpty()) a.title = a.note.left(120);
            if (a.title.isEmpty()) a.title = QStringLiteral("%1 %2").arg(layer).arg(fid);
            if (timed) {
                QString reason;
                rows.setPosition({});
                const auto start = FieldParsers::date(text(startColumn), &reason);
                if (!start) {
                    reject(layer, fid, reason);
                    continue;
                }
                Event span;
                span.start = start->seconds;
                span.precision = start->precision;
                if (const QString end = text(col[Role::EndDate]); !end.isEmpty())
                    if (const auto e = FieldParsers::date(end, &reason)) span.end = e->seconds;
                a.validFrom = span.spanBegin();
                a.validTo = span.spanEnd();
            }
            for (const auto& part : rows.parts())
                annotate(rows, part, a);
            if (!lines) ++pins_;
            continue;
        }
        if (points.empty()) points.push_back({}); // no geometry: by its place, or unplaced
        for (const auto& point : points) {
            if (rows.hasGeometry() && !point.vertices.isEmpty())
                rows.setPosition(point.vertices.first());
            const bool unplaced = point.vertices.isEmpty() && tigris.unplaced(fields);
            QString reason;
            auto row = mapper.map(fields, &reason);
            if (!row && unplaced && col[Role::Latitude] >= 0 && col[Role::Longitude] >= 0 &&
                reason.startsWith(QLatin1String("no latitude"))) {
                // An event Tigris exported without a position: kept so, never looked up.
                std::vector<QByteArray> placed = fields;
                placed[std::size_t(col[Role::Latitude])] = "0";
                placed[std::size_t(col[Role::Longitude])] = "0";
                row = mapper.map(placed, &reason);
                if (row) row->event.lat = row->event.lon = std::nan("");
            }
            if (!row || !tigris.apply(fields, row->event, &reason)) {
                reject(layer, fid, reason);
                break;
            }
            keepUnmappedFields(row->event, rows.names(), fields, tigris.consumed);
            if (!row->event.hasCoordinate() && !unplaced)
                places_.place(row->event, row->country, row->admin1, fid, report_);
            writer_.addEvent(row->event);
            ++report_.imported;
        }
    }
}

ImportReport Reader::run(const QString& layer)
{
    report_.format = QStringLiteral("ogr");
    const GdalQuietErrors quiet;
    const std::vector<Plan> plans = plan(ds_, layer);
    multiLayer_ = plans.size() > 1;
    qint64 total = 0;
    for (const Plan& p : plans) {
        const qint64 n = OGR_L_GetFeatureCount(p.layer, FALSE);
        total = n < 0 || total < 0 ? -1 : total + n;
    }
    for (const Plan& p : plans)
        readLayer(p, total);
    places_.finish(report_);
    report_.warnings << QStringLiteral("read through GDAL %1 (%2): %3")
                            .arg(QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")), ds_.driver(),
                                 [&] {
                                     QStringList names;
                                     for (const Plan& p : plans)
                                         names << nameOf(p.layer);
                                     return QStringLiteral("layer ") +
                                            names.join(QStringLiteral(", "));
                                 }());
    if (pins_ > 0)
        report_.warnings << QStringLiteral("%1 waypoint(s) without a time became map pins "
                                           "(annotations), not events")
                                .arg(pins_);
    if (untimed_ > 0)
        report_.warnings << QStringLiteral("%1 track point(s) without a time were left out "
                                           "(their track is kept as a line)")
                                .arg(untimed_);
    if (holes_ > 0)
        report_.warnings << QStringLiteral("%1 hole(s) in polygons were left out: an annotation "
                                           "keeps the outer boundary only")
                                .arg(holes_);
    return report_;
}

} // namespace

OgrImporter::OgrImporter(QString fileName, QString layer, std::optional<CsvMapping> mapping)
    : fileName_(std::move(fileName)), layer_(std::move(layer)), mapping_(std::move(mapping))
{
}

ImportReport OgrImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    if (auto* file = qobject_cast<QFile*>(&source))
        return run(OgrDataset(file->fileName()), writer);
    // In 1 MB pieces: QIODevice::read(n) reserves n bytes before it reads, so one read of the
    // cap cost 256 MB for every source however small (under ASan a second a call: the OGR
    // fuzz targets ran one input a second).
    QByteArray bytes;
    while (bytes.size() <= kMaxMemoryBytes) {
        const QByteArray piece =
            source.read(std::min<qint64>(1 << 20, kMaxMemoryBytes + 1 - bytes.size()));
        if (piece.isEmpty()) break;
        bytes += piece;
    }
    if (bytes.size() > kMaxMemoryBytes)
        throw ImportError(QStringLiteral("a GIS source that is not a file may hold %1 MB at most")
                              .arg(kMaxMemoryBytes >> 20));
    return run(OgrDataset(bytes, fileName_.isEmpty() ? QStringLiteral("source") : fileName_),
               writer);
}

ImportReport OgrImporter::run(const OgrDataset& dataset, EventStore::Writer& writer)
{
    annotations.clear();
    const QString layer = !layer_.isEmpty() ? layer_ : mapping_ ? mapping_->layer : QString();
    return Reader(dataset, writer, *this, mapping_).run(layer);
}
