#include "compose/FrameWriter.h"

#include "compose/SnapshotRenderer.h"

#include <QDir>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <deque>
#include <stdexcept>

namespace FrameWriter {

QString framePath(const QString& dir, int frame)
{
    return QDir(dir).filePath(QStringLiteral("frame-%1.png").arg(frame, 5, 10, QLatin1Char('0')));
}

QString framePattern(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("frame-%05d.png"));
}

int write(SnapshotRenderer& renderer, MapExportOptions options,
          const std::vector<TimeWindow>& windows, const QString& dir, const Progress& progress)
{
    if (!QDir().mkpath(dir))
        throw std::runtime_error(QStringLiteral("%1: cannot be created").arg(dir).toStdString());
    // Encoding a frame takes longer than drawing it; the encoders get their own pool so that a
    // caller already running on the global pool (the window's export) does not starve them.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const std::size_t inFlight = std::size_t(pool.maxThreadCount()) + 1; // bounds memory
    std::deque<QFuture<QString>> pending;
    int written = 0;
    bool stopped = false;
    auto finishOldest = [&] {
        const QString error = pending.front().result();
        pending.pop_front();
        if (!error.isEmpty()) {
            for (auto& f : pending)
                f.waitForFinished();
            throw std::runtime_error(error.toStdString());
        }
        ++written;
        if (progress && !progress(written, int(windows.size()))) stopped = true;
    };
    for (std::size_t i = 0; i < windows.size() && !stopped; ++i) {
        options.window = windows[i];
        const QImage image = renderer.render(options);
        const QString path = framePath(dir, int(i));
        pending.push_back(QtConcurrent::run(&pool, [image, path] {
            try {
                MapExport::writeImage(image, path, true);
                return QString();
            } catch (const std::exception& e) {
                return QString::fromUtf8(e.what());
            }
        }));
        while (pending.size() >= inFlight && !stopped)
            finishOldest();
    }
    while (!pending.empty() && !stopped)
        finishOldest();
    for (auto& f : pending) // stopped: let the frames already drawn finish, uncounted
        f.waitForFinished();
    return written;
}

} // namespace FrameWriter
