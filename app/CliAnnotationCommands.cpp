// `tigris annotate` and `tigris annotations`: notes on places from the shell.
#include "CliArgs.h"
#include "CliCommand.h"
#include "annotations/AnnotationExchange.h"
#include "annotations/AnnotationStore.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

CliCommand annotate()
{
    static const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Position LAT,LON."),
                                       QStringLiteral("LAT,LON"));
    static const QCommandLineOption location(QStringLiteral("location"),
                                             QStringLiteral("A place of the project, by name."),
                                             QStringLiteral("NAME"));
    static const QCommandLineOption event(QStringLiteral("event"),
                                          QStringLiteral("An event of the project, by id."),
                                          QStringLiteral("ID"));
    static const QCommandLineOption title(
        QStringLiteral("title"), QStringLiteral("Title (required)."), QStringLiteral("TEXT"));
    static const QCommandLineOption note(
        QStringLiteral("note"), QStringLiteral("Note (plain text)."), QStringLiteral("TEXT"));
    static const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Valid from DATE."),
                                         QStringLiteral("DATE"));
    static const QCommandLineOption to(QStringLiteral("to"),
                                       QStringLiteral("Valid up to the end of DATE."),
                                       QStringLiteral("DATE"));
    static const QCommandLineOption color(
        QStringLiteral("color"), QStringLiteral("Colour #RRGGBB."), QStringLiteral("#RRGGBB"));
    return {QStringLiteral("annotate"),
            {},
            QStringLiteral("FILE"),
            [](QCommandLineParser& p) {
                p.addOptions({at, location, event, title, note, from, to, color});
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                const int anchors = int(p.isSet(at)) + int(p.isSet(location)) + int(p.isSet(event));
                QString error;
                if (anchors != 1)
                    error = QStringLiteral("give exactly one of --at, --location, --event");
                else if (p.value(title).trimmed().isEmpty())
                    error = QStringLiteral("--title is required");
                Annotation a;
                a.title = p.value(title);
                a.note = p.value(note);
                if (error.isEmpty() && p.isSet(color)) {
                    a.colour = QColor(p.value(color));
                    if (!a.colour.isValid() || !p.value(color).startsWith(QLatin1Char('#')))
                        error = QStringLiteral("--color: '%1' is not #RRGGBB").arg(p.value(color));
                }
                if (error.isEmpty() && (p.isSet(from) || p.isSet(to))) {
                    if (const auto w = CliArgs::window(p.value(from), p.value(to), &error)) {
                        if (p.isSet(from)) a.validFrom = w->from;
                        if (p.isSet(to)) a.validTo = w->to;
                    }
                }
                if (error.isEmpty() && p.isSet(at)) {
                    const QStringList parts = p.value(at).split(QLatin1Char(','));
                    bool okLat = false, okLon = false;
                    const double lat = parts.value(0).toDouble(&okLat),
                                 lon = parts.value(1).toDouble(&okLon);
                    if (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 90 ||
                        std::abs(lon) > 180)
                        error = QStringLiteral("--at: '%1' is not LAT,LON").arg(p.value(at));
                    else
                        a.vertices = {QPointF(lon, lat)};
                }
                if (!error.isEmpty()) {
                    err << "tigris annotate: " << error << "\n";
                    return 2;
                }
                auto store = EventStore::open(p.positionalArguments().at(0));
                if (p.isSet(location)) {
                    for (const Location& l : store->locations())
                        if (l.name.compare(p.value(location), Qt::CaseInsensitive) == 0 ||
                            l.altNames.contains(p.value(location), Qt::CaseInsensitive)) {
                            a.locationId = l.id;
                            a.vertices = {QPointF(l.lon, l.lat)};
                            break;
                        }
                    if (!a.locationId) {
                        err << "tigris annotate: no place named '" << p.value(location) << "'\n";
                        return 1;
                    }
                }
                if (p.isSet(event)) {
                    const auto e = store->event(p.value(event).toLongLong());
                    if (!e || !e->hasCoordinate()) {
                        err << "tigris annotate: no event " << p.value(event)
                            << " with a position\n";
                        return 1;
                    }
                    a.eventId = e->id;
                    a.vertices = {QPointF(e->lon, e->lat)};
                }
                store->checkWritable(); // no annotation written into a damaged file
                AnnotationStore annotations(*store);
                out << annotations.insert(a) << "\n";
                return 0;
            }};
}

CliCommand list()
{
    static const QCommandLineOption format(QStringLiteral("format"),
                                           QStringLiteral("json (default), geojson or kml."),
                                           QStringLiteral("FORMAT"), QStringLiteral("json"));
    return {QStringLiteral("annotations"),
            {},
            QStringLiteral("FILE"),
            [](QCommandLineParser& p) { p.addOption(format); },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                const QString fmt = p.value(format).toLower();
                if (fmt != QLatin1String("json") && fmt != QLatin1String("geojson") &&
                    fmt != QLatin1String("kml")) {
                    err << "tigris annotations: --format is json, geojson or kml\n";
                    return 2;
                }
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const auto all = AnnotationStore(*store).all();
                if (fmt == QLatin1String("geojson")) {
                    out << AnnotationExchange::toGeoJson(all);
                    return 0;
                }
                if (fmt == QLatin1String("kml")) {
                    out << AnnotationExchange::toKml(all);
                    return 0;
                }
                QJsonArray array;
                for (const Annotation& a : all) {
                    QJsonArray vertices;
                    for (const QPointF& v : a.vertices)
                        vertices.append(QJsonArray{v.y(), v.x()});
                    QJsonObject o{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("kind"), toString(a.kind)},
                                  {QStringLiteral("title"), a.title},
                                  {QStringLiteral("note"), a.note},
                                  {QStringLiteral("colour"), a.colour.name()},
                                  {QStringLiteral("vertices"), vertices},
                                  {QStringLiteral("from"),
                                   a.validFrom ? QJsonValue(iso(*a.validFrom)) : QJsonValue()},
                                  {QStringLiteral("to"),
                                   a.validTo ? QJsonValue(iso(*a.validTo)) : QJsonValue()},
                                  {QStringLiteral("location_id"),
                                   a.locationId ? QJsonValue(*a.locationId) : QJsonValue()},
                                  {QStringLiteral("event_id"),
                                   a.eventId ? QJsonValue(*a.eventId) : QJsonValue()}};
                    array.append(o);
                }
                out << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return 0;
            }};
}

} // namespace

QList<CliCommand> annotationCommands()
{
    return {annotate(), list()};
}
