#include "io/KmzImporter.h"

#include "io/ImportError.h"
#include "io/KmlImporter.h"
#include "io/ZipArchive.h"

#include <QBuffer>

ImportReport KmzImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    annotations.clear();
    if (!looksLikeZip(source.peek(4)))
        throw ImportError(QStringLiteral("not a KMZ file: it is not a zip archive"), 1);
    const ZipArchive zip(source);
    const ZipArchive::Entry* chosen = nullptr;
    for (const auto& e : zip.entries()) {
        if (e.name.compare(QLatin1String("doc.kml"), Qt::CaseInsensitive) == 0) {
            chosen = &e;
            break;
        }
        if (!chosen && e.name.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive)) chosen = &e;
    }
    if (!chosen)
        throw ImportError(QStringLiteral("not a KMZ file: the archive holds no .kml file"));
    QByteArray kml = zip.read(*chosen);
    QBuffer buffer(&kml);
    buffer.open(QIODevice::ReadOnly);
    KmlImporter inner;
    inner.progress = progress;
    ImportReport report;
    try {
        report = inner.run(buffer, writer);
    } catch (const ImportError& e) {
        throw ImportError(QStringLiteral("%1 in the archive: %2").arg(chosen->name, e.message()),
                          e.line());
    }
    annotations = std::move(inner.annotations);
    report.format = format();
    if (!report.rejected.isEmpty())
        report.warnings << QStringLiteral("lines refer to %1 inside the archive").arg(chosen->name);
    return report;
}
