#include "io/BinaryFormat.h"

#include <QStringList>
#include <QtEndian>

namespace {

// The names of the ZIP entries whose local headers lie in `head`.
QStringList zipEntries(const QByteArray& head)
{
    QStringList names;
    qsizetype at = 0;
    while ((at = head.indexOf("PK\x03\x04", at)) >= 0 && at + 30 <= head.size()) {
        const auto* p = reinterpret_cast<const uchar*>(head.constData() + at);
        const int nameLength = qFromLittleEndian<quint16>(p + 26);
        if (at + 30 + nameLength > head.size()) break;
        names << QString::fromUtf8(head.mid(at + 30, nameLength));
        at += 30 + nameLength;
    }
    return names;
}

QString describeZip(const QByteArray& head)
{
    const QStringList names = zipEntries(head);
    for (const QString& n : names)
        if (n.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive)) return {}; // a KMZ
    if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
        return QStringLiteral("an OpenDocument spreadsheet (ODS)");
    for (const QString& n : names) {
        if (n.startsWith(QLatin1String("xl/"))) return QStringLiteral("an Excel workbook (XLSX)");
        if (n.startsWith(QLatin1String("word/"))) return QStringLiteral("a Word document (DOCX)");
        if (n.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive) ||
            n.endsWith(QLatin1String(".dbf"), Qt::CaseInsensitive))
            return QStringLiteral("a ZIP archive holding a Shapefile");
        if (n.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
            return QStringLiteral("a ZIP archive holding a GeoPackage");
    }
    if (names.contains(QLatin1String("[Content_Types].xml")))
        return QStringLiteral("an Office Open XML document (XLSX, DOCX …)");
    if (names.isEmpty()) return QStringLiteral("a ZIP archive");
    return QStringLiteral("a ZIP archive (of %1%2)")
        .arg(names.mid(0, 3).join(QStringLiteral(", ")),
             names.size() > 3 ? QStringLiteral(" …") : QString());
}

} // namespace

QString describeBinaryFormat(const QByteArray& head)
{
    const auto starts = [&](const char* magic, qsizetype n) {
        return head.size() >= n && std::equal(magic, magic + n, head.constData());
    };
    if (starts("\x00\x00\x27\x0a", 4)) return QStringLiteral("a Shapefile (.shp)");
    if (starts("fgb\x03", 4)) return QStringLiteral("a FlatGeobuf file");
    if (starts("SQLite format 3\0", 16)) {
        const quint32 app = head.size() >= 72 ? qFromBigEndian<quint32>(head.constData() + 68) : 0;
        if (app == 0x47504B47 || app == 0x47503130 || app == 0x47503131)
            return QStringLiteral("a GeoPackage");
        if (app == 0x54475253) return QStringLiteral("a Tigris project (open it instead)");
        return QStringLiteral("an SQLite database");
    }
    if (starts("PK\x03\x04", 4)) return describeZip(head);
    if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return QStringLiteral("an Excel 97–2003 workbook (XLS) or another Office file");
    if (starts("%PDF", 4)) return QStringLiteral("a PDF document");
    if (starts("\x1F\x8B", 2)) return QStringLiteral("a gzip-compressed file");
    if (starts("PAR1", 4)) return QStringLiteral("a Parquet file");
    // GPX is XML text, but not one Tigris reads.
    const QByteArray start = head.left(2048).toLower();
    if (start.contains("<gpx")) return QStringLiteral("a GPX file");
    return {};
}
