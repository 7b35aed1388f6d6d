#include "io/GeoJsonImporter.h"

#include "io/GeoJsonFeature.h"
#include "io/GeoJsonSeqImporter.h"
#include "io/ImportError.h"
#include "io/JsonArrayLines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

qint64 lineAt(const QByteArray& bytes, qsizetype offset)
{
    return 1 + bytes.left(offset).count('\n');
}

} // namespace

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
    if (source.size() > kMaxBytes)
        throw ImportError(QStringLiteral("GeoJSON files over 512 MB are not supported yet"));
    QByteArray bytes = source.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3); // RFC 7946 forbids it; tolerate
    if (bytes.trimmed().isEmpty()) throw ImportError(QStringLiteral("the file is empty"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = lineAt(bytes, error.offset);
        throw ImportError(
            QStringLiteral("not valid JSON: %1 on line %2").arg(error.errorString()).arg(line),
            line);
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        throw ImportError(QStringLiteral("not a GeoJSON FeatureCollection"), 1);

    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    const std::vector<qint64> lines = jsonArrayElementLines(bytes, "features");
    for (qsizetype i = 0; i < features.size(); ++i) {
        const qint64 line = std::size_t(i) < lines.size() ? lines[std::size_t(i)] : 0;
        QString reason;
        const auto e = GeoJsonFeature::toEvent(features[i], dateProperty, &reason);
        if (!e) {
            report.rejected.append({line, reason});
            continue;
        }
        writer.addEvent(*e);
        ++report.imported;
    }
    return report;
}
