// What every build says about GIS files, with or without GDAL: their format recognised by the
// first bytes and name, and the message of a build without GDAL (TIGRIS_WITH_GDAL=OFF). The
// ctest entry gis_formats_without_gdal runs these in the normal build (nothing extra built).
#include "io/GisFormats.h"

#include "TestCatch.h"

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

TEST_CASE("A build without GDAL names the format and the ogr2ogr command that converts it",
          "[gis-off]")
{
    const QString m = GisFormats::unavailableMessage(QStringLiteral("/data/roads.gpkg"),
                                                     QStringLiteral("GeoPackage"));
    CHECK(m.startsWith(QStringLiteral("/data/roads.gpkg: this is a GIS file (GeoPackage)")));
    CHECK(m.contains(QStringLiteral("TIGRIS_WITH_GDAL=OFF")));
    CHECK(m.endsWith(QStringLiteral("ogr2ogr -f GeoJSON roads.geojson /data/roads.gpkg")));
    // A path a shell would split is quoted, so the command can be pasted as it is.
    const QString spaced = GisFormats::unavailableMessage(QStringLiteral("/data/my roads's.shp"),
                                                          QStringLiteral("Shapefile"));
    INFO(spaced.toStdString());
    CHECK(spaced.endsWith(
        QStringLiteral("ogr2ogr -f GeoJSON 'my roads'\\''s.geojson' '/data/my roads'\\''s.shp'")));
#ifdef TIGRIS_HAVE_GDAL
    CHECK(GisFormats::available());
#else
    CHECK_FALSE(GisFormats::available());
#endif
}
