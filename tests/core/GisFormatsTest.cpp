// What Tigris says about GIS files, with or without its GDAL plugin: their format recognised by
// the first bytes and name, and the message without GDAL. The ctest entry
// gis_formats_without_gdal runs these in the normal build with TIGRIS_GDAL_PLUGIN naming a
// missing file (nothing extra built); the other entries run them with the plugin.
#include "io/GisFormats.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/GisBackend.h"

TEST_CASE("GIS formats are recognised by their first bytes or their name", "[gis-off]")
{
    using GisFormats::recognise;
    QByteArray gpkg("SQLite format 3\0", 16);
    gpkg.append(QByteArray(52, '\0')).append("GPKG").append(QByteArray(28, '\0'));
    CHECK(recognise(QStringLiteral("a.db"), gpkg) == QStringLiteral("GeoPackage"));
    QByteArray sqlite = gpkg;
    sqlite.replace(68, 4, QByteArray(4, '\0')); // plain SQLite (a Tigris project): not GIS
    CHECK(recognise(QStringLiteral("a.tigris"), sqlite).isEmpty());
    CHECK(recognise(QStringLiteral("x"), QByteArray("fgb\x03"
                                                    "fgb\x00",
                                                    8)) == QStringLiteral("FlatGeobuf"));
    CHECK(recognise(QStringLiteral("x"), QByteArray("\x00\x00\x27\x0a\x00\x00", 6)) ==
          QStringLiteral("Shapefile"));
    CHECK(recognise(QStringLiteral("roads.SHP"), QByteArray()) == QStringLiteral("Shapefile"));
    CHECK(recognise(QStringLiteral("log.txt"),
                    "<?xml version=\"1.0\"?>\n<!-- a GPS log -->\n<gpx version=\"1.1\">") ==
          QStringLiteral("GPX"));
    CHECK(recognise(QStringLiteral("x.xml"),
                    "<?xml version=\"1.0\"?><wfs:FeatureCollection "
                    "xmlns:gml=\"http://www.opengis.net/gml\">") == QStringLiteral("GML"));
    // KML mentions no GML namespace and is left to the native KML importer.
    CHECK(recognise(QStringLiteral("a.kml"), "<?xml version=\"1.0\"?><kml "
                                             "xmlns=\"http://www.opengis.net/kml/2.2\">")
              .isEmpty());
    CHECK(recognise(QStringLiteral("sheet.xlsx"), "PK\x03\x04") == QStringLiteral("XLSX"));
    CHECK(recognise(QStringLiteral("sheet.ods"), "PK\x03\x04") == QStringLiteral("ODS"));
    CHECK(recognise(QStringLiteral("a.tab"), QByteArray()) == QStringLiteral("MapInfo TAB"));
    CHECK(recognise(QStringLiteral("a.mif"), QByteArray()) == QStringLiteral("MapInfo MIF"));
    CHECK(recognise(QStringLiteral("a.csv"), "id,date,title,WKT\n1,2014,x,\"POINT (1 2)\"\n") ==
          QStringLiteral("CSV with WKT"));
    // The native importers keep what they read well.
    CHECK(recognise(QStringLiteral("a.csv"), "date,title,lat,lon,wkt\n").isEmpty());
    CHECK(recognise(QStringLiteral("a.geojson"), "{\"type\":\"FeatureCollection\"}").isEmpty());
    CHECK(recognise(QStringLiteral("a.kmz"), "PK\x03\x04").isEmpty());
}

TEST_CASE("Without GDAL, the message names the format, why, and the ogr2ogr command",
          "[gis-off]")
{
    const QString m = GisFormats::unavailableMessage(QStringLiteral("/data/roads.gpkg"),
                                                     QStringLiteral("GeoPackage"));
    CHECK(m.startsWith(QStringLiteral("/data/roads.gpkg: this is a GIS file (GeoPackage)")));
    CHECK(m.contains(QStringLiteral("(") + GisFormats::unavailableReason() +
                     QStringLiteral(")")));
    CHECK(m.endsWith(QStringLiteral("ogr2ogr -f GeoJSON roads.geojson /data/roads.gpkg")));
    // A path a shell would split is quoted, so the command can be pasted as it is.
    const QString spaced = GisFormats::unavailableMessage(QStringLiteral("/data/my roads's.shp"),
                                                          QStringLiteral("Shapefile"));
    INFO(spaced.toStdString());
    CHECK(spaced.endsWith(
        QStringLiteral("ogr2ogr -f GeoJSON 'my roads'\\''s.geojson' '/data/my roads'\\''s.shp'")));
}

TEST_CASE("GDAL is a plugin: loaded when it is there, else GIS files are refused with why",
          "[gis-off]")
{
    const QByteArray override = qgetenv("TIGRIS_GDAL_PLUGIN");
    QString why;
    const GisBackend* gis = GisBackend::instance(&why);
    if (!override.isNull() && !QFileInfo::exists(QString::fromLocal8Bit(override))) {
        // ctest gis_formats_without_gdal: as if the plugin were not installed.
        REQUIRE(gis == nullptr);
        CHECK_FALSE(GisFormats::available());
        CHECK(why == QStringLiteral("its GDAL plugin is not installed (looked for %1)")
                         .arg(QString::fromLocal8Bit(override)));
        QTemporaryDir dir;
        auto store = newProject(dir);
        const QString gpx =
            writeSource(dir, "log.gpx", "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>\n");
        CHECK(importFailure(*store, gpx).message() ==
              GisFormats::unavailableMessage(gpx, QStringLiteral("GPX")));
        CHECK(importFailure(*store, gpx, QStringLiteral("ogr")).message() ==
              GisFormats::unavailableMessage(gpx, QStringLiteral("GPX")));
        CHECK(store->query({}).empty());
        return;
    }
#ifdef TIGRIS_HAVE_GDAL
    INFO(why.toStdString());
    REQUIRE(gis != nullptr);
    CHECK(GisFormats::available());
    CHECK(GisFormats::unavailableReason().isEmpty());
    CHECK(gis->version().startsWith(QStringLiteral("GDAL 3.")));
#else
    CHECK(gis == nullptr);
    CHECK(why == QStringLiteral("it was built with TIGRIS_WITH_GDAL=OFF"));
#endif
}
