// libtigris_gdal.so: GisBackend (io/GisBackend.h) over this folder, the one part of Tigris that
// links GDAL. Built as a MODULE (core/CMakeLists.txt) whose only exported symbol is the factory
// below; io loads it with QLibrary when a GIS format is first read or written.
#include "gis/GeoPackageExport.h"
#include "gis/OgrImporter.h"
#include "gis/OgrPreviewReader.h"
#include "io/GisBackend.h"

#include <gdal.h>

namespace {

class GdalBackend final : public GisBackend {
  public:
    QString version() const override
    {
        return QStringLiteral("GDAL ") + QString::fromUtf8(GDALVersionInfo("RELEASE_NAME"));
    }
    std::unique_ptr<Importer> makeImporter(const ImporterOptions& options) const override
    {
        auto importer =
            std::make_unique<OgrImporter>(options.fileName, options.layer, options.mapping);
        importer->featureProgress = options.progress;
        return importer;
    }
    OgrPreview preview(const QString& path, const QString& layer, int maxRecords) const override
    {
        return OgrPreviewReader::read(path, layer, maxRecords);
    }
    void writeGeoPackage(const QString& path, const std::vector<Event>& events,
                         const std::vector<Annotation>& annotations) const override
    {
        GeoPackageExport::write(path, events, annotations);
    }
};

} // namespace

extern "C" __attribute__((visibility("default"))) const GisBackend* tigris_gis_backend(const char* key)
{
    static const GdalBackend backend;
    return key && gisBackendKey() == key ? &backend : nullptr;
}
