#include "gis/OgrDataset.h"

#include "io/ImportError.h"
#include "gis/OgrLayerList.h"
#include "io/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <atomic>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <mutex>
#include <ogr_srs_api.h>

namespace {

// The drivers Tigris reads; GDALOpenEx never tries any other (no VRT, no databases, no
// web services, no raster).
const char* const kDrivers[] = {"ESRI Shapefile", "GPKG", "FlatGeobuf", "GPX", "XLSX", "ODS", "GML",
                                "MapInfo File",   "CSV",  nullptr};

// Each driver's open options: GML neither downloads schemas nor writes a .gfs beside the
// file; CSV takes a WKT column as the geometry and bounds a line as CsvReader does.
std::vector<const char*> openOptions(const char* driver)
{
    const QByteArray d(driver);
    if (d == "GML") return {"DOWNLOAD_SCHEMA=NO", "WRITE_GFS=NO", nullptr};
    if (d == "CSV")
        return {"GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom,wkt_geom", "KEEP_GEOM_COLUMNS=NO",
                "MAX_LINE_SIZE=16777216", nullptr};
    return {nullptr};
}

// The one .shp inside a zip, as a path inside it; empty when there is none or several
// (then the zip's root is opened, each Shapefile a layer).
QString shapefileInZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QString found;
    try {
        const ZipArchive zip(file);
        for (const ZipArchive::Entry& e : zip.entries()) {
            if (!e.name.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive)) continue;
            if (!found.isEmpty()) return {};
            found = e.name;
        }
    } catch (const ImportError&) {
        return {};
    }
    return found;
}

std::atomic<int> memFiles{0};

} // namespace

GdalQuietErrors::GdalQuietErrors()
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

GdalQuietErrors::~GdalQuietErrors()
{
    CPLPopErrorHandler();
}

void OgrDataset::configureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Nothing reaches the network: /vsicurl/ and friends are refused by refusal() before
        // GDAL sees a path, and should a driver still try (a GML schema, an xlink), every HTTP
        // request goes to a closed local port and gives up at once.
        CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        CPLSetConfigOption("GDAL_HTTP_NETRC", "NO");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".tigris-no-network");
        CPLSetConfigOption("CPL_VSIL_CURL_USE_HEAD", "NO");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        CPLSetConfigOption("GDAL_XML_VALIDATION", "NO");
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        OSRSetPROJEnableNetwork(FALSE);
        // No side files written next to the user's data (.aux.xml), a bounded block cache.
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
        CPLSetConfigOption("GDAL_CACHEMAX", "64");
        GDALAllRegister();
    });
}

QString OgrDataset::refusal(const QString& path)
{
    const QString p = path.trimmed();
    if (p.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive))
        return QStringLiteral("GDAL virtual file systems (/vsi…/) are not opened: give a local "
                              "file");
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (url.match(p).hasMatch())
        return QStringLiteral("network addresses are not opened: Tigris reads local files only");
    // PG:dbname=…, WFS:http…, GPKG:file:table, … (a Windows drive letter is one letter).
    static const QRegularExpression connection(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    if (connection.match(p).hasMatch())
        return QStringLiteral("GDAL connection strings are not opened: give a local file");
    if (p.startsWith(QLatin1String("\\\\")) || p.startsWith(QLatin1String("//")))
        return QStringLiteral("network paths are not opened: copy the file to this computer");
    return {};
}

QString OgrDataset::lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

OgrDataset::OgrDataset(const QString& path) : path_(path)
{
    configureGdal();
    if (const QString why = refusal(path); !why.isEmpty()) throw ImportError(why);
    const QFileInfo info(path);
    if (!info.exists()) throw ImportError(QStringLiteral("cannot be read (no such file)"));
    QString gdalPath = QDir::cleanPath(info.absoluteFilePath());
    if (gdalPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const QString inner = shapefileInZip(path);
        gdalPath = QStringLiteral("/vsizip/") + gdalPath +
                   (inner.isEmpty() ? QString() : QLatin1Char('/') + inner);
    }
    open(gdalPath);
}

OgrDataset::OgrDataset(const QByteArray& bytes, const QString& fileName) : path_(fileName)
{
    configureGdal();
    memPath_ = QStringLiteral("/vsimem/tigris-%1-%2/%3")
                   .arg(QCoreApplication::applicationPid())
                   .arg(memFiles.fetch_add(1))
                   .arg(QFileInfo(fileName).fileName());
    // GDAL reads the bytes in place (no copy, not owned): they outlive the dataset.
    VSILFILE* f = VSIFileFromMemBuffer(memPath_.toUtf8().constData(),
                                       reinterpret_cast<GByte*>(const_cast<char*>(bytes.data())),
                                       vsi_l_offset(bytes.size()), FALSE);
    if (!f) throw ImportError(QStringLiteral("cannot be read"));
    VSIFCloseL(f);
    QString gdalPath = memPath_;
    if (fileName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        gdalPath = QStringLiteral("/vsizip/") + memPath_;
    try {
        open(gdalPath);
    } catch (...) {
        VSIUnlink(memPath_.toUtf8().constData());
        throw;
    }
}

OgrDataset::~OgrDataset()
{
    if (ds_) GDALClose(ds_);
    if (!memPath_.isEmpty()) VSIUnlink(memPath_.toUtf8().constData());
}

void OgrDataset::open(const QString& gdalPath)
{
    const GdalQuietErrors quiet;
    const QByteArray p = gdalPath.toUtf8();
    GDALDriverH driver = GDALIdentifyDriverEx(p.constData(), GDAL_OF_VECTOR, kDrivers, nullptr);
    if (!driver)
        throw ImportError(QStringLiteral("not a GIS file Tigris reads (Shapefile, GeoPackage, "
                                         "FlatGeobuf, GPX, XLSX, ODS, GML, MapInfo TAB/MIF, CSV "
                                         "with WKT)%1")
                              .arg(lastGdalError().isEmpty()
                                       ? QString()
                                       : QStringLiteral(": ") + lastGdalError()));
    const char* name = GDALGetDriverShortName(driver);
    const char* const only[] = {name, nullptr};
    const std::vector<const char*> options = openOptions(name);
    ds_ =
        GDALOpenEx(p.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, only, options.data(), nullptr);
    if (!ds_) {
        const QString why = lastGdalError();
        throw ImportError(QStringLiteral("a corrupt or unreadable %1 file%2")
                              .arg(QString::fromUtf8(GDALGetDriverLongName(driver)),
                                   why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
}

QString OgrDataset::driver() const
{
    return QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds_)));
}

int OgrDataset::layerCount() const
{
    return GDALDatasetGetLayerCount(ds_);
}

OGRLayerH OgrDataset::layer(const QString& name) const
{
    const int n = layerCount();
    if (name.isEmpty() && n == 1) return GDALDatasetGetLayer(ds_, 0);
    for (int i = 0; i < n && !name.isEmpty(); ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds_, i);
        if (QString::fromUtf8(OGR_L_GetName(l)).compare(name, Qt::CaseInsensitive) == 0) return l;
    }
    QStringList listed;
    for (const OgrLayerInfo& l : OgrLayerList::of(*this))
        listed << l.describe();
    if (n == 0) throw ImportError(QStringLiteral("the file has no layers"));
    throw ImportError((name.isEmpty()
                           ? QStringLiteral("the file has %1 layers; choose one with --layer "
                                            "NAME (or in the import dialog): %2")
                                 .arg(n)
                           : QStringLiteral("no layer '%1'; the layers are: %2").arg(name))
                          .arg(listed.join(QStringLiteral("; "))));
}
