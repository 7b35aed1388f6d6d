#include "io/GeoJsonImporter.h"

#include "io/GeoJsonEvents.h"
#include "io/GeoJsonSeqImporter.h"
#include "io/ImportError.h"
#include "io/JsonArrayStream.h"

#include <QJsonObject>

ImportReport GeoJsonImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    if (GeoJsonSeqImporter::looksLikeSequence(source.peek(1024 * 1024))) {
        GeoJsonSeqImporter sequence;
        sequence.progress = progress;
        sequence.dateProperty = dateProperty;
        sequence.dateOrder = dateOrder;
        sequence.seekableSource = seekableSource;
        return sequence.run(source, writer);
    }
    ImportReport report;
    report.format = format();
    // One feature at a time: memory holds a feature (and the sample), not the file.
    JsonArrayStream features(source, "features");
    GeoJsonEvents events(*this, writer, report);
    QByteArray text;
    qint64 line = 0, count = 0;
    while (features.next(text, line)) {
        if (progress && (++count & 0x3ff) == 0 && !progress(source.pos()))
            throw ImportError(QStringLiteral("import cancelled"));
        events.add(JsonArrayStream::parse(text, line), line, text.size());
    }
    events.finish();
    // The root's other members come last: the type may follow the features. Nothing written
    // so far is committed when it is not a FeatureCollection (the caller's transaction).
    const QJsonObject root = features.rest().object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        throw ImportError(QStringLiteral("not a GeoJSON FeatureCollection"), 1);
    return report;
}
