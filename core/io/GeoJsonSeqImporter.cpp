#include "io/GeoJsonSeqImporter.h"

#include "io/GeoJsonEvents.h"
#include "io/ImportError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr char kRecordSeparator = '\x1e';

QByteArray withoutBom(const QByteArray& b)
{
    return b.startsWith("\xEF\xBB\xBF") ? b.mid(3) : b;
}

} // namespace

bool GeoJsonSeqImporter::looksLikeSequence(const QByteArray& head)
{
    const QByteArray t = withoutBom(head).trimmed();
    if (t.startsWith(kRecordSeparator)) return true;
    const qsizetype newline = t.indexOf('\n');
    if (!t.startsWith('{') || newline < 0) return false;
    const QJsonDocument first = QJsonDocument::fromJson(t.left(newline));
    return first.isObject() &&
           first.object().value(QLatin1String("type")).toString() == QLatin1String("Feature");
}

ImportReport GeoJsonSeqImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    ImportReport report;
    report.format = format();
    GeoJsonEvents events(*this, writer, report);
    QByteArray record;
    qint64 recordLine = 0, line = 0, records = 0;
    bool separated = false; // RFC 8142: records start at RS, not at line ends

    auto flush = [&] {
        const QByteArray text = record.trimmed();
        record.clear();
        if (text.isEmpty()) return;
        if (progress && (++records & 0x3ff) == 0 && !progress(source.pos()))
            throw ImportError(QStringLiteral("import cancelled"));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            report.rejected.append(
                {recordLine, QStringLiteral("not valid JSON: %1").arg(error.errorString())});
            return;
        }
        const QString type = doc.object().value(QLatin1String("type")).toString();
        if (!doc.isObject() || type != QLatin1String("Feature")) {
            report.rejected.append(
                {recordLine, type.isEmpty() ? QStringLiteral("not a GeoJSON Feature")
                                            : QStringLiteral("a %1, not a Feature").arg(type)});
            return;
        }
        events.add(doc.object(), recordLine, text.size());
    };

    // Lines are cut from a buffer read in large blocks: QIODevice::readLine(max) allocates
    // `max` bytes for every line, which made a 16 MB cap cost a page fault storm per line.
    QByteArray buffer;
    qsizetype at = 0;
    bool end = false;
    auto nextLine = [&](QByteArray& out) {
        for (;;) {
            const qsizetype newline = buffer.indexOf('\n', at);
            if (newline >= 0 || end || buffer.size() - at > kMaxRecordBytes) {
                const qsizetype stop = newline >= 0 ? newline + 1 : buffer.size();
                if (stop == at) return false;
                out = buffer.mid(at, stop - at);
                at = stop;
                return true;
            }
            buffer.remove(0, at);
            at = 0;
            const QByteArray block = source.read(1024 * 1024);
            if (block.isEmpty()) end = true;
            buffer += block;
        }
    };
    QByteArray bytes;
    while (nextLine(bytes)) {
        ++line;
        if (line == 1) {
            bytes = withoutBom(bytes);
            separated = bytes.trimmed().startsWith(kRecordSeparator);
        }
        if (bytes.size() > kMaxRecordBytes ||
            (separated && record.size() + bytes.size() > kMaxRecordBytes))
            throw ImportError(QStringLiteral("a record over 16 MB starting on line %1")
                                  .arg(separated ? recordLine : line),
                              separated ? recordLine : line);
        if (!separated) {
            recordLine = line;
            record = bytes;
            flush();
            continue;
        }
        const QList<QByteArray> parts = bytes.split(kRecordSeparator);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                flush();
                recordLine = line;
            }
            record += parts[i];
        }
    }
    flush();
    events.finish();
    if (report.imported == 0 && report.rejected.isEmpty())
        throw ImportError(QStringLiteral("the file holds no GeoJSON features"));
    return report;
}
