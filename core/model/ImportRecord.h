#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One import into a project, as recorded in its `imports` table (schema 6): where the data
// came from, how it was read and what it brought. `currentEvents` and `currentAnnotations`
// are what of it is in the project now (ImportSources::list fills them in).
struct ImportRecord {
    qint64 id = 0;
    QString path;          // absolute path of the source when it was imported
    QString fileName;      // its name alone, for lists
    QString format;        // "csv", "acled", "geojson", ...
    qint64 size = 0;       // bytes
    QString sha256;        // lower-case hex of the file's bytes
    qint64 importedAt = 0; // Unix seconds
    QJsonObject options;   // the choices the import was made with (format, encoding, mapping ...)
    qint64 events = 0;     // imported
    qint64 annotations = 0;
    qint64 rejected = 0;
    QStringList warnings;
    qint64 currentEvents = 0;
    qint64 currentAnnotations = 0;

    QJsonObject toJson() const; // with "exists": whether `path` is still there
};
