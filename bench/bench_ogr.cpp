// GIS import benchmark (issue 16): N points in a GeoPackage and in a FlatGeobuf imported by
// Tigris (OgrImporter), side by side with GDAL's own `ogr2ogr -f GPKG` of the same data.
//
//   bench_ogr [N ...]                        default: 250000 then 1000000
//   bench_ogr --child-write N DIR            writes DIR/points.gpkg and DIR/points.fgb
//   bench_ogr --child-import FILE PROJECT    imports FILE into a new PROJECT
//
// Points are seeded, clustered around real places in Iraq, each with a date (ISO text at
// day precision), a title, a category, a fatality count and a note that no role takes. Each
// step runs in a child process so that its peak RSS is its own; the children that are Tigris
// write their VmHWM beside the project (wait4's ru_maxrss would include the spawning parent).
#include "BenchArgs.h"
#include "ChildRun.h"
#include "io/Importer.h"
#include "gis/OgrDataset.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <random>

namespace {

struct Place {
    const char* name;
    double lat, lon;
};
const Place kPlaces[] = {{"Mosul", 36.34, 43.13},   {"Tikrit", 34.6, 43.68},
                         {"Baghdad", 33.31, 44.37}, {"Kirkuk", 35.47, 44.39},
                         {"Falluja", 33.35, 43.78}, {"Ramadi", 33.42, 43.3},
                         {"Samarra", 34.2, 43.87},  {"Baiji", 34.93, 43.49}};
const char* const kCategories[] = {"Battles", "Explosions", "Violence against civilians",
                                   "Strategic developments"};

int childWrite(long n, const QString& dir)
{
    OgrDataset::configureGdal();
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(SRS_WKT_WGS84_LAT_LONG);
    for (const char* driver : {"GPKG", "FlatGeobuf"}) {
        const QString path = dir + (QByteArray(driver) == "GPKG" ? QStringLiteral("/points.gpkg")
                                                                 : QStringLiteral("/points.fgb"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driver), path.toUtf8().constData(), 0, 0,
                                     0, GDT_Unknown, nullptr);
        if (!ds) return 1;
        OGRLayerH l = GDALDatasetCreateLayer(ds, "points", wgs84, wkbPoint, nullptr);
        for (const auto& [name, type] : {std::pair{"date", OFTString},
                                         {"title", OFTString},
                                         {"category", OFTString},
                                         {"fatalities", OFTInteger},
                                         {"note", OFTString}}) {
            OGRFieldDefnH f = OGR_Fld_Create(name, type);
            OGR_L_CreateField(l, f, TRUE);
            OGR_Fld_Destroy(f);
        }
        std::mt19937_64 rng(42);
        std::normal_distribution<double> spread(0, 0.15);
        GDALDatasetStartTransaction(ds, FALSE);
        for (long i = 0; i < n; ++i) {
            const Place& p = kPlaces[rng() % std::size(kPlaces)];
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
            const int day = int(rng() % 28) + 1, month = int(rng() % 12) + 1;
            const QByteArray date = QStringLiteral("2014-%1-%2")
                                        .arg(month, 2, 10, QLatin1Char('0'))
                                        .arg(day, 2, 10, QLatin1Char('0'))
                                        .toUtf8();
            OGR_F_SetFieldString(f, 0, date.constData());
            OGR_F_SetFieldString(
                f, 1,
                (QByteArray("Clash near ") + p.name + ' ' + QByteArray::number(qint64(i)))
                    .constData());
            OGR_F_SetFieldString(f, 2, kCategories[rng() % std::size(kCategories)]);
            OGR_F_SetFieldInteger(f, 3, int(rng() % 20));
            OGR_F_SetFieldString(f, 4, "reported by a local source");
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, p.lon + spread(rng), p.lat + spread(rng));
            OGR_F_SetGeometryDirectly(f, g);
            if (OGR_L_CreateFeature(l, f) != OGRERR_NONE) return 1;
            OGR_F_Destroy(f);
        }
        GDALDatasetCommitTransaction(ds);
        GDALClose(ds);
    }
    OSRRelease(wgs84);
    return 0;
}

int childImport(const QString& file, const QString& project)
{
    struct ReportPeak {
        QString path;
        ~ReportPeak()
        {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly)) f.write(QByteArray::number(qint64(peakRssKb())));
        }
    } peakReport{project + QStringLiteral(".hwm")};
    try {
        auto store = EventStore::create(project);
        const ImportReport report = importFile(*store, file);
        std::printf("    %s: imported %lld, rejected %lld\n",
                    qPrintable(QFileInfo(file).fileName()), static_cast<long long>(report.imported),
                    static_cast<long long>(report.rejected.size()));
        return report.imported > 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "import failed: %s\n", e.what());
        return 1;
    }
}

long childPeak(const QString& project)
{
    QFile f(project + QStringLiteral(".hwm"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toLong() : 0;
}

void run(const std::string& self, long n)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    std::printf("%ld points\n", n);
    std::fflush(stdout); // before the children write to the same stream
    const ChildRun write = runChild({self, "--child-write", std::to_string(n), d});
    if (write.status != 0) std::exit(1);
    std::printf("  fixtures written in %.1f s (GPKG %.0f MB, FlatGeobuf %.0f MB)\n", write.seconds,
                double(QFileInfo(dir.filePath(QStringLiteral("points.gpkg"))).size()) / 1e6,
                double(QFileInfo(dir.filePath(QStringLiteral("points.fgb"))).size()) / 1e6);
    std::printf("  %-40s %8s %8s %12s\n", "", "seconds", "CPU s", "peak RSS MB");
    const auto row = [](const char* name, const ChildRun& r, long kb) {
        std::printf("  %-40s %8.1f %8.1f %12.0f%s\n", name, r.seconds, r.cpuSeconds,
                    double(kb) / 1024.0, r.status == 0 ? "" : "  (failed)");
    };
    const ChildRun gpkgRef =
        runChild({"ogr2ogr", "-f", "GPKG", d + "/ref-from-gpkg.gpkg", d + "/points.gpkg"});
    row("ogr2ogr -f GPKG (from the GeoPackage)", gpkgRef, gpkgRef.peakRssKb);
    const ChildRun fgbRef =
        runChild({"ogr2ogr", "-f", "GPKG", d + "/ref-from-fgb.gpkg", d + "/points.fgb"});
    row("ogr2ogr -f GPKG (from the FlatGeobuf)", fgbRef, fgbRef.peakRssKb);
    for (const char* source : {"points.gpkg", "points.fgb"}) {
        const std::string project = d + "/" + source + ".tigris";
        std::fflush(stdout);
        const ChildRun r = runChild({self, "--child-import", d + "/" + source, project});
        row((std::string("tigris import ") + source).c_str(), r,
            childPeak(QString::fromStdString(project)));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines in order with the children's
    static const char* usage = "bench_ogr [N ...]   N points (default 250000 then 1000000)\n";
    if (argc == 4 && std::string(argv[1]) == "--child-write")
        return childWrite(std::atol(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc == 4 && std::string(argv[1]) == "--child-import")
        return childImport(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const BenchArgs args(argc, argv, usage, 8);
    std::vector<long> sizes;
    for (int i = 0; i < args.count(); ++i)
        sizes.push_back(long(args.integer(i, "N", 0, 1, 50'000'000)));
    if (sizes.empty()) sizes = {250'000, 1'000'000};
    const std::string self = QCoreApplication::applicationFilePath().toStdString();
    std::printf("GDAL %s\n", GDALVersionInfo("RELEASE_NAME"));
    for (long n : sizes)
        run(self, n);
    return 0;
}
