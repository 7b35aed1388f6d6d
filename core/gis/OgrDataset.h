#pragma once

#include <QString>
#include <gdal.h>
#include <memory>

// A GIS file opened read-only through GDAL/OGR, safely: only local files, only the drivers
// Tigris reads (Shapefile, GeoPackage, FlatGeobuf, GPX, XLSX, ODS, GML, MapInfo, CSV), vector
// only, and GDAL configured once so that nothing it does reaches the network (see
// configureGdal()). GDAL's own messages are kept from stderr and put in the ImportError.
class OgrDataset {
  public:
    // Throws ImportError with the reason (the caller names the file): a network or virtual path, a
    // file that is missing or none of the allowed formats, a corrupt one. A .zip is opened inside
    // (/vsizip/, built here: the user's path never names a virtual file system).
    explicit OgrDataset(const QString& path);
    // GDAL reads from memory (/vsimem/), for the fuzz targets and QIODevice sources: `bytes`
    // are the file, `fileName` its name (the extension picks the driver).
    OgrDataset(const QByteArray& bytes, const QString& fileName);
    ~OgrDataset();
    OgrDataset(const OgrDataset&) = delete;
    OgrDataset& operator=(const OgrDataset&) = delete;

    GDALDatasetH handle() const { return ds_; }
    QString driver() const; // GDAL's short name: "ESRI Shapefile", "GPKG", ...
    QString path() const { return path_; }
    int layerCount() const;
    // The layer named `name` (case-insensitively), or the only one when `name` is empty.
    // Throws ImportError listing the layers (with their feature counts and geometry types)
    // when there is no such layer, or several and none named.
    OGRLayerH layer(const QString& name) const;

    // Why `path` is refused before GDAL sees it: /vsi…/ prefixes, URLs (scheme://), GDAL
    // connection strings (PG:, WFS:, …), UNC network paths; empty when it is a plain path.
    static QString refusal(const QString& path);
    // Sets GDAL's process-wide options once: no network (HTTP timeouts, proxy, allowed
    // extensions, PROJ network off, GML schemas not downloaded, xlinks not resolved), a bounded
    // block cache. Idempotent, thread-safe.
    static void configureGdal();
    // GDAL's last error on this thread, for messages ("" when none).
    static QString lastGdalError();

  private:
    void open(const QString& gdalPath);
    QString path_;    // as the user gave it
    QString memPath_; // the /vsimem/ file of the in-memory form; removed on destruction
    GDALDatasetH ds_ = nullptr;
};

// While alive, GDAL's messages on this thread are recorded (OgrDataset::lastGdalError()), not
// printed on stderr.
class GdalQuietErrors {
  public:
    GdalQuietErrors();
    ~GdalQuietErrors();
    GdalQuietErrors(const GdalQuietErrors&) = delete;
    GdalQuietErrors& operator=(const GdalQuietErrors&) = delete;
};
