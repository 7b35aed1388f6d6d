#include "compose/VideoAssembler.h"

#include "compose/FrameWriter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <stdexcept>

namespace {
[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}
} // namespace

namespace VideoAssembler {

QString ffmpeg()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

bool supports(const QString& outPath)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    return suffix == QLatin1String("mp4") || suffix == QLatin1String("gif");
}

void assemble(const QString& dir, int frames, int fps, const QString& outPath)
{
    if (!supports(outPath)) fail(QStringLiteral("%1: choose .mp4 or .gif").arg(outPath));
    const QString program = ffmpeg();
    if (program.isEmpty())
        fail(QStringLiteral("%1: ffmpeg is not installed (on Debian: apt install ffmpeg); the "
                            "frames are in %2")
                 .arg(outPath, dir));
    QStringList args{QStringLiteral("-y"),         QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"),  QStringLiteral("error"),
                     QStringLiteral("-framerate"), QString::number(fps),
                     QStringLiteral("-i"),         FrameWriter::framePattern(dir),
                     QStringLiteral("-frames:v"),  QString::number(frames)};
    if (QFileInfo(outPath).suffix().toLower() == QLatin1String("gif"))
        // One palette for the whole animation, made from its frames: no banding, no flicker.
        args << QStringLiteral("-vf")
             << QStringLiteral("split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse");
    else
        // yuv420p needs even sides; most players open nothing else.
        args << QStringLiteral("-vf") << QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
             << QStringLiteral("-movflags") << QStringLiteral("+faststart");
    args << outPath;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted())
        fail(QStringLiteral("%1: ffmpeg could not be started: %2")
                 .arg(outPath, process.errorString()));
    // Frames at 4K take a while; an hour is long enough for anything Tigris writes.
    if (!process.waitForFinished(3600 * 1000)) {
        process.kill();
        process.waitForFinished();
        fail(QStringLiteral("%1: ffmpeg did not finish").arg(outPath));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        fail(QStringLiteral("%1: ffmpeg failed (exit %2): %3")
                 .arg(outPath)
                 .arg(process.exitCode())
                 .arg(output.right(600)));
    }
}

} // namespace VideoAssembler
