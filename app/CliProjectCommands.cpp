// `tigris sample` and `import`: filling a project from the shell (info and query: CliReadCommands).
#include "CliArgs.h"
#include "CliCommand.h"
#include "CliProgress.h"
#include "io/DateColumn.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"
#include "store/ProjectUrl.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace {

CliCommand sample()
{
    return {QStringLiteral("sample"),
            {},
            QStringLiteral("OUT"),
            nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream&) {
                const QString path = p.positionalArguments().at(0);
                writeSampleProject(path);
                auto store = EventStore::open(path, true);
                out << jsonText(store->info().toJson());
                return 0;
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
        QStringLiteral("Any CSV or GIS layer: the roles of its columns, date format, delimiter, "
                       "header and encoding as JSON (see docs/importing.md)."),
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
    static const QCommandLineOption layer(
        QStringLiteral("layer"),
        QStringLiteral("GIS files (Shapefile, GeoPackage, GPX, …): the layer to import (default: "
                       "the only one; a file with several lists them)."),
        QStringLiteral("NAME"));
    static const QCommandLineOption ifExists(
        QStringLiteral("if-exists"),
        QStringLiteral("When SOURCE (the same bytes) was imported into FILE before: skip, add it "
                       "again, or replace the earlier source (default: refuse and say so)."),
        QStringLiteral("skip|add|replace"));
    return {QStringLiteral("import"),
            {},
            QStringLiteral("FILE SOURCE"),
            [](QCommandLineParser& p) {
                p.addOptions({format, encoding, create, keepValid, dateProperty, mapping, layer,
                              ifExists, dateOrder, positionColumns});
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
                const QString existing = p.value(ifExists).toLower();
                const std::optional<IfExists> policy =
                    existing.isEmpty()                     ? IfExists::Refuse
                    : existing == QLatin1String("skip")    ? IfExists::Skip
                    : existing == QLatin1String("add")     ? IfExists::Add
                    : existing == QLatin1String("replace") ? std::optional(IfExists::Replace)
                                                           : std::nullopt;
                if (!policy) {
                    err << "tigris import: unknown --if-exists '" << existing
                        << "'; one of skip, add, replace\n";
                    return 2;
                }
                // Read before the project is touched: a bad mapping creates nothing.
                std::optional<CsvMapping> columns;
                if (p.isSet(mapping)) columns = CsvMapping::fromFile(p.value(mapping));
                std::unique_ptr<EventStore> store;
                const QFileInfo fi(path);
                if (ProjectUrl::isServerProject(path))
                    store =
                        p.isSet(create) ? EventStore::openOrCreate(path) : EventStore::open(path);
                else if (p.isSet(create) && (!fi.exists() || fi.size() == 0))
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
                options.layer = p.value(layer);
                options.ifExists = *policy;
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
                out << jsonText(report.toJson());
                if (report.skippedAsSource > 0) return 0; // as asked: nothing to do
                return report.imported > 0 || report.annotations > 0 ? 0 : 1;
            }};
}

} // namespace

QList<CliCommand> projectCommands()
{
    return {sample(), import()};
}
