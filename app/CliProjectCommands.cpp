// `tigris sample`, `info`, `import`, `query`: reading and filling a project from the shell.
#include "CliArgs.h"
#include "CliCommand.h"
#include "CliProgress.h"
#include "io/DateColumn.h"
#include "io/EventJson.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

CliCommand sample()
{
    return {QStringLiteral("sample"),
            QStringLiteral("write the bundled 2014 dataset to a new project"),
            QStringLiteral("OUT"), nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                const QString path = p.positionalArguments().at(0);
                try {
                    writeSampleProject(path);
                    auto store = EventStore::open(path, true);
                    out << json(store->info().toJson());
                    return 0;
                } catch (const std::exception& e) {
                    err << "tigris sample: " << e.what() << "\n";
                    return 1;
                }
            }};
}

CliCommand info()
{
    return {QStringLiteral("info"), QStringLiteral("print a project's counts and extents as JSON"),
            QStringLiteral("FILE"), nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                try {
                    auto store = EventStore::open(p.positionalArguments().at(0), true);
                    out << json(store->info().toJson());
                    return 0;
                } catch (const StoreError& e) {
                    err << "tigris info: " << e.message() << "\n";
                    return 1;
                }
            }};
}

CliCommand import()
{
    static const QCommandLineOption format(QStringLiteral("format"),
                                           QStringLiteral("Source format: auto (default), %1.")
                                               .arg(importerFormats().join(QStringLiteral(", "))),
                                           QStringLiteral("FORMAT"), QStringLiteral("auto"));
    static const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QStringLiteral("Text encoding: auto (UTF-8, or UTF-16 with a BOM; default) or a name "
                       "such as windows-1252 or windows-1256."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    static const QCommandLineOption create(QStringLiteral("create"),
                                           QStringLiteral("Create FILE if it does not exist."));
    static const QCommandLineOption keepValid(
        QStringLiteral("keep-valid"),
        QStringLiteral("Import the valid rows even when others are rejected (default: nothing "
                       "is imported when any row is rejected)."));
    static const QCommandLineOption dateProperty(
        QStringLiteral("date-property"),
        QStringLiteral("GeoJSON: the property that holds each feature's date (default: the "
                       "first of date, time, start, start_date, event_date, timestamp, ...)."),
        QStringLiteral("NAME"));
    static const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QStringLiteral("Any CSV: the roles of its columns, date format, delimiter, header and "
                       "encoding as JSON (see docs/importing.md); implies --format csv."),
        QStringLiteral("FILE.json"));
    static const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        QStringLiteral("CSV: how numeric dates such as 1/7/2006 are written when no row settles "
                       "it: dmy (day first), mdy (month first) or ymd (default: from the data)."),
        QStringLiteral("ORDER"));
    static const QCommandLineOption positionColumns(
        QStringLiteral("position-columns"),
        QStringLiteral("CSV: the latitude and longitude columns to use when the file has several "
                       "pairs, e.g. pickup_latitude,pickup_longitude."),
        QStringLiteral("LAT,LON"));
    return {QStringLiteral("import"),
            QStringLiteral("import events from CSV, ACLED, UCDP, GTD, GDELT, GeoJSON, KML/KMZ or "
                           "TimelineJS (all or nothing unless --keep-valid)"),
            QStringLiteral("FILE SOURCE"),
            [](QCommandLineParser& p) {
                p.addOptions({format, encoding, create, keepValid, dateProperty, mapping, dateOrder,
                              positionColumns});
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                const QString path = p.positionalArguments().at(0);
                const QString source = p.positionalArguments().at(1);
                const QString fmt = p.value(format).toLower();
                if (p.isSet(dateOrder) && !DateColumn::orderFromName(p.value(dateOrder))) {
                    err << "tigris import: --date-order '" << p.value(dateOrder)
                        << "' is not dmy, mdy or ymd\n";
                    return 2;
                }
                if (p.isSet(positionColumns) &&
                    p.value(positionColumns).split(QLatin1Char(',')).size() != 2) {
                    err << "tigris import: --position-columns takes two column names, LAT,LON\n";
                    return 2;
                }
                if (fmt != QLatin1String("auto") && !importerFormats().contains(fmt)) {
                    err << "tigris import: unknown --format '" << fmt << "'; one of auto, "
                        << importerFormats().join(QStringLiteral(", ")) << "\n";
                    return 2;
                }
                try {
                    // Read before the project is touched: a bad mapping creates nothing.
                    std::optional<CsvMapping> columns;
                    if (p.isSet(mapping)) columns = CsvMapping::fromFile(p.value(mapping));
                    std::unique_ptr<EventStore> store;
                    const QFileInfo fi(path);
                    if (p.isSet(create) && (!fi.exists() || fi.size() == 0))
                        store = EventStore::create(path);
                    else if (!fi.exists()) {
                        err << "tigris import: " << path
                            << ": no such project (use --create to make one)\n";
                        return 1;
                    } else
                        store = EventStore::open(path);
                    ImportOptions options;
                    options.format = fmt;
                    options.encoding = p.value(encoding);
                    options.keepValid = p.isSet(keepValid);
                    options.dateProperty = p.value(dateProperty);
                    options.mapping = columns;
                    options.dateOrder = p.value(dateOrder);
                    if (p.isSet(positionColumns))
                        options.positionColumns = p.value(positionColumns).split(QLatin1Char(','));
                    // Percent read on a terminal's stderr; nothing when it is a pipe or a file.
                    CliProgress progress(err, CliProgress::stderrIsTerminal());
                    options.progress = [&progress](qint64 read, qint64 total) {
                        progress.update(read, total);
                        return true;
                    };
                    const ImportReport report = importFile(*store, source, options);
                    progress.finish();
                    out << json(report.toJson());
                    return report.imported > 0 || report.annotations > 0 ? 0 : 1;
                } catch (const ImportError& e) {
                    err << "tigris import: " << e.message() << "\n";
                    return 1;
                } catch (const StoreError& e) {
                    err << "tigris import: " << e.message() << "\n";
                    return 1;
                }
            }};
}

CliCommand query()
{
    static const QCommandLineOption from(QStringLiteral("from"),
                                         QStringLiteral("Events overlapping from DATE on."),
                                         QStringLiteral("DATE"));
    static const QCommandLineOption to(QStringLiteral("to"),
                                       QStringLiteral("Events overlapping up to the end of DATE."),
                                       QStringLiteral("DATE"));
    static const QCommandLineOption bbox(QStringLiteral("bbox"),
                                         QStringLiteral("Events inside W,S,E,N (degrees)."),
                                         QStringLiteral("W,S,E,N"));
    static const QCommandLineOption text(QStringLiteral("text"),
                                         QStringLiteral("Full-text words in titles, "
                                                        "descriptions, actors and places."),
                                         QStringLiteral("WORDS"));
    static const QCommandLineOption category(QStringLiteral("category"),
                                             QStringLiteral("Only this category (repeatable)."),
                                             QStringLiteral("NAME"));
    static const QCommandLineOption format(QStringLiteral("format"),
                                           QStringLiteral("jsonl (default) or csv."),
                                           QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    return {
        QStringLiteral("query"), QStringLiteral("print the events matching filters"),
        QStringLiteral("FILE"),
        [](QCommandLineParser& p) {
            p.addOptions({from, to, bbox, text, category, format});
        },
        [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
            QString error;
            const EventQuery q = CliArgs::query(p.value(from), p.value(to), p.value(bbox),
                                                p.value(text), p.values(category), &error);
            const QString fmt = p.value(format).toLower();
            if (error.isEmpty() && fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv"))
                error = QStringLiteral("--format: '%1' is not jsonl or csv").arg(fmt);
            if (!error.isEmpty()) {
                err << "tigris query: " << error << "\n";
                return 2;
            }
            try {
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const auto events = store->query(q);
                if (fmt == QLatin1String("csv")) {
                    out << EventJson::csvLine(EventJson::csvHeader()) << "\r\n";
                    for (const auto& e : events)
                        out << EventJson::csvLine(EventJson::csvRow(e)) << "\r\n";
                } else {
                    for (const auto& e : events)
                        out << QJsonDocument(EventJson::toJson(e)).toJson(QJsonDocument::Compact)
                            << "\n";
                }
                return 0;
            } catch (const StoreError& e) {
                err << "tigris query: " << e.message() << "\n";
                return 1;
            }
        }};
}

} // namespace

QList<CliCommand> projectCommands()
{
    return {sample(), info(), import(), query()};
}
