#include "io/GisFormats.h"

#include "io/CsvHeader.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/GisBackend.h"
#include "io/ImportError.h"
#include "io/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace {

bool named(const QString& path, const char* suffix)
{
    return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

// A zip is a Shapefile (a .shp inside), an XLSX (xl/workbook.xml) or an ODS (its mimetype
// entry); anything else, a KMZ included, is left to the native importers.
QString zipKind(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    try {
        const ZipArchive zip(file);
        for (const ZipArchive::Entry& e : zip.entries()) {
            if (e.name.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive))
                return QStringLiteral("Shapefile");
            if (e.name == QLatin1String("xl/workbook.xml")) return QStringLiteral("XLSX");
            if (e.name == QLatin1String("mimetype") && e.size < 256 &&
                zip.read(e).startsWith("application/vnd.oasis.opendocument.spreadsheet"))
                return QStringLiteral("ODS");
        }
    } catch (const ImportError&) {
        // Not a readable zip: the KMZ importer says why.
    }
    return {};
}

// XML whose first element (after the prolog and comments) is <name> or <prefix:name>.
bool xmlRootIs(const QByteArray& head, const char* name)
{
    const QByteArray lower = head.left(4096).toLower();
    const QByteArray open = QByteArray("<") + name;
    const QByteArray prefixed = QByteArray(":") + name;
    for (qsizetype at = lower.indexOf('<'); at >= 0; at = lower.indexOf('<', at + 1)) {
        if (lower.mid(at, 2) == "<?" || lower.mid(at, 2) == "<!") continue;
        qsizetype end = at + 1;
        while (end < lower.size() && !QByteArray(" \t\r\n>/").contains(lower[end]))
            ++end;
        const QByteArray tag = lower.mid(at, end - at);
        return tag == open || tag.endsWith(prefixed);
    }
    return false;
}

} // namespace

namespace GisFormats {

QString recognise(const QString& path, const QByteArray& head)
{
    if (head.startsWith(QByteArray("\x00\x00\x27\x0a", 4)) || named(path, ".shp"))
        return QStringLiteral("Shapefile");
    // A GeoPackage is SQLite whose application_id (offset 68) is "GPKG" (1.2 and later) or
    // "GP10"/"GP11" (1.0, 1.1).
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)) && head.size() >= 72) {
        const QByteArray id = head.mid(68, 4);
        if (id == "GPKG" || id == "GP10" || id == "GP11") return QStringLiteral("GeoPackage");
    }
    if (named(path, ".gpkg")) return QStringLiteral("GeoPackage");
    if (head.startsWith("fgb\x03") || named(path, ".fgb")) return QStringLiteral("FlatGeobuf");
    if (head.startsWith("PK\x03\x04")) {
        if (const QString kind = zipKind(path); !kind.isEmpty()) return kind;
    }
    if (named(path, ".xlsx")) return QStringLiteral("XLSX");
    if (named(path, ".ods")) return QStringLiteral("ODS");
    const QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    if (xmlRootIs(text, "gpx") || named(path, ".gpx")) return QStringLiteral("GPX");
    if (named(path, ".gml") || (text.trimmed().startsWith('<') && !xmlRootIs(text, "kml") &&
                                text.left(4096).contains("http://www.opengis.net/gml")))
        return QStringLiteral("GML");
    if (named(path, ".tab") || text.startsWith("!table")) return QStringLiteral("MapInfo TAB");
    if (named(path, ".mif")) return QStringLiteral("MapInfo MIF");
    if (isCsvWithWkt(head)) return QStringLiteral("CSV with WKT");
    return {};
}

bool isCsvWithWkt(const QByteArray& head)
{
    QByteArray firstLine = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'));
    if (firstLine.contains('\0')) return false;
    QBuffer buffer(&firstLine);
    buffer.open(QIODevice::ReadOnly);
    std::vector<QByteArray> fields;
    try {
        CsvReader reader = CsvReader::detecting(buffer);
        if (!reader.next(fields) || fields.size() < 2) return false;
    } catch (const ImportError&) {
        return false;
    }
    const CsvHeader header(fields);
    if (header.find({"wkt", "geometry", "geom", "the_geom", "wkt_geom"}) < 0) return false;
    using Role = CsvMapping::Role;
    bool lat = false, lon = false, placed = false;
    for (const auto& c : CsvMapping::fromHeader(header).columns) {
        lat = lat || c.role == Role::Latitude;
        lon = lon || c.role == Role::Longitude;
        placed = placed || c.role == Role::LatLon || c.role == Role::Place;
    }
    return !(lat && lon) && !placed;
}

bool available()
{
    return GisBackend::instance() != nullptr;
}

QString unavailableReason()
{
    QString why;
    return GisBackend::instance(&why) ? QString() : why;
}

QString unavailableMessage(const QString& path, const QString& format)
{
    // Quoted for a POSIX shell when the path has anything but plain name characters.
    const auto shellWord = [](const QString& word) -> QString {
        static const QString plain = QStringLiteral("+-./_:@%,=");
        for (const QChar c : word)
            if (!c.isLetterOrNumber() && !plain.contains(c))
                return QLatin1Char('\'') +
                       QString(word).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                       QLatin1Char('\'');
        return word;
    };
    const QFileInfo info(path);
    const QString out = shellWord(info.completeBaseName() + QStringLiteral(".geojson"));
    return QStringLiteral("%1: this is a GIS file (%2), and Tigris reads GIS formats only through "
                          "GDAL, which is not available here (%3). Convert it to GeoJSON with "
                          "GDAL's ogr2ogr and import that: ogr2ogr -f GeoJSON %4 %5")
        .arg(path, format, unavailableReason(), out, shellWord(path));
}

} // namespace GisFormats
