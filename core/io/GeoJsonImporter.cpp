#include "io/GeoJsonImporter.h"

#include "io/GeoJsonFeature.h"
#include "io/GeoJsonSeqImporter.h"
#include "io/ImportError.h"
#include "io/JsonArrayStream.h"
#include "io/PlaceResolver.h"

#include <QJsonObject>

ImportReport GeoJsonImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    if (GeoJsonSeqImporter::looksLikeSequence(source.peek(1024 * 1024))) {
        GeoJsonSeqImporter sequence;
        sequence.progress = progress;
        sequence.dateProperty = dateProperty;
        return sequence.run(source, writer);
    }
    ImportReport report;
    report.format = format();
    // One feature at a time: memory holds a feature, not the file.
    JsonArrayStream features(source, "features");
    PlaceResolver places(writer);
    QByteArray text;
    qint64 line = 0, count = 0;
    while (features.next(text, line)) {
        if (progress && (++count & 0x3ff) == 0 && !progress(source.pos()))
            throw ImportError(QStringLiteral("import cancelled"));
        QString reason;
        const QJsonValue feature = JsonArrayStream::parse(text, line);
        auto e = GeoJsonFeature::toEvent(feature, dateProperty, &reason);
        if (!e) {
            report.rejected.append({line, reason});
            continue;
        }
        if (!e->hasCoordinate()) GeoJsonFeature::place(feature, *e, places, line, report);
        writer.addEvent(*e);
        ++report.imported;
    }
    // The root's other members come last: the type may follow the features. Nothing written
    // so far is committed when it is not a FeatureCollection (the caller's transaction).
    const QJsonObject root = features.rest().object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        throw ImportError(QStringLiteral("not a GeoJSON FeatureCollection"), 1);
    places.finish(report);
    return report;
}
