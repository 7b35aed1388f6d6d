#include "io/CsvPreview.h"

#include "io/CsvReader.h"
#include "io/ImportError.h"
#include "io/Utf8Transcoder.h"

#include <QFile>
#include <memory>

CsvPreview CsvPreview::read(const QString& path, char delimiter, const QString& encoding,
                            int maxRecords)
{
    CsvPreview p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return p;
    }
    QString chosen = encoding.trimmed().toLower();
    if (chosen.isEmpty() || chosen == QLatin1String("auto")) {
        chosen = Utf8Transcoder::detect(file.peek(64 * 1024));
        if (chosen.isEmpty()) {
            p.error = QStringLiteral("the file is not UTF-8 text: choose its encoding");
            return p;
        }
    }
    std::unique_ptr<Utf8Transcoder> transcoder;
    QIODevice* source = &file;
    if (chosen != QLatin1String("utf-8") && chosen != QLatin1String("utf8")) {
        transcoder = std::make_unique<Utf8Transcoder>(file, chosen);
        if (!transcoder->isValid()) {
            p.error = QStringLiteral("unknown encoding '%1'").arg(encoding);
            return p;
        }
        source = transcoder.get();
    }
    CsvReader reader = delimiter ? CsvReader(*source, delimiter) : CsvReader::detecting(*source);
    p.delimiter = reader.delimiter();
    try {
        std::vector<QByteArray> fields;
        while (int(p.records.size()) < maxRecords && reader.next(fields)) {
            if (fields.size() == 1 && fields[0].trimmed().isEmpty()) continue;
            p.records.push_back(fields);
            p.lines.push_back(reader.recordLine());
        }
    } catch (const ImportError& e) {
        p.error = e.message();
    }
    return p;
}
