#pragma once
// GIS fixtures written at test time with GDAL's own API from the bundled dataset's events:
// each test writes the format it reads, so no binary fixture is kept in the repository.
#ifdef TIGRIS_HAVE_GDAL
#include "gis/OgrDataset.h"
#include "io/SampleProject.h"
#include "model/Event.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cmath>
#include <functional>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdexcept>
#include <vector>

// The bundled dataset's events that have a position, in start order.
inline std::vector<Event> datasetEvents(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(path, ExistingFile::Replace);
    std::vector<Event> out;
    for (Event& e : EventStore::open(path, true)->query({}))
        if (e.hasCoordinate()) out.push_back(std::move(e));
    return out;
}

// One field of a fixture layer and how an event fills it (nothing set: null).
struct FixtureField {
    const char* name;
    OGRFieldType type;
    std::function<void(OGRFeatureH, int, const Event&)> set;
};

inline void setText(OGRFeatureH f, int i, const QString& s)
{
    if (!s.isEmpty()) OGR_F_SetFieldString(f, i, s.toUtf8().constData());
}

inline void setUtc(OGRFeatureH f, int i, qint64 seconds, bool withTime)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    OGR_F_SetFieldDateTimeEx(f, i, t.date().year(), t.date().month(), t.date().day(),
                             withTime ? t.time().hour() : 0, withTime ? t.time().minute() : 0,
                             withTime ? float(t.time().second()) : 0, withTime ? 100 : 0);
}

// Writes `events` as points of one layer with `driver`, in EPSG `epsg` (0: no CRS; the
// points are reprojected from WGS 84), with `fields`. `geometry` false: no geometry column.
inline void writeFixture(const QString& path, const char* driver, const char* layer, int epsg,
                         const std::vector<Event>& events, const std::vector<FixtureField>& fields,
                         bool geometry = true, std::vector<const char*> layerOptions = {})
{
    OgrDataset::configureGdal();
    GDALDriverH d = GDALGetDriverByName(driver);
    GDALDatasetH ds = GDALCreate(d, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) throw std::runtime_error("cannot create " + path.toStdString());
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr), srs = nullptr;
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH to = nullptr;
    if (epsg > 0) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
        to = OCTNewCoordinateTransformation(wgs84, srs);
    }
    if (QByteArray(driver) == "ESRI Shapefile") layerOptions.push_back("ENCODING=UTF-8"); // a .cpg
    layerOptions.push_back(nullptr);
    OGRLayerH l = GDALDatasetCreateLayer(ds, layer, srs, geometry ? wkbPoint : wkbNone,
                                         const_cast<char**>(layerOptions.data()));
    for (const FixtureField& f : fields) {
        OGRFieldDefnH fd = OGR_Fld_Create(f.name, f.type);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    for (const Event& e : events) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        for (std::size_t i = 0; i < fields.size(); ++i)
            fields[i].set(f, int(i), e);
        if (geometry) {
            double x = e.lon, y = e.lat;
            if (to) OCTTransform(to, 1, &x, &y, nullptr);
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, x, y);
            OGR_F_SetGeometryDirectly(f, g);
        }
        const OGRErr written = OGR_L_CreateFeature(l, f);
        OGR_F_Destroy(f);
        if (written != OGRERR_NONE) throw std::runtime_error("cannot write " + path.toStdString());
    }
    GDALClose(ds);
    if (to) OCTDestroyCoordinateTransformation(to);
    if (srs) OSRRelease(srs);
    OSRRelease(wgs84);
}

// Sets an attribute where the build's Event has them (see io/OgrAttributes.cpp).
template <typename E> void addAttribute(E& e, const QString& name, const QString& value)
{
    if constexpr (requires { e.attributes.append({name, value}); })
        e.attributes.append({name, value});
}

// Metres between two WGS 84 positions (equirectangular: exact enough below a kilometre).
// Adds a layer `name` holding one line (43,36 → 44,36) to the GeoPackage at `path`: a file
// with several layers, the second of which becomes an annotation.
inline void addLineLayer(const QString& path, const char* name)
{
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                 nullptr, nullptr, nullptr);
    if (!ds) throw std::runtime_error("cannot open " + path.toStdString() + " for update");
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, nullptr, wkbLineString, nullptr);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGRGeometryH g = OGR_G_CreateGeometry(wkbLineString);
    OGR_G_AddPoint_2D(g, 43, 36);
    OGR_G_AddPoint_2D(g, 44, 36);
    OGR_F_SetGeometryDirectly(f, g);
    const OGRErr created = OGR_L_CreateFeature(l, f);
    OGR_F_Destroy(f);
    GDALClose(ds);
    if (created != OGRERR_NONE)
        throw std::runtime_error("cannot add a line to " + path.toStdString());
}

inline double metresApart(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371008.8, rad = M_PI / 180;
    const double x = (lon2 - lon1) * rad * std::cos((lat1 + lat2) / 2 * rad);
    const double y = (lat2 - lat1) * rad;
    return r * std::sqrt(x * x + y * y);
}
#endif
