#include "compose/FrameWriter.h"

#include "base/Error.h"
#include "compose/SnapshotRenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <deque>

namespace FrameWriter {

namespace {
QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

void writeIndex(const QString& dir, const std::vector<TimeWindow>& windows, int frames,
                bool cumulative)
{
    QJsonArray list;
    for (int i = 0; i < frames; ++i)
        list.append(QJsonObject{{QStringLiteral("file"), QFileInfo(framePath(dir, i)).fileName()},
                                {QStringLiteral("from"), iso(windows[std::size_t(i)].from)},
                                {QStringLiteral("to"), iso(windows[std::size_t(i)].to)}});
    const QJsonObject index{{QStringLiteral("mode"),
                             cumulative ? QStringLiteral("cumulative") : QStringLiteral("window")},
                            {QStringLiteral("frames"), list}};
    QSaveFile f(indexPath(dir));
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(index).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw ExportError(QStringLiteral("cannot be written"), {indexPath(dir)});
}
} // namespace

QString framePath(const QString& dir, int frame)
{
    return QDir(dir).filePath(QStringLiteral("frame-%1.png").arg(frame, 5, 10, QLatin1Char('0')));
}

QString framePattern(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("frame-%05d.png"));
}

QString indexPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("frames.json"));
}

int write(SnapshotRenderer& renderer, MapExportOptions options,
          const std::vector<TimeWindow>& windows, const QString& dir, const Progress& progress)
{
    if (!QDir().mkpath(dir)) throw ExportError(QStringLiteral("cannot be created"), {dir});
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
            throw ExportError(error);
        }
        ++written;
        if (progress && !progress(written, int(windows.size()))) stopped = true;
    };
    for (std::size_t i = 0; i < windows.size() && !stopped; ++i) {
        options.window = windows[i];
        options.wholeLegend = true; // the same legend, of the same size, in every frame
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
    writeIndex(dir, windows, written, options.cumulative);
    return written;
}

} // namespace FrameWriter
