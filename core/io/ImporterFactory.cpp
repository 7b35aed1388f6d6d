#include "annotations/AnnotationStore.h"
#include "io/AcledImporter.h"
#include "io/BinaryFormat.h"
#include "io/CsvImporter.h"
#include "io/EncodingGuess.h"
#include "io/GdeltImporter.h"
#include "io/GeoJsonImporter.h"
#include "io/GisBackend.h"
#include "io/GisFormats.h"
#include "io/GtdImporter.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "io/KmlImporter.h"
#include "io/KmzImporter.h"
#include "io/PlaceResolver.h"
#include "io/TimelineJsImporter.h"
#include "io/UcdpImporter.h"
#include "io/Utf8Transcoder.h"
#include "io/Utf8Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>

namespace {

// Whether `sourcePath` goes to OgrImporter: named `ogr`, recognised as a GIS format by `auto`
// (GisFormats), or with a mapping the import dialog made for a GIS layer. A CSV with a WKT
// column goes to OGR only when the native CSV path cannot place it and no CSV mapping is given.
bool readsThroughOgr(const QString& sourcePath, const QByteArray& head,
                     const ImportOptions& options, QString* gisFormat)
{
    const QString f = options.format.toLower();
    if (f != QLatin1String("auto") && f != QLatin1String("ogr")) return false;
    *gisFormat = GisFormats::recognise(sourcePath, head);
    if (f == QLatin1String("ogr")) return true;
    if (gisFormat->isEmpty()) return false;
    if (!options.mapping || *gisFormat != QLatin1String("CSV with WKT")) return true;
    return !options.mapping->layer.isEmpty() ||
           std::any_of(options.mapping->columns.begin(), options.mapping->columns.end(),
                       [](const CsvMapping::Column& c) {
                           return c.name.startsWith(QLatin1String("geometry "));
                       });
}

// Text files have no NUL bytes and few control characters in their first kilobytes.
bool looksBinary(const QByteArray& head)
{
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0) return true;
        // 0x1E is the record separator of GeoJSON text sequences (RFC 8142).
        if (u < 9 || (u > 13 && u < 32 && u != 0x1e)) ++control;
    }
    return control > head.size() / 100 + 1;
}

ImportError notText(const QString& path, const QString& format)
{
    const QString kind = format.compare(QLatin1String("geojson"), Qt::CaseInsensitive) == 0
                             ? QStringLiteral("GeoJSON")
                             : QStringLiteral("CSV");
    return ImportError(QStringLiteral("not a %1 file: it holds binary data, not text").arg(kind),
                       {path});
}

} // namespace

QStringList importerFormats()
{
    return {QStringLiteral("csv"), QStringLiteral("acled"), QStringLiteral("ucdp"),
            QStringLiteral("gtd"), QStringLiteral("gdelt"), QStringLiteral("geojson"),
            QStringLiteral("kml"), QStringLiteral("kmz"),   QStringLiteral("timelinejs"),
            QStringLiteral("ogr")};
}

std::unique_ptr<Importer> makeImporter(const QString& format, const QString& fileName,
                                       const QByteArray& head)
{
    QString f = format.toLower();
    if (f == QLatin1String("auto")) {
        const QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
        const QByteArray firstLine = text.left(text.indexOf('\n'));
        const auto named = [&](const char* suffix) {
            return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
        };
        if (KmzImporter::looksLikeZip(head) || named(".kmz"))
            f = QStringLiteral("kmz");
        else if (KmlImporter::looksLikeKml(text) || named(".kml"))
            f = QStringLiteral("kml");
        else if (TimelineJsImporter::looksLikeTimelineJs(text))
            f = QStringLiteral("timelinejs");
        else if (text.trimmed().startsWith('{') || text.trimmed().startsWith('\x1e') ||
                 named(".geojson") || named(".geojsonl") || named(".geojsons") || named(".ndjson"))
            f = QStringLiteral("geojson");
        else if (AcledImporter::looksLikeAcled(firstLine))
            f = QStringLiteral("acled");
        else if (UcdpImporter::looksLikeUcdp(firstLine))
            f = QStringLiteral("ucdp");
        else if (GtdImporter::looksLikeGtd(firstLine))
            f = QStringLiteral("gtd");
        else if (GdeltImporter::looksLikeGdelt(firstLine))
            f = QStringLiteral("gdelt");
        else
            f = QStringLiteral("csv");
    }
    if (f == QLatin1String("csv")) return std::make_unique<CsvImporter>();
    if (f == QLatin1String("acled")) return std::make_unique<AcledImporter>();
    if (f == QLatin1String("ucdp")) return std::make_unique<UcdpImporter>();
    if (f == QLatin1String("gtd")) return std::make_unique<GtdImporter>();
    if (f == QLatin1String("gdelt")) return std::make_unique<GdeltImporter>();
    if (f == QLatin1String("geojson")) return std::make_unique<GeoJsonImporter>();
    if (f == QLatin1String("kml")) return std::make_unique<KmlImporter>();
    if (f == QLatin1String("kmz")) return std::make_unique<KmzImporter>();
    if (f == QLatin1String("timelinejs")) return std::make_unique<TimelineJsImporter>();
    if (f == QLatin1String("ogr")) {
        // GDAL is loaded here, by the first import that needs it (GisBackend).
        if (const GisBackend* gis = GisBackend::instance())
            return gis->makeImporter({fileName, {}, std::nullopt, {}});
        throw ImportError(GisFormats::unavailableMessage(fileName, QStringLiteral("GIS")));
    }
    return nullptr;
}

ImportReport importFile(EventStore& store, const QString& sourcePath, const QString& format,
                        const QString& encoding)
{
    ImportOptions options;
    options.format = format;
    options.encoding = encoding;
    return importFile(store, sourcePath, options);
}

ImportReport importFile(EventStore& store, const QString& sourcePath, const ImportOptions& options)
{
    const QString& format = options.format;
    const QString& encoding = options.encoding;
    const QString name = QFileInfo(sourcePath).fileName();
    QFile file(sourcePath);
    if (QFileInfo(sourcePath).isDir())
        throw ImportError(QStringLiteral("is a folder, not a file"), {sourcePath});
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QStringLiteral("cannot be read (%1)").arg(file.errorString()),
                          {sourcePath});
    const QByteArray raw = file.peek(64 * 1024);
    if (raw.trimmed().isEmpty())
        throw ImportError(QStringLiteral("the file is empty"), {sourcePath});
    QString gisFormat;
    const bool ogr = readsThroughOgr(sourcePath, raw, options, &gisFormat);
    if (!ogr && !options.layer.isEmpty())
        throw ImportError(QStringLiteral("--layer applies to GIS files (Shapefile, "
                                         "GeoPackage, GPX, …), and this is not one"),
                          {sourcePath});
    const GisBackend* gis = ogr ? GisBackend::instance() : nullptr;
    if (ogr && !gis)
        throw ImportError(GisFormats::unavailableMessage(
            sourcePath, gisFormat.isEmpty() ? QStringLiteral("GIS") : gisFormat));
    // A file of another kind that GDAL does not read here is named as what it is, not read as
    // a CSV without a date column.
    const bool kmz = format.compare(QLatin1String("kmz"), Qt::CaseInsensitive) == 0 ||
                     name.endsWith(QLatin1String(".kmz"), Qt::CaseInsensitive);
    if (const QString kind = kmz || ogr ? QString() : describeBinaryFormat(raw); !kind.isEmpty())
        throw ImportError(QStringLiteral("this is %1, not a file Tigris imports (CSV, "
                                         "GeoJSON, KML or KMZ, TimelineJS); save or convert it "
                                         "as CSV or GeoJSON, e.g. with ogr2ogr -f GeoJSON")
                              .arg(kind),
                          {sourcePath});

    // A KMZ is a zip: binary by nature, and the KML inside names its own encoding.
    const bool zip = KmzImporter::looksLikeZip(raw) &&
                     (format.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0 ||
                      format.compare(QLatin1String("kmz"), Qt::CaseInsensitive) == 0);
    // Work out the encoding; everything after this point reads UTF-8.
    // GDAL reads GIS files (binary, or XML that names its encoding) and gives UTF-8.
    QString chosen = zip || ogr ? QStringLiteral("utf-8") : encoding.trimmed().toLower();
    if ((chosen.isEmpty() || chosen == QLatin1String("auto")) && options.mapping)
        chosen = options.mapping->encoding.trimmed().toLower();
    QJsonObject encodingGuess;
    if (chosen.isEmpty() || chosen == QLatin1String("auto")) {
        // More than the head: a file whose first 64 KB are ASCII is decided further on.
        const QByteArray sample = file.peek(kEncodingSampleBytes);
        chosen = Utf8Transcoder::detect(sample);
        if (chosen.isEmpty() && looksBinary(raw.left(8192))) throw notText(sourcePath, format);
        if (chosen.isEmpty()) {
            const EncodingGuess g = detectEncoding(sample);
            chosen = g.name;
            encodingGuess = QJsonObject{{QStringLiteral("encoding"), g.name},
                                        {QStringLiteral("confidence"), g.confidence},
                                        {QStringLiteral("by"), g.how}};
        }
    }
    std::unique_ptr<Utf8Transcoder> transcoder;
    QIODevice* source = &file;
    if (chosen != QLatin1String("utf-8") && chosen != QLatin1String("utf8")) {
        transcoder = std::make_unique<Utf8Transcoder>(file, chosen);
        if (!transcoder->isValid())
            throw ImportError(QStringLiteral("unknown encoding '%1'").arg(encoding),
                              {sourcePath, 0, 0, QStringLiteral("--encoding")});
        source = transcoder.get();
    }
    // UTF-8 as detected on the first megabyte or as named: checked to the end as it streams. XML
    // that declares another encoding is decoded by its parser.
    const QByteArray prolog = raw.left(100).toLower();
    const bool xmlEncoding =
        prolog.startsWith("<?xml") && prolog.contains("encoding") && !prolog.contains("utf-8");
    std::unique_ptr<Utf8Validator> validator;
    if (!transcoder && !zip && !xmlEncoding && !ogr) {
        validator = std::make_unique<Utf8Validator>(file);
        source = validator.get();
    }
    const QByteArray head = source->peek(64 * 1024);
    if (!zip && !ogr && looksBinary(head.left(8192))) throw notText(sourcePath, format);
    std::unique_ptr<Importer> importer;
    if (gis) {
        GisBackend::ImporterOptions o{name, options.layer, options.mapping, {}};
        if (options.progress)
            o.progress = [&options](qint64 done, qint64 total) {
                return options.progress(done, std::max(total, done + 1));
            };
        importer = gis->makeImporter(o);
    }
    if (!importer)
        importer = options.mapping ? std::make_unique<CsvImporter>(*options.mapping)
                                   : makeImporter(format, name, head);
    if (!importer) throw ImportError(QStringLiteral("unknown format '%1'").arg(format));
    ImportSourceRecorder recorder(sourcePath, options);
    ImportReport skipped;
    if (!recorder.resolve(store, options.ifExists, skipped)) {
        skipped.format = importer->format();
        skipped.encoding = chosen;
        return skipped;
    }
    try {
        importer->dateProperty = options.dateProperty;
        importer->dateOrder = options.dateOrder;
        importer->positionColumns = options.positionColumns;
        if (!zip && !ogr) importer->seekableSource = &file;
        if (options.progress && !ogr) {
            const qint64 total = file.size();
            importer->progress = [&file, total, &options](qint64) {
                return options.progress(file.pos(), total);
            };
        }
        auto writer = store.beginWrite();
        recorder.begin(store, *writer);
        ImportReport report = importer->run(*source, *writer);
        if (validator && validator->failed()) throw validator->error();
        std::vector<qint64> annotationIds;
        if (!importer->annotations.empty()) {
            writer->flush();
            AnnotationStore annotations(store);
            for (const Annotation& a : importer->annotations)
                annotationIds.push_back(annotations.insert(a));
            report.annotations = qint64(importer->annotations.size());
        }
        report.encoding = chosen;
        if (!encodingGuess.isEmpty())
            report.guesses.insert(QStringLiteral("encoding"), encodingGuess);
        report.valid = report.imported;
        if (!options.keepValid && !report.rejected.isEmpty()) { // all or nothing: nothing
            report.warnings << QStringLiteral("nothing imported: %1 rows rejected (--keep-valid "
                                              "imports the %2 valid rows)")
                                   .arg(report.rejected.size())
                                   .arg(report.imported);
            report.imported = 0;
            report.annotations = 0;
        }
        if (report.imported > 0 || report.annotations > 0) {
            writer->flush();
            recorder.finish(store, report, annotationIds);
            report.source = recorder.source();
            report.replacedSource = recorder.replaced();
            writer->commit();
        }
        PlaceResolver::fillProjectCoordinates(report, store);
        return report;
    } catch (ImportError& caught) {
        // Bytes that are not UTF-8 can break a record or the JSON before the run ends: that
        // is the error to report then. The importer read a device: the file is named here.
        if (validator && validator->failed()) {
            ImportError e = validator->error();
            e.inFile(sourcePath);
            throw e;
        }
        caught.inFile(sourcePath);
        throw;
    }
}
