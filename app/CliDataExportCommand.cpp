// `tigris export-data`: events to CSV, GeoJSON or KML, all of them or the filtered ones.
#include "CliArgs.h"
#include "CliCommand.h"
#include "annotations/AnnotationStore.h"
#include "base/Error.h"
#include "io/EventExport.h"
#include "io/GisBackend.h"
#include "io/GisFormats.h"
#include "store/EventStore.h"

#include <QFileInfo>
#include <QSaveFile>

QList<CliCommand> dataExportCommands()
{
    static const QCommandLineOption from(QStringLiteral("from"),
                                         QStringLiteral("Events overlapping from DATE."),
                                         QStringLiteral("DATE"));
    static const QCommandLineOption to(QStringLiteral("to"),
                                       QStringLiteral("Events overlapping up to the end of DATE."),
                                       QStringLiteral("DATE"));
    static const QCommandLineOption bbox(QStringLiteral("bbox"),
                                         QStringLiteral("Events inside W,S,E,N."),
                                         QStringLiteral("W,S,E,N"));
    static const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Full-text words."),
                                         QStringLiteral("WORDS"));
    static const QCommandLineOption category(QStringLiteral("category"),
                                             QStringLiteral("Only this category (repeatable)."),
                                             QStringLiteral("NAME"));
    CliCommand command{
        QStringLiteral("export-data"),
        {},
        QStringLiteral("FILE OUT"),
        [](QCommandLineParser& p) {
            p.addOptions({from, to, bbox, text, category});
        },
        [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
            QString error;
            const EventQuery q = CliArgs::query(p.value(from), p.value(to), p.value(bbox),
                                                p.value(text), p.values(category), &error);
            const QString path = p.positionalArguments().at(1);
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (error.isEmpty() && suffix != QLatin1String("csv") &&
                suffix != QLatin1String("geojson") && suffix != QLatin1String("kml") &&
                suffix != QLatin1String("gpkg"))
                error = QStringLiteral("OUT must end in .csv, .geojson, .kml or .gpkg");
            // GDAL is loaded here, for a GeoPackage only.
            const GisBackend* gis =
                suffix == QLatin1String("gpkg") ? GisBackend::instance() : nullptr;
            if (error.isEmpty() && suffix == QLatin1String("gpkg") && !gis)
                error = QStringLiteral("Tigris writes GeoPackages only through GDAL, which is not "
                                       "available here (%1): write .geojson and convert it with "
                                       "ogr2ogr -f GPKG")
                            .arg(GisFormats::unavailableReason());
            if (!error.isEmpty()) {
                err << "tigris export-data: " << error << "\n";
                return 2;
            }
            auto store = EventStore::open(p.positionalArguments().at(0), true);
            const auto events = store->query(q);
            if (gis) {
                const auto annotations = AnnotationStore(*store).all();
                gis->writeGeoPackage(path, events, annotations);
                out << events.size() << " events and " << annotations.size()
                    << " annotations written to " << path << "\n";
                return 0;
            }
            QSaveFile file(path); // all or nothing: no half-written file on failure
            if (!file.open(QIODevice::WriteOnly))
                throw ExportError(path + QStringLiteral(": ") + file.errorString());
            if (suffix == QLatin1String("csv"))
                EventExport::writeCsv(file, events);
            else if (suffix == QLatin1String("geojson"))
                EventExport::writeGeoJson(file, events);
            else
                EventExport::writeKml(file, events);
            if (!file.commit()) throw ExportError(path + QStringLiteral(": ") + file.errorString());
            out << events.size() << " events written to " << path << "\n";
            return 0;
        }};
    return {command};
}
