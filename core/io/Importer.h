#pragma once

#include "annotations/Annotation.h"
#include "io/CsvMapping.h"
#include "io/ImportReport.h"
#include "io/ImportSourceRecorder.h"
#include "store/EventStore.h"

#include <QIODevice>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Reads one source format and streams its records into a store Writer. The caller owns the
// transaction: it commits only when the import as a whole succeeded (all or nothing).
class Importer {
  public:
    virtual ~Importer() = default;
    virtual QString format() const = 0; // "csv", "acled", "geojson", ...
    // Throws ImportError when the source as a whole is not of this format or unreadable.
    // Rows that cannot be read are added to the report's rejections, never guessed silently.
    virtual ImportReport run(QIODevice& source, EventStore::Writer& writer) = 0;

    // Called now and then with bytes read so far; return false to cancel (throws ImportError).
    std::function<bool(qint64 bytesRead)> progress;
    // The property that holds the start date when the user names it (GeoJSON); empty: detected.
    QString dateProperty;
    // CSV: the day/month order of numeric dates when the data does not settle it, and the
    // latitude and longitude columns when a file has several pairs (`--date-order`,
    // `--position-columns`). Unset: guessed, or one clear ImportError asks for them.
    QString dateOrder;
    QStringList positionColumns;
    // The source file itself when it can be read at other offsets (not a KMZ's entry): the
    // GeoJSON and KML importers read a spread sample of it for their date inference
    // (SpreadSample), restoring its position. Its bytes are as on disk (before any transcoding).
    QIODevice* seekableSource = nullptr;
    // Records that are not events (KML lines and areas): importFile stores them as annotations
    // in the same transaction, after run().
    std::vector<Annotation> annotations;
};

// Picks an importer by name ("auto" sniffs the first bytes and the file name).
std::unique_ptr<Importer> makeImporter(const QString& format, const QString& fileName,
                                       const QByteArray& head);
QStringList importerFormats();

// Opens `sourcePath`, imports into `store` in one transaction. `encoding` "auto" takes UTF-8
// (with or without BOM) or UTF-16 with a BOM, and other bytes as Windows-1256 when they read
// as Arabic there, else Windows-1252; others are named, e.g. "windows-1256".
// Throws ImportError or StoreError; on any throw the store is exactly as before.
ImportReport importFile(EventStore& store, const QString& sourcePath,
                        const QString& format = QStringLiteral("auto"),
                        const QString& encoding = QStringLiteral("auto"));

// The choices of `tigris import` beyond the file names.
struct ImportOptions {
    QString format = QStringLiteral("auto");
    QString encoding = QStringLiteral("auto");
    QString dateProperty;        // GeoJSON: the property holding the date; empty = detected
    QString dateOrder;           // "dmy", "mdy", "ymd"; empty: from the data (Importer)
    QStringList positionColumns; // LAT, LON column names; empty: guessed (Importer)
    // Rejected rows: true commits the valid ones and reports the rest (the app); false
    // writes nothing when any row is rejected (`tigris import` without --keep-valid).
    bool keepValid = true;
    // Bytes of the source file read so far and its size, now and then; false cancels.
    std::function<bool(qint64 bytesRead, qint64 bytesTotal)> progress;
    // Any CSV by a column mapping (`--mapping FILE.json`, the mapping dialog) instead of its
    // header names; the mapping's encoding applies when `encoding` is "auto".
    std::optional<CsvMapping> mapping;
    // A GIS file's layer (`--layer NAME`); empty: the mapping's, else as OgrImporter chooses.
    QString layer;
    // The same file (by SHA-256) imported before: refuse (DuplicateSourceError), skip, add
    // it again or replace the earlier source.
    IfExists ifExists = IfExists::Refuse;
};
ImportReport importFile(EventStore& store, const QString& sourcePath, const ImportOptions& options);
