#include "io/KmzImporter.h"

#include "io/ImportError.h"
#include "io/KmlImporter.h"
#include "io/ZipArchive.h"
#include "io/ZipEntryDevice.h"

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
    // The KML is unpacked as the XML reader asks for it: memory does not grow with its size.
    const auto kml = zip.open(*chosen);
    KmlImporter inner;
    inner.dateOrder = dateOrder; // no spread sample: the entry is a stream
    if (progress)                // bytes of the archive read, as for every other format
        inner.progress = [this, &source](qint64) { return progress(source.pos()); };
    ImportReport report;
    try {
        report = inner.run(*kml, writer);
    } catch (const ImportError& e) {
        // A fault of the zip stream shows to the XML reader as a premature end: name the cause.
        if (!kml->failure().isEmpty()) throw ImportError(kml->failure());
        throw ImportError(QStringLiteral("%1 in the archive: %2").arg(chosen->name, e.reason()),
                          e.context());
    }
    if (!kml->drain()) throw ImportError(kml->failure()); // the size and CRC, at the very end
    annotations = std::move(inner.annotations);
    report.format = format();
    if (!report.rejected.isEmpty())
        report.warnings << QStringLiteral("lines refer to %1 inside the archive").arg(chosen->name);
    return report;
}
