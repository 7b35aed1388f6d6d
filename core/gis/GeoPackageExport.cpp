#include "gis/GeoPackageExport.h"

#include "gis/OgrAttributes.h"
#include "gis/OgrDataset.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>
#include <cpl_error.h>
#include <filesystem>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace {

// The events layer's columns, in order; attributes follow.
enum Column {
    ExternalId,
    Title,
    Description,
    Start,
    End,
    Precision,
    BeginTime,
    EndTime,
    Approximate,
    Category,
    SubCategory,
    Actors,
    Tags,
    Fatalities,
    Place,
    GeoPrecisionColumn,
    SourcesJson,
    Position,
    kColumns
};

struct ColumnDef {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
};

const ColumnDef kEventColumns[kColumns] = {
    {"external_id", OFTString},
    {"title", OFTString},
    {"description", OFTString},
    {"start", OFTString},
    {"end", OFTString},
    {"precision", OFTString},
    {"begin_time", OFTDateTime},
    {"end_time", OFTDateTime},
    {"approximate", OFTInteger, OFSTBoolean},
    {"category", OFTString},
    {"sub_category", OFTString},
    {"actors", OFTString},
    {"tags", OFTString},
    {"fatalities", OFTInteger},
    {"place", OFTString},
    {"geo_precision", OFTString},
    {"sources_json", OFTString, OFSTJSON},
    {"position", OFTString},
};

class Output {
  public:
    Output(const QString& path, const QString& temp) : path_(path), temp_(temp)
    {
        OgrDataset::configureGdal();
        GDALDriverH driver = GDALGetDriverByName("GPKG");
        if (!driver) fail(QStringLiteral("this GDAL has no GeoPackage driver"));
        ds_ = GDALCreate(driver, temp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        if (!ds_) fail(QStringLiteral("cannot be created"));
        srs_ = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs_, 4326);
        OSRSetAxisMappingStrategy(srs_, OAMS_TRADITIONAL_GIS_ORDER);
    }
    ~Output()
    {
        if (ds_) GDALClose(ds_);
        if (srs_) OSRRelease(srs_);
    }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    [[noreturn]] void fail(const QString& why) const
    {
        const QString gdal = OgrDataset::lastGdalError();
        throw StoreError(
            QStringLiteral("%1: %2%3")
                .arg(path_, why, gdal.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(gdal)));
    }
    OGRLayerH layer(const char* name, OGRwkbGeometryType type, const char* description)
    {
        const QByteArray d = QByteArray("DESCRIPTION=") + description;
        const char* options[] = {d.constData(), "FID=fid", nullptr};
        OGRLayerH l = GDALDatasetCreateLayer(ds_, name, srs_, type, const_cast<char**>(options));
        if (!l) fail(QStringLiteral("the %1 layer cannot be created").arg(QLatin1String(name)));
        return l;
    }
    void field(OGRLayerH l, const QByteArray& name, OGRFieldType type, OGRFieldSubType sub)
    {
        OGRFieldDefnH f = OGR_Fld_Create(name.constData(), type);
        OGR_Fld_SetSubType(f, sub);
        const OGRErr e = OGR_L_CreateField(l, f, TRUE);
        OGR_Fld_Destroy(f);
        if (e != OGRERR_NONE)
            fail(QStringLiteral("column %1 cannot be created").arg(QString::fromUtf8(name)));
    }
    void begin()
    {
        if (GDALDatasetStartTransaction(ds_, FALSE) != OGRERR_NONE) fail(QStringLiteral("write"));
    }
    void commit()
    {
        if (GDALDatasetCommitTransaction(ds_) != OGRERR_NONE) fail(QStringLiteral("write"));
    }
    void add(OGRLayerH l, OGRFeatureH f)
    {
        const OGRErr e = OGR_L_CreateFeature(l, f);
        OGR_F_Destroy(f);
        if (e != OGRERR_NONE) fail(QStringLiteral("a feature cannot be written"));
    }
    void close()
    {
        GDALClose(ds_);
        ds_ = nullptr;
        if (!OgrDataset::lastGdalError().isEmpty() && CPLGetLastErrorType() >= CE_Failure)
            fail(QStringLiteral("cannot be written"));
    }

  private:
    QString path_, temp_;
    GDALDatasetH ds_ = nullptr;
    OGRSpatialReferenceH srs_ = nullptr;
};

void setText(OGRFeatureH f, int i, const QString& text)
{
    if (!text.isEmpty()) OGR_F_SetFieldString(f, i, text.toUtf8().constData());
}

void setTime(OGRFeatureH f, int i, qint64 seconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    const QDate d = t.date();
    const QTime h = t.time();
    OGR_F_SetFieldDateTimeEx(f, i, d.year(), d.month(), d.day(), h.hour(), h.minute(),
                             float(h.second()), 100);
}

QString sourcesJson(const Event& e)
{
    QJsonArray out;
    for (const Source& s : e.sources)
        out.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("url"), s.url},
                               {QStringLiteral("quote"), s.quote}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

OGRGeometryH geometry(const Annotation& a)
{
    const auto points = [&](OGRGeometryH g) {
        for (const QPointF& p : a.vertices)
            OGR_G_AddPoint_2D(g, p.x(), p.y());
        return g;
    };
    switch (a.kind) {
    case Annotation::Kind::Point: {
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        if (!a.vertices.isEmpty()) OGR_G_SetPoint_2D(g, 0, a.vertices[0].x(), a.vertices[0].y());
        return g;
    }
    case Annotation::Kind::Polyline:
        return points(OGR_G_CreateGeometry(wkbLineString));
    case Annotation::Kind::Polygon: {
        OGRGeometryH ring = points(OGR_G_CreateGeometry(wkbLinearRing));
        if (!a.vertices.isEmpty()) OGR_G_AddPoint_2D(ring, a.vertices[0].x(), a.vertices[0].y());
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(g, ring);
        return g;
    }
    }
    return nullptr;
}

// Every attribute name of the events, in first-seen order, each with its column: the name
// itself, or "attribute:NAME" when it would clash with a column of Tigris's own (OgrImporter
// takes the prefix off again).
QList<QPair<QString, QByteArray>> attributeColumns(const std::vector<Event>& events)
{
    QList<QPair<QString, QByteArray>> out;
    QHash<QString, bool> seen;
    for (const Event& e : events)
        for (const auto& [name, value] : e.attributes) {
            if (seen.contains(name)) continue;
            seen.insert(name, true);
            bool clash = name.compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0 ||
                         name.compare(QLatin1String("geom"), Qt::CaseInsensitive) == 0;
            for (const ColumnDef& c : kEventColumns)
                clash = clash || name.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0;
            out.append({name, (clash ? QStringLiteral("attribute:") + name : name).toUtf8()});
        }
    return out;
}

void writeEvents(Output& out, const std::vector<Event>& events)
{
    OGRLayerH l = out.layer("events", wkbPoint, "Events exported by Tigris");
    for (const ColumnDef& c : kEventColumns)
        out.field(l, c.name, c.type, c.subType);
    const auto attributes = attributeColumns(events);
    QHash<QString, int> attributeIndex;
    for (const auto& [name, column] : attributes) {
        out.field(l, column, OFTString, OFSTNone);
        attributeIndex.insert(name, kColumns + int(attributeIndex.size()));
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    out.begin();
    for (const Event& e : events) {
        OGRFeatureH f = OGR_F_Create(defn);
        setText(f, ExternalId, e.externalId);
        setText(f, Title, e.title);
        setText(f, Description, e.description);
        setText(f, Start, e.startDate().toIso());
        if (const auto end = e.endDate()) setText(f, End, end->toIso());
        setText(f, Precision, toString(e.precision));
        setTime(f, BeginTime, e.spanBegin());
        setTime(f, EndTime, e.spanEnd());
        OGR_F_SetFieldInteger(f, Approximate, e.approximate ? 1 : 0);
        setText(f, Category, e.category);
        setText(f, SubCategory, e.subCategory);
        setText(f, Actors, e.actors.join(QStringLiteral("; ")));
        setText(f, Tags, e.tags.join(QStringLiteral("; ")));
        if (e.fatalities) OGR_F_SetFieldInteger(f, Fatalities, *e.fatalities);
        setText(f, Place, e.locationName);
        setText(f, GeoPrecisionColumn, toString(e.geoPrecision));
        setText(f, SourcesJson, sourcesJson(e));
        for (const auto& [name, value] : e.attributes)
            setText(f, attributeIndex.value(name), value);
        if (e.hasCoordinate()) {
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, e.lon, e.lat);
            OGR_F_SetGeometryDirectly(f, g);
        } else {
            setText(f, Position, QStringLiteral("none"));
        }
        out.add(l, f);
    }
    out.commit();
}

void writeAnnotations(Output& out, const std::vector<Annotation>& annotations)
{
    OGRLayerH l = out.layer("annotations", wkbUnknown, "Annotations exported by Tigris");
    for (const char* name : {"title", "note", "colour", "marker", "kind"})
        out.field(l, name, OFTString, OFSTNone);
    out.field(l, "valid_from", OFTDateTime, OFSTNone);
    out.field(l, "valid_to", OFTDateTime, OFSTNone);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    out.begin();
    for (const Annotation& a : annotations) {
        OGRFeatureH f = OGR_F_Create(defn);
        setText(f, 0, a.title);
        setText(f, 1, a.note);
        setText(f, 2, a.colour.name());
        setText(f, 3, a.marker);
        setText(f, 4, toString(a.kind));
        if (a.validFrom) setTime(f, 5, *a.validFrom);
        if (a.validTo) setTime(f, 6, *a.validTo);
        OGR_F_SetGeometryDirectly(f, geometry(a));
        out.add(l, f);
    }
    out.commit();
}

} // namespace

namespace GeoPackageExport {

void write(const QString& path, const std::vector<Event>& events,
           const std::vector<Annotation>& annotations)
{
    const QFileInfo info(path);
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const GdalQuietErrors quiet;
    try {
        Output out(path, temp);
        writeEvents(out, events);
        writeAnnotations(out, annotations);
        out.close();
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    std::error_code error; // rename(2): the old file is replaced at once, never half there
    std::filesystem::rename(temp.toStdString(), path.toStdString(), error);
    if (error) {
        QFile::remove(temp);
        throw StoreError(
            QStringLiteral("cannot be written (%1)").arg(QString::fromStdString(error.message())),
            {path});
    }
}

} // namespace GeoPackageExport
