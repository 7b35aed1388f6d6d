#pragma once

#include "annotations/Annotation.h"
#include "io/CsvMapping.h"
#include "io/Importer.h"
#include "io/OgrPreview.h"
#include "model/Event.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Everything Tigris does through GDAL/OGR, behind one interface so that GDAL (about a hundred
// shared libraries, tens of milliseconds to load) is loaded only by the processes that read or
// write a GIS format, never by `--help`, query, info or an image export. The implementation is
// the plugin libtigris_gdal.so (core/gis/, GdalPlugin.cpp), loaded with QLibrary on first use.
//
// The plugin is looked for, in order: the file named by the environment variable
// TIGRIS_GDAL_PLUGIN (tests; an empty value or a missing file means "no plugin"), the
// executable's ../lib/tigris/ (the install tree), and the build tree when the executable runs
// from it. Without it, GIS formats are refused with GisFormats::unavailableMessage().
class GisBackend {
  public:
    virtual ~GisBackend() = default;

    // "GDAL 3.6.2"
    virtual QString version() const = 0;

    // The importer of `--format ogr` (see gis/OgrImporter.h): `fileName` names the source
    // when it is not a QFile; `layer` empty: the mapping's, else the only one; `mapping`
    // empty: roles by field names. `progress` gets features read so far and in all (-1 when
    // the format does not store the count); false cancels.
    struct ImporterOptions {
        QString fileName;
        QString layer;
        std::optional<CsvMapping> mapping;
        std::function<bool(qint64 done, qint64 total)> progress;
    };
    virtual std::unique_ptr<Importer> makeImporter(const ImporterOptions& options) const = 0;

    // The layers of the file at `path`, and the first `maxRecords` features of `layer` (empty:
    // the first). Errors are in table.error, never thrown.
    virtual OgrPreview preview(const QString& path, const QString& layer,
                               int maxRecords) const = 0;

    // `tigris export-data FILE OUT.gpkg` (see gis/GeoPackageExport.h). Throws StoreError.
    virtual void writeGeoPackage(const QString& path, const std::vector<Event>& events,
                                 const std::vector<Annotation>& annotations) const = 0;

    // The plugin, loaded on the first call (thread-safe; never unloaded); null when it is not
    // there or does not load, with why in `*why` when given.
    static const GisBackend* instance(QString* why = nullptr);
};

// The plugin's one exported symbol, `tigris_gis_backend`: a backend that lives as long as the
// process, or null when `key` is not its own gisBackendKey(). The plugin holds its own copy of
// the core code it needs and passes C++ objects (Event, CsvMapping, Importer …) both ways, so
// the executable and the plugin must come from one build: the key is the version and the sizes
// of those types, and a plugin of another build is refused ("built for another Tigris").
extern "C" {
using TigrisGisBackendFactory = const GisBackend* (*)(const char* key);
}
inline constexpr char kGisBackendFactory[] = "tigris_gis_backend";
inline QByteArray gisBackendKey()
{
    return QByteArray(TIGRIS_VERSION) + " abi 1 " + QByteArray::number(sizeof(GisBackend)) + ' ' +
           QByteArray::number(sizeof(Event)) + ' ' + QByteArray::number(sizeof(Annotation)) +
           ' ' + QByteArray::number(sizeof(CsvMapping)) + ' ' +
           QByteArray::number(sizeof(ImportReport)) + ' ' + QByteArray::number(sizeof(Importer)) +
           ' ' + QByteArray::number(sizeof(OgrPreview));
}
