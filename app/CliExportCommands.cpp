// `tigris export-image`, `export-frames` and `screenshot`: drawn headless by the same painters
// as the window.
#include "CliArgs.h"
#include "CliCommand.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "TimelinePanel.h"
#include "base/Error.h"
#include "compose/AnimationSteps.h"
#include "compose/FrameWriter.h"
#include "compose/MapExport.h"
#include "compose/SnapshotRenderer.h"
#include "compose/VideoAssembler.h"
#include "model/TimeController.h"
#include "store/EventStore.h"
#include "tiles/TileSnapshot.h"
#include "tiles/TileSource.h"
#include "tiles/TileSourceSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <memory>

namespace {

QCommandLineOption opt(const char* name, const char* help, const char* value = nullptr,
                       const char* def = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help),
                                      QString::fromLatin1(value),
                                      def ? QString::fromLatin1(def) : QString())
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

// The options shared by export-image and export-frames; returns false with `error` set.
bool readSnapshotOptions(QCommandLineParser& p, MapExportOptions& o, QString* error)
{
    if (p.isSet(QStringLiteral("page"))) {
        const QString page = p.value(QStringLiteral("page")).toLower();
        bool ok = false;
        o.dpi = p.value(QStringLiteral("dpi")).toDouble(&ok);
        if (page != QLatin1String("a4") && page != QLatin1String("letter")) {
            *error = QStringLiteral("--page is a4 or letter");
            return false;
        }
        if (!ok || o.dpi < 72 || o.dpi > 600) {
            *error = QStringLiteral("--dpi is a number from 72 to 600");
            return false;
        }
        o.size = MapExport::pageSize(page, o.dpi);
        if (o.size.width() > 8192 || o.size.height() > 8192) {
            *error = QStringLiteral("the page is larger than 8192 pixels at that dpi");
            return false;
        }
    } else if (const auto s = CliArgs::size(p.value(QStringLiteral("size")), error)) {
        o.size = *s;
    } else {
        return false;
    }
    if (p.isSet(QStringLiteral("bbox"))) {
        o.bbox = CliArgs::bbox(p.value(QStringLiteral("bbox")), error);
        if (!o.bbox) return false;
    }
    const QString layout = p.value(QStringLiteral("layout"));
    if (layout != QLatin1String("map") && layout != QLatin1String("map+timeline")) {
        *error = QStringLiteral("--layout is map or map+timeline");
        return false;
    }
    o.timeline = layout == QLatin1String("map+timeline");
    const QString mode = p.value(QStringLiteral("mode"));
    if (mode != QLatin1String("window") && mode != QLatin1String("cumulative")) {
        *error = QStringLiteral("--mode is window or cumulative");
        return false;
    }
    o.cumulative = mode == QLatin1String("cumulative");
    o.title = p.value(QStringLiteral("title"));
    return true;
}

// The tile layer set in View → Map tiles, as the window draws it; null when off. A source
// that cannot be made is a note, not a failure: the export has the offline basemap.
std::unique_ptr<TileSource> configuredTiles(const QString& command, QTextStream& err)
{
    QSettings settings;
    const TileSourceSettings tiles = TileSourceSettings::load(settings);
    try {
        return tiles.createSource();
    } catch (const tigris::Error& e) {
        err << "tigris " << command << ": note: map tiles left out: " << e.message() << "\n";
        return nullptr;
    }
}

void noteMissingTiles(const QString& command, int missing, int waitMs, QTextStream& err)
{
    if (missing > 0)
        err << "tigris " << command << ": note: " << missing
            << " map tile(s) did not arrive within " << waitMs / 1000
            << " s; the offline basemap shows there\n";
}

QCommandLineOption noTilesOption()
{
    return QCommandLineOption(QStringLiteral("no-tiles"),
                              QStringLiteral("Leave out the map tiles set in View → Map tiles."));
}

QList<QCommandLineOption> snapshotOptions()
{
    return {opt("size", "Image size in pixels, up to 8192x8192 (default 1920x1080).", "WxH",
                "1920x1080"),
            opt("page", "A page instead of --size: a4 or letter (portrait).", "PAGE"),
            opt("dpi", "Resolution with --page (default 300).", "N", "300"),
            opt("bbox", "Area to show, W,S,E,N (default: the events' extent).", "W,S,E,N"),
            opt("layout", "map (default) or map+timeline.", "LAYOUT", "map"),
            opt("mode", "window (default) or cumulative.", "MODE", "window"),
            opt("title", "A title above the map.", "TEXT")};
}

CliCommand exportImage()
{
    return {QStringLiteral("export-image"),
            {},
            QStringLiteral("FILE OUT"),
            [](QCommandLineParser& p) {
                p.addOptions(snapshotOptions());
                p.addOptions({opt("from", "Show events overlapping from DATE.", "DATE"),
                              opt("to", "Show events overlapping up to the end of DATE.", "DATE"),
                              noTilesOption()});
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                QString error;
                MapExportOptions options;
                if (readSnapshotOptions(p, options, &error))
                    options.window = CliArgs::window(p.value(QStringLiteral("from")),
                                                     p.value(QStringLiteral("to")), &error);
                const QString outPath = p.positionalArguments().at(1);
                const QString suffix = QFileInfo(outPath).suffix().toLower();
                if (error.isEmpty() && !QStringList{QStringLiteral("png"), QStringLiteral("jpg"),
                                                    QStringLiteral("jpeg"), QStringLiteral("svg"),
                                                    QStringLiteral("pdf")}
                                            .contains(suffix))
                    error = QStringLiteral("OUT must end in .png, .jpg, .svg or .pdf");
                if (!error.isEmpty()) {
                    err << "tigris export-image: " << error << "\n";
                    return 2;
                }
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const auto tiles = p.isSet(QStringLiteral("no-tiles"))
                                       ? nullptr
                                       : configuredTiles(QStringLiteral("export-image"), err);
                options.tiles = tiles.get();
                SnapshotRenderer renderer(*store);
                MapExport::save(renderer, options, outPath);
                out << outPath << " (" << options.size.width() << "x" << options.size.height()
                    << ")\n";
                noteMissingTiles(QStringLiteral("export-image"), renderer.missingTiles(),
                                 options.tileWaitMs, err);
                return 0;
            }};
}

CliCommand exportFrames()
{
    return {QStringLiteral("export-frames"),
            {},
            QStringLiteral("FILE DIR"),
            [](QCommandLineParser& p) {
                p.addOptions(snapshotOptions());
                p.addOptions(
                    {opt("from", "First window starts at DATE (required).", "DATE"),
                     opt("to", "Last window ends with DATE (required).", "DATE"),
                     opt("step", "1d, 1w, 1m or 1y (also 2d, 3m ...).", "STEP", "1d"),
                     opt("video",
                         "Also assemble the frames into OUT.mp4 or OUT.gif (needs ffmpeg).", "OUT"),
                     opt("fps", "Frames per second of the video (default 4).", "N", "4"),
                     noTilesOption()});
            },
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                QString error;
                MapExportOptions options;
                std::optional<TimeWindow> range;
                if (readSnapshotOptions(p, options, &error)) {
                    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
                        error = QStringLiteral("--from and --to are required");
                    else
                        range = CliArgs::window(p.value(QStringLiteral("from")),
                                                p.value(QStringLiteral("to")), &error);
                }
                const auto steps = AnimationSteps::parse(p.value(QStringLiteral("step")));
                if (error.isEmpty() && !steps)
                    error = QStringLiteral("--step is like 1d, 1w, 1m or 1y");
                bool fpsOk = false;
                const int fps = p.value(QStringLiteral("fps")).toInt(&fpsOk);
                if (error.isEmpty() && (!fpsOk || fps < 1 || fps > 60))
                    error = QStringLiteral("--fps is a whole number from 1 to 60");
                const QString video = p.value(QStringLiteral("video"));
                if (error.isEmpty() && p.isSet(QStringLiteral("video")) &&
                    !VideoAssembler::supports(video))
                    error = QStringLiteral("--video must end in .mp4 or .gif");
                if (!error.isEmpty()) {
                    err << "tigris export-frames: " << error << "\n";
                    return 2;
                }
                const QString dirPath = p.positionalArguments().at(1);
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const auto live = p.isSet(QStringLiteral("no-tiles"))
                                      ? nullptr
                                      : configuredTiles(QStringLiteral("export-frames"), err);
                SnapshotRenderer renderer(*store);
                // The view is the same in every frame: its tiles are fetched once, and every
                // frame draws the same ones.
                std::unique_ptr<TileSnapshot> tiles;
                if (live) {
                    tiles =
                        TileSnapshot::capture(*live, renderer.mapView(options), options.tileWaitMs);
                    noteMissingTiles(QStringLiteral("export-frames"), tiles->missingTiles(),
                                     options.tileWaitMs, err);
                    options.tiles = tiles.get();
                    options.tileWaitMs = 0;
                }
                const int frames = FrameWriter::write(
                    renderer, options, steps->windows(*range, options.cumulative), dirPath);
                out << frames << " frames in " << dirPath << "\n";
                if (!video.isEmpty()) {
                    VideoAssembler::assemble(dirPath, frames, fps, video);
                    out << video << "\n";
                }
                return 0;
            }};
}

CliCommand screenshot()
{
    static const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size in pixels (default 1600x1000)."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    return {QStringLiteral("screenshot"),
            {},
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
                window.waitForBackgroundWork(); // the whole window, the actor filter filled in
                if (span) {
                    window.time()->setWindow(*span);
                    window.timeline()->showWindowInContext(); // as a typed date does
                }
                QCoreApplication::processEvents();
                // The tile layer of View → Map tiles, as in the window: an MBTiles file is
                // there at once, a tile server's tiles within a bounded wait.
                constexpr int kTileWaitMs = 15000;
                const int missingTiles = window.map()->waitForTiles(kTileWaitMs);
                QCoreApplication::processEvents();
                const QString outPath = p.positionalArguments().at(1);
                if (!window.grab().save(outPath, "PNG")) {
                    err << "tigris screenshot: cannot write " << outPath << "\n";
                    return 1;
                }
                out << outPath << "\n";
                noteMissingTiles(QStringLiteral("screenshot"), missingTiles, kTileWaitMs, err);
                return 0;
            }};
}

} // namespace

QList<CliCommand> exportCommands()
{
    return {exportImage(), exportFrames(), screenshot()};
}
