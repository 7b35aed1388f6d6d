#include "AnimationExportJob.h"

#include "compose/SnapshotRenderer.h"
#include "compose/VideoAssembler.h"
#include "store/EventStore.h"
#include "tiles/TileSnapshot.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace AnimationExportJob {

Result execute(const QString& projectPath, const AnimationExportSettings& s,
               const FrameWriter::Progress& progress)
{
    Result result;
    const std::vector<TimeWindow> windows = s.steps.windows(s.range, s.frame.cumulative);
    try {
        auto store = EventStore::open(projectPath, true);
        SnapshotRenderer renderer(*store);
        bool stopped = false;
        result.frames = FrameWriter::write(renderer, s.frame, windows, s.directory,
                                           [&](int written, int total) {
                                               stopped = progress && !progress(written, total);
                                               return !stopped;
                                           });
        result.cancelled = stopped;
        result.missingTiles = renderer.missingTiles(); // the same in every frame of a snapshot
        if (!stopped && !s.video.isEmpty())
            VideoAssembler::assemble(s.directory, result.frames, s.fps, s.video);
    } catch (const std::exception& e) {
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}

Result run(QWidget* parent, const QString& projectPath, const AnimationExportSettings& settings)
{
    const int total = int(settings.steps.windows(settings.range, settings.frame.cumulative).size());
    QProgressDialog progress(QObject::tr("Writing %n frames…", nullptr, total),
                             QObject::tr("Cancel"), 0, total + (settings.video.isEmpty() ? 0 : 1),
                             parent);
    progress.setWindowTitle(QObject::tr("Export animation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    std::atomic<int> written{0};
    std::atomic<bool> cancel{false};
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel = true; });
    Result result;
    // The tiles, once, here: a tile source must not be used from the worker. The area is the
    // dialog's (frame.bbox), so the view is known without the project.
    AnimationExportSettings s = settings;
    std::unique_ptr<TileSnapshot> tiles;
    if (s.frame.tiles) {
        progress.setLabelText(QObject::tr("Loading map tiles…"));
        progress.show();
        tiles = TileSnapshot::capture(
            *s.frame.tiles, SnapshotRenderer::mapView(s.frame, GeoBox{-180, -80, 180, 80}),
            s.frame.tileWaitMs);
        s.frame.tiles = tiles.get();
        s.frame.tileWaitMs = 0;
        progress.setLabelText(QObject::tr("Writing %n frames…", nullptr, total));
        if (cancel) {
            result.cancelled = true;
            return result;
        }
    }
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &progress,
                     &QProgressDialog::hide); // ends exec() without emitting canceled
    // The worker only touches atomics; the dialog polls them on the UI thread.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setValue(written);
        if (written == total && !settings.video.isEmpty())
            progress.setLabelText(QObject::tr("Assembling %1 with ffmpeg…").arg(settings.video));
    });
    poll.start(100);
    watcher.setFuture(QtConcurrent::run([&] {
        result = execute(projectPath, s, [&](int done, int) {
            written = done;
            return !cancel;
        });
    }));
    if (!watcher.isFinished()) progress.exec();
    watcher.waitForFinished();
    return result;
}

} // namespace AnimationExportJob
