// `tigris export-image`: the map drawn headless by the same painter as the window.
#include "CliArgs.h"
#include "CliCommand.h"
#include "MainWindow.h"
#include "TimelinePanel.h"
#include "render/MapExport.h"
#include "store/EventStore.h"

#include <QImageWriter>

namespace {

CliCommand exportImage()
{
    static const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    static const QCommandLineOption bbox(QStringLiteral("bbox"),
                                         QStringLiteral("Area to show, W,S,E,N (default: the "
                                                        "events' extent)."),
                                         QStringLiteral("W,S,E,N"));
    static const QCommandLineOption from(QStringLiteral("from"),
                                         QStringLiteral("Show events overlapping from DATE."),
                                         QStringLiteral("DATE"));
    static const QCommandLineOption to(QStringLiteral("to"),
                                       QStringLiteral("Show events overlapping up to DATE."),
                                       QStringLiteral("DATE"));
    return {QStringLiteral("export-image"), QStringLiteral("render the map to a PNG, headless"),
            QStringLiteral("FILE OUT.png"),
            [](QCommandLineParser& p) {
                p.addOptions({size, bbox, from, to});
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                QString error;
                MapExportOptions options;
                if (const auto s = CliArgs::size(p.value(size), &error)) options.size = *s;
                if (error.isEmpty() && p.isSet(bbox))
                    options.bbox = CliArgs::bbox(p.value(bbox), &error);
                if (error.isEmpty())
                    options.window = CliArgs::window(p.value(from), p.value(to), &error);
                const QString outPath = p.positionalArguments().at(1);
                if (error.isEmpty() &&
                    !outPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
                    error = QStringLiteral("OUT must be a .png file");
                if (!error.isEmpty()) {
                    err << "tigris export-image: " << error << "\n";
                    return 2;
                }
                try {
                    auto store = EventStore::open(p.positionalArguments().at(0), true);
                    const QImage image = MapExport::render(*store, options);
                    QImageWriter writer(outPath, "png");
                    if (!writer.write(image)) {
                        err << "tigris export-image: " << outPath << ": " << writer.errorString()
                            << "\n";
                        return 1;
                    }
                    out << outPath << " (" << image.width() << "x" << image.height() << ")\n";
                    return 0;
                } catch (const StoreError& e) {
                    err << "tigris export-image: " << e.message() << "\n";
                    return 1;
                }
            }};
}

CliCommand screenshot()
{
    static const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size in pixels (default 1600x1000)."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    return {QStringLiteral("screenshot"),
            QStringLiteral("lay out the main window offscreen on a project and save it as PNG"),
            QStringLiteral("FILE OUT.png"),
            [](QCommandLineParser& p) {
                p.addOption(size);
                p.addOption(QCommandLineOption(QStringLiteral("from"),
                                               QStringLiteral("Time window from DATE."),
                                               QStringLiteral("DATE")));
                p.addOption(QCommandLineOption(QStringLiteral("to"),
                                               QStringLiteral("Time window up to the end of DATE."),
                                               QStringLiteral("DATE")));
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                QString error;
                const auto s = CliArgs::size(p.value(size), &error);
                const auto span = s ? CliArgs::window(p.value(QStringLiteral("from")),
                                                      p.value(QStringLiteral("to")), &error)
                                    : std::nullopt;
                if (!error.isEmpty()) {
                    err << "tigris screenshot: " << error << "\n";
                    return 2;
                }
                MainWindow window;
                QString failure;
                window.setErrorReporter([&](const QString& m) { failure = m; });
                window.resize(*s);
                window.show();
                if (!window.openProject(p.positionalArguments().at(0))) {
                    err << "tigris screenshot: " << failure << "\n";
                    return 1;
                }
                if (span) {
                    window.timeline()->setWindow(*span);
                    // Show the window with some context on either side.
                    const qint64 margin = (span->to - span->from) * 2;
                    window.timeline()->timeline()->fitRange(span->from - margin, span->to + margin);
                }
                QCoreApplication::processEvents();
                const QString outPath = p.positionalArguments().at(1);
                if (!window.grab().save(outPath, "PNG")) {
                    err << "tigris screenshot: cannot write " << outPath << "\n";
                    return 1;
                }
                out << outPath << "\n";
                return 0;
            }};
}

} // namespace

QList<CliCommand> exportCommands()
{
    return {exportImage(), screenshot()};
}
