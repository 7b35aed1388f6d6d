#include "gis/OgrLayerRows.h"

#include "gis/OgrDataset.h"
#include "io/CsvHeader.h"
#include "io/ImportError.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cpl_error.h>
#include <ogr_srs_api.h>

namespace {

using Role = CsvMapping::Role;

QByteArray twoDigits(int v)
{
    return QByteArray::number(v).rightJustified(2, '0');
}

// An OGR Date or DateTime as ISO 8601: "2014-06-10", "2014-06-10T14:05:09Z",
// "2014-06-10T14:05:09+03:00"; a DateTime whose zone is unknown or local is read as UTC.
QByteArray isoDate(OGRFeatureH f, int i, bool withTime)
{
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &h, &mi, &s, &tz)) return {};
    QByteArray out =
        QByteArray::number(y).rightJustified(4, '0') + '-' + twoDigits(m) + '-' + twoDigits(d);
    if (!withTime) return out;
    out += 'T' + twoDigits(h) + ':' + twoDigits(mi) + ':' + twoDigits(int(std::floor(s)));
    if (tz <= 1 || tz == 100) return out + 'Z';
    const int minutes = (tz - 100) * 15; // OGR's TZFlag: 100 is UTC, each step 15 minutes
    out += QByteArray(minutes < 0 ? "-" : "+") + twoDigits(std::abs(minutes) / 60) + ':' +
           twoDigits(std::abs(minutes) % 60);
    return out;
}

// A JSON array of strings or numbers (GeoPackage's JSON fields, GeoJSON arrays through GDAL)
// as a "; "-separated list, as actors and tags are written; anything else as it is.
QByteArray jsonList(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray()) return json;
    QStringList items;
    for (const QJsonValue v : doc.array()) {
        if (v.isString())
            items << v.toString();
        else if (v.isDouble())
            items << QString::number(v.toDouble(), 'g', 15);
        else
            return json;
    }
    return items.join(QStringLiteral("; ")).toUtf8();
}

// GDAL writes a list to a format without list fields (a GeoPackage from a GeoJSON array) as
// "(2:ISIS,Peshmerga)": read as "ISIS; Peshmerga" when the count matches the items.
QByteArray ogrList(const QByteArray& text)
{
    const qsizetype colon = text.indexOf(':');
    bool ok = false;
    const int count = colon > 1 ? text.mid(1, colon - 1).toInt(&ok) : -1;
    const QByteArray items = text.mid(colon + 1, text.size() - colon - 2);
    if (!ok || count < 1 || items.count(',') != count - 1) return text;
    return QByteArray(items).replace(',', "; ");
}

// The shortest text that reads back as the same double (std::to_chars): "43.13", not
// QByteArray::number's 17 digits "43.130000000000003", and written into the field's buffer.
void setDegrees(QByteArray& field, double v)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    field.resize(0);
    field.append(text, qsizetype(end - text));
}

} // namespace

OgrLayerRows::OgrLayerRows(OGRLayerH layer) : layer_(layer)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer_);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        names_ << QString::fromUtf8(OGR_Fld_GetNameRef(fd));
        types_.push_back(OGR_Fld_GetType(fd));
        jsonFields_.push_back(
            OGR_Fld_GetSubType(fd) == OFSTJSON &&
            names_.back().compare(QLatin1String("sources_json"), Qt::CaseInsensitive) != 0);
    }
    geometry_ = OGR_L_GetGeomType(layer_) != wkbNone;
    if (geometry_) {
        names_ << QStringLiteral("geometry latitude") << QStringLiteral("geometry longitude");
        wgs84_.reset(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(wgs84_.get(), 4326);
        OSRSetAxisMappingStrategy(wgs84_.get(), OAMS_TRADITIONAL_GIS_ORDER);
        if (OGRSpatialReferenceH srs = crsOf(layer_)) {
            transform_.reset(OCTNewCoordinateTransformation(srs, wgs84_.get()));
            if (!transform_)
                throw ImportError(
                    QStringLiteral("layer %1: its coordinate reference system (%2) cannot be "
                                   "converted to WGS 84 (%3)")
                        .arg(layerName(), QString::fromUtf8(OSRGetName(srs)),
                             OgrDataset::lastGdalError()));
        } else {
            // No CRS: longitudes and latitudes only if every coordinate could be one.
            OGREnvelope e;
            if (OGR_L_GetExtent(layer_, &e, TRUE) == OGRERR_NONE &&
                (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90))
                throw ImportError(
                    QStringLiteral("layer %1 has no coordinate reference system (no .prj?) "
                                   "and its coordinates (x %2 to %3, y %4 to %5) are not "
                                   "longitudes and latitudes; give it its CRS, e.g. ogr2ogr "
                                   "-a_srs EPSG:32638 fixed.gpkg FILE")
                        .arg(layerName())
                        .arg(e.MinX, 0, 'g', 10)
                        .arg(e.MaxX, 0, 'g', 10)
                        .arg(e.MinY, 0, 'g', 10)
                        .arg(e.MaxY, 0, 'g', 10));
        }
    }
    fields_.resize(std::size_t(names_.size()));
    OGR_L_ResetReading(layer_);
}

OgrLayerRows::~OgrLayerRows() = default;

void OgrLayerRows::SrsRelease::operator()(pointer srs) const
{
    OSRRelease(srs);
}

void OgrLayerRows::TransformDestroy::operator()(pointer transform) const
{
    OCTDestroyCoordinateTransformation(transform);
}

OGRSpatialReferenceH OgrLayerRows::crsOf(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    const char* name = srs ? OSRGetName(srs) : nullptr;
    if (name && QByteArray(name).startsWith("Undefined ")) return nullptr;
    return srs;
}

QString OgrLayerRows::layerName() const
{
    return QString::fromUtf8(OGR_L_GetName(layer_));
}

qint64 OgrLayerRows::featureCount() const
{
    return OGR_L_GetFeatureCount(layer_, FALSE);
}

bool OgrLayerRows::next()
{
    CPLErrorReset();
    OGRFeatureH f = OGR_L_GetNextFeature(layer_);
    if (!f) {
        if (CPLGetLastErrorType() >= CE_Failure)
            throw ImportError(QStringLiteral("layer %1 cannot be read after feature %2: %3")
                                  .arg(layerName())
                                  .arg(fid_)
                                  .arg(OgrDataset::lastGdalError()));
        return false;
    }
    fid_ = OGR_F_GetFID(f);
    fault_.clear();
    parts_.clear();
    qint64 bytes = 0;
    for (std::size_t i = 0; i < types_.size(); ++i) {
        QByteArray& out = fields_[i];
        out.clear();
        const int at = int(i);
        if (!OGR_F_IsFieldSetAndNotNull(f, at)) continue;
        switch (types_[i]) {
        case OFTDate:
            out = isoDate(f, at, false);
            break;
        case OFTDateTime:
            out = isoDate(f, at, true);
            break;
        case OFTBinary:
            break; // bytes are no text: not kept
        case OFTStringList: {
            char** list = OGR_F_GetFieldAsStringList(f, at);
            for (int k = 0; list && list[k]; ++k) {
                if (k > 0) out += "; ";
                out += list[k];
            }
            break;
        }
        case OFTString:
            out = OGR_F_GetFieldAsString(f, at);
            if (jsonFields_[i] && out.startsWith('['))
                out = jsonList(out);
            else if (out.startsWith('(') && out.endsWith(')'))
                out = ogrList(out);
            break;
        default:
            out = OGR_F_GetFieldAsString(f, at);
        }
        bytes += out.size();
    }
    if (bytes > kMaxFeatureBytes) {
        fault_ = QStringLiteral("the feature's fields hold %1 MB, over the %2 MB a record may")
                     .arg(bytes >> 20)
                     .arg(kMaxFeatureBytes >> 20);
        for (auto& field : fields_)
            field.clear();
    }
    if (geometry_) {
        fields_[std::size_t(latitudeColumn())].clear();
        fields_[std::size_t(longitudeColumn())].clear();
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f); g && fault_.isEmpty()) readGeometry(g);
    }
    OGR_F_Destroy(f);
    return true;
}

void OgrLayerRows::setPosition(const QPointF& lonLat)
{
    setDegrees(fields_[std::size_t(latitudeColumn())], lonLat.y());
    setDegrees(fields_[std::size_t(longitudeColumn())], lonLat.x());
}

bool OgrLayerRows::addPart(OGRGeometryH g, Annotation::Kind kind, int holes)
{
    const int n = OGR_G_GetPointCount(g);
    if (n > kMaxVertices) {
        fault_ = QStringLiteral("a geometry of %1 vertices, over the %2 Tigris reads")
                     .arg(n)
                     .arg(kMaxVertices);
        parts_.clear();
        return false;
    }
    const auto count = static_cast<std::size_t>(n);
    std::vector<double> x(count), y(count);
    OGR_G_GetPoints(g, x.data(), sizeof(double), y.data(), sizeof(double), nullptr, 0);
    if (transform_ && n > 0) {
        std::vector<int> ok(count);
        if (!OCTTransformEx(transform_.get(), n, x.data(), y.data(), nullptr, ok.data()) ||
            std::find(ok.begin(), ok.end(), FALSE) != ok.end()) {
            fault_ = QStringLiteral("its coordinates cannot be converted to WGS 84");
            parts_.clear();
            return false;
        }
    }
    Part part;
    part.kind = kind;
    part.holes = holes;
    part.vertices.reserve(n);
    for (int i = 0; i < n; ++i)
        part.vertices.append(QPointF(x[std::size_t(i)], y[std::size_t(i)]));
    if (kind == Annotation::Kind::Polygon && part.vertices.size() > 1 &&
        part.vertices.first() == part.vertices.last())
        part.vertices.removeLast();
    if (!part.vertices.isEmpty()) parts_.push_back(std::move(part));
    return true;
}

void OgrLayerRows::readGeometry(OGRGeometryH g)
{
    if (OGR_G_IsEmpty(g)) return;
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPoint:
        addPart(g, Annotation::Kind::Point, 0);
        return;
    case wkbLineString:
    case wkbLinearRing:
        addPart(g, Annotation::Kind::Polyline, 0);
        return;
    case wkbPolygon:
    case wkbTriangle:
        if (OGR_G_GetGeometryCount(g) > 0)
            addPart(OGR_G_GetGeometryRef(g, 0), Annotation::Kind::Polygon,
                    OGR_G_GetGeometryCount(g) - 1);
        return;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g) && fault_.isEmpty(); ++i)
            readGeometry(OGR_G_GetGeometryRef(g, i));
        return;
    default: {
        // Curves and surfaces (GML, GeoPackage): as their linear approximation.
        OGRGeometryH linear = OGR_G_GetLinearGeometry(g, 0, nullptr);
        if (linear &&
            wkbFlatten(OGR_G_GetGeometryType(linear)) != wkbFlatten(OGR_G_GetGeometryType(g)))
            readGeometry(linear);
        else
            fault_ = QStringLiteral("%1 geometry is not supported")
                         .arg(QString::fromUtf8(OGR_G_GetGeometryName(g)));
        if (linear) OGR_G_DestroyGeometry(linear);
    }
    }
}

CsvMapping OgrLayerRows::guessMapping() const
{
    const int own = geometry_ ? int(names_.size()) - 2 : int(names_.size());
    std::vector<QByteArray> header;
    for (int i = 0; i < own; ++i)
        header.push_back(names_[i].toUtf8());
    CsvMapping m = CsvMapping::fromHeader(CsvHeader(header));
    bool hasStart = false, hasDescription = false;
    for (auto& c : m.columns) {
        if (geometry_ &&
            (c.role == Role::Latitude || c.role == Role::Longitude || c.role == Role::LatLon ||
             c.role == Role::LonLat || c.role == Role::WktPoint))
            c.role = Role::Ignore;
        hasStart = hasStart || c.role == Role::StartDate;
        hasDescription = hasDescription || c.role == Role::Description;
    }
    for (auto& c : m.columns) {
        const auto type = types_[std::size_t(c.index)];
        if (!hasStart && c.role == Role::Ignore && (type == OFTDate || type == OFTDateTime)) {
            c.role = Role::StartDate; // the first date field, whatever its name
            hasStart = true;
        }
        // GPX's <desc>, MapInfo's and others' "comment".
        if (!hasDescription && c.role == Role::Ignore &&
            (c.name.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0 ||
             c.name.compare(QLatin1String("comment"), Qt::CaseInsensitive) == 0)) {
            c.role = Role::Description;
            hasDescription = true;
        }
    }
    if (geometry_) {
        m.columns.append({names_[latitudeColumn()], latitudeColumn(), Role::Latitude});
        m.columns.append({names_[longitudeColumn()], longitudeColumn(), Role::Longitude});
    }
    return m;
}
