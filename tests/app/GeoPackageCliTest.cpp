// `tigris export-data OUT.gpkg`: a GeoPackage other GIS tools read (checked with GDAL's ogrinfo,
// the reader QGIS uses, when it is installed), and `tigris import --layer`.
#ifdef TIGRIS_HAVE_GDAL
#include "RunTigris.h"
#include "TestCatch.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
QByteArray ogrinfo(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ogrinfo"), args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}
} // namespace

TEST_CASE("export-data OUT.gpkg writes events and annotations layers ogrinfo reads; filters "
          "apply",
          "[cli][export][gpkg]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    REQUIRE(runTigris({QStringLiteral("annotate"), project, QStringLiteral("--location"),
                       QStringLiteral("Kirkuk"), QStringLiteral("--title"),
                       QStringLiteral("Peshmerga hold the city"), QStringLiteral("--from"),
                       QStringLiteral("2014-06-12"), QStringLiteral("--to"),
                       QStringLiteral("2014-06-12")})
                .code == 0);
    const QString gpkg = dir.filePath(QStringLiteral("june.gpkg"));
    const TigrisRun r =
        runTigris({QStringLiteral("export-data"), project, gpkg, QStringLiteral("--from"),
                   QStringLiteral("2014-06"), QStringLiteral("--to"), QStringLiteral("2014-06")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(" annotations written to "));
    QFile f(gpkg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(72).mid(68, 4) == "GPKG"); // the GeoPackage application id
    // No temporary file is left beside it.
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden)
              .isEmpty());

    if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty()) {
        WARN("ogrinfo is not installed: the GeoPackage was not checked with GDAL's reader");
        return;
    }
    const QByteArray summary =
        ogrinfo({QStringLiteral("-ro"), QStringLiteral("-so"), gpkg, QStringLiteral("events")});
    INFO(summary.toStdString());
    CHECK(summary.contains("Geometry: Point"));
    CHECK(summary.contains("begin_time: DateTime"));
    CHECK(summary.contains("end_time: DateTime"));
    CHECK(summary.contains("start: String"));
    CHECK(summary.contains("precision: String"));
    CHECK(summary.contains("sources_json: String(JSON)"));
    CHECK_FALSE(summary.contains("Feature Count: 0"));
    const QByteArray mosul =
        ogrinfo({QStringLiteral("-ro"), QStringLiteral("-q"), QStringLiteral("-where"),
                 QStringLiteral("title = 'Fall of Mosul'"), gpkg, QStringLiteral("events")});
    INFO(mosul.toStdString());
    CHECK(mosul.contains("start (String) = 2014-06-10"));
    CHECK(mosul.contains("begin_time (DateTime) = 2014/06/10 00:00:00+00"));
    CHECK(mosul.contains("end_time (DateTime) = 2014/06/11 00:00:00+00"));
    CHECK(mosul.contains("POINT (43."));
    const QByteArray old =
        ogrinfo({QStringLiteral("-ro"), QStringLiteral("-q"), QStringLiteral("-where"),
                 QStringLiteral("title LIKE 'Abu Ghraib%'"), gpkg, QStringLiteral("events")});
    CHECK_FALSE(old.contains("OGRFeature")); // July 2013: outside the filter
    const QByteArray notes =
        ogrinfo({QStringLiteral("-ro"), QStringLiteral("-q"), gpkg, QStringLiteral("annotations")});
    INFO(notes.toStdString());
    CHECK(notes.contains("title (String) = Peshmerga hold the city"));
    CHECK(notes.contains("valid_from (DateTime) = 2014/06/12 00:00:00+00"));
}

TEST_CASE("import --layer picks a layer; an unknown one is a usage error naming the layers",
          "[cli][import][gpkg]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString gpkg = dir.filePath(QStringLiteral("all.gpkg"));
    REQUIRE(runTigris({QStringLiteral("export-data"), project, gpkg}).code == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.tigris"));
    const TigrisRun bad =
        runTigris({QStringLiteral("import"), copy, gpkg, QStringLiteral("--create"),
                   QStringLiteral("--layer"), QStringLiteral("roads")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains("no layer 'roads'; the layers are: events (53 features, Point, "
                           "EPSG:4326); annotations (0 features"));
    const TigrisRun good =
        runTigris({QStringLiteral("import"), copy, gpkg, QStringLiteral("--layer"),
                   QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("ogr")});
    INFO(good.err.toStdString());
    CHECK(good.code == 0);
    CHECK(good.out.contains("\"imported\": 53"));
    const TigrisRun csv = runTigris({QStringLiteral("import"), copy,
                                     QStringLiteral(TIGRIS_FIXTURES "/import/tabs.tsv"),
                                     QStringLiteral("--layer"), QStringLiteral("x")});
    CHECK(csv.code == 1);
    CHECK(csv.err.contains("--layer applies to GIS files"));
}
#endif
