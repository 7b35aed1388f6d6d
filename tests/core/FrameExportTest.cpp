// Animation frames: the steps of the time window, frames drawn by one reused renderer and
// encoded in parallel, and their assembly into MP4/GIF by ffmpeg (skipped, with a message,
// where ffmpeg is not installed).
#include "TestCatch.h"
#include "compose/AnimationSteps.h"
#include "compose/FrameWriter.h"
#include "compose/MapExport.h"
#include "compose/SnapshotRenderer.h"
#include "compose/VideoAssembler.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <stdexcept>

namespace {
qint64 day(const char* iso)
{
    return FuzzyDate::parse(QString::fromLatin1(iso))->begin();
}

struct SampleFixture {
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    SampleFixture() { writeSampleProject(project); }
};

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}
} // namespace

TEST_CASE("AnimationSteps: steps parse and tile the range", "[export][animation]")
{
    CHECK(AnimationSteps::parse(QStringLiteral("1d"))->unit == AnimationSteps::Unit::Day);
    CHECK(AnimationSteps::parse(QStringLiteral("2w"))->count == 2);
    CHECK(AnimationSteps::parse(QStringLiteral("3M"))->unit == AnimationSteps::Unit::Month);
    for (const char* bad : {"", "d", "0d", "1y", "1 d", "-1d", "99999d"})
        CHECK_FALSE(AnimationSteps::parse(QString::fromLatin1(bad)));

    const TimeWindow range{day("2014-06-05"), day("2014-06-13")};
    const auto daily = AnimationSteps::parse(QStringLiteral("1d"))->windows(range, false);
    REQUIRE(daily.size() == 8);
    for (std::size_t i = 0; i < daily.size(); ++i) {
        CHECK(daily[i].to - daily[i].from == 86400);
        if (i > 0) CHECK(daily[i].from == daily[i - 1].to); // no gap, no overlap
    }
    CHECK(daily.back().to == range.to);
    const auto cumulative = AnimationSteps::parse(QStringLiteral("1d"))->windows(range, true);
    REQUIRE(cumulative.size() == 8);
    CHECK(cumulative[5].from == range.from);
    CHECK(cumulative[5].to == day("2014-06-11"));

    // Calendar months, and a last step cut at the range's end.
    const auto months = AnimationSteps::parse(QStringLiteral("1m"))
                            ->windows({day("2014-01-01"), day("2014-03-15")}, false);
    REQUIRE(months.size() == 3);
    CHECK(months[1].from == day("2014-02-01"));
    CHECK(months[1].to == day("2014-03-01"));
    CHECK(months[2].to == day("2014-03-15"));
    CHECK(AnimationSteps::parse(QStringLiteral("1w"))->windows(range, false, 1).size() == 1);
}

TEST_CASE("FrameWriter: one PNG per window, identical to a one-off export", "[export][animation]")
{
    SampleFixture f;
    auto store = EventStore::open(f.project, true);
    SnapshotRenderer renderer(*store);
    MapExportOptions o;
    o.size = QSize(480, 300);
    o.timeline = true;
    const auto windows = AnimationSteps::parse(QStringLiteral("1d"))
                             ->windows({day("2014-06-05"), day("2014-06-12")}, false);
    const QString frames = f.dir.filePath(QStringLiteral("frames"));
    std::vector<int> reported;
    REQUIRE(FrameWriter::write(renderer, o, windows, frames, [&](int written, int total) {
                CHECK(total == 7);
                reported.push_back(written);
                return true;
            }) == 7);
    CHECK(reported == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
    const QStringList files = QDir(frames).entryList({QStringLiteral("frame-*.png")});
    REQUIRE(files.size() == 7);
    CHECK(files.last() == QStringLiteral("frame-00006.png"));

    // The reused renderer (index, sprites, histogram kept) draws what a fresh export draws.
    o.window = windows[4];
    const QImage fresh = MapExport::render(*store, o).convertToFormat(QImage::Format_RGB32);
    const QImage frame =
        QImage(FrameWriter::framePath(frames, 4)).convertToFormat(QImage::Format_RGB32);
    REQUIRE(frame.size() == QSize(480, 300));
    CHECK(frame == fresh);
    // Each day shows different events (and a different caption).
    CHECK(QImage(FrameWriter::framePath(frames, 0)) != frame);
}

TEST_CASE("FrameWriter: stops when asked; unwritable folder named", "[export][animation]")
{
    SampleFixture f;
    auto store = EventStore::open(f.project, true);
    SnapshotRenderer renderer(*store);
    MapExportOptions o;
    o.size = QSize(320, 200);
    const auto windows = AnimationSteps::parse(QStringLiteral("1d"))
                             ->windows({day("2014-06-01"), day("2014-06-30")}, true);
    REQUIRE(windows.size() == 29);
    const QString frames = f.dir.filePath(QStringLiteral("stopped"));
    const int written =
        FrameWriter::write(renderer, o, windows, frames, [](int done, int) { return done < 3; });
    CHECK(written == 3);
    // Frames already drawn may finish, but far from all 29 are written.
    CHECK(QDir(frames).entryList({QStringLiteral("*.png")}).size() < 10);

    QFile blocker(f.dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString bad = f.dir.filePath(QStringLiteral("file/frames"));
    try {
        FrameWriter::write(renderer, o, windows, bad);
        FAIL("no error for a folder that cannot be made");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromUtf8(e.what()).contains(bad));
    }
}

TEST_CASE("VideoAssembler: clear errors without ffmpeg or frames", "[export][animation]")
{
    QTemporaryDir dir;
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", dir.path().toLocal8Bit()); // an empty folder: no ffmpeg on the PATH
    CHECK(VideoAssembler::ffmpeg().isEmpty());
    try {
        VideoAssembler::assemble(dir.path(), 3, 4, dir.filePath(QStringLiteral("a.mp4")));
        FAIL("no error without ffmpeg");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromUtf8(e.what()).contains(QStringLiteral("ffmpeg is not installed")));
    }
    qputenv("PATH", path);
    CHECK_THROWS_AS(
        VideoAssembler::assemble(dir.path(), 3, 4, dir.filePath(QStringLiteral("a.avi"))),
        std::runtime_error);
    if (VideoAssembler::ffmpeg().isEmpty()) {
        WARN("SKIPPED: ffmpeg is not installed; the failing-ffmpeg case was not run");
        return;
    }
    // No frames in the folder: ffmpeg fails and its message comes back.
    const QString out = dir.filePath(QStringLiteral("empty.mp4"));
    try {
        VideoAssembler::assemble(dir.path(), 3, 4, out);
        FAIL("no error from ffmpeg without frames");
    } catch (const std::runtime_error& e) {
        INFO(e.what());
        CHECK(QString::fromUtf8(e.what()).contains(QStringLiteral("ffmpeg failed")));
        CHECK(QString::fromUtf8(e.what()).contains(out));
    }
}

TEST_CASE("VideoAssembler: MP4 and GIF from frames (needs ffmpeg)", "[export][animation][ffmpeg]")
{
    if (VideoAssembler::ffmpeg().isEmpty()) {
        WARN("SKIPPED: ffmpeg is not installed, so no MP4 or GIF was assembled "
             "(apt install ffmpeg to run this test)");
        return;
    }
    SampleFixture f;
    auto store = EventStore::open(f.project, true);
    SnapshotRenderer renderer(*store);
    MapExportOptions o;
    o.size = QSize(321, 201); // odd sides: the MP4 must pad them for yuv420p
    const auto windows = AnimationSteps::parse(QStringLiteral("1d"))
                             ->windows({day("2014-06-05"), day("2014-06-11")}, true);
    const QString frames = f.dir.filePath(QStringLiteral("frames"));
    REQUIRE(FrameWriter::write(renderer, o, windows, frames) == 6);
    // A stale frame from a longer run must not end up in the video.
    REQUIRE(QFile::copy(FrameWriter::framePath(frames, 0), FrameWriter::framePath(frames, 6)));

    const QString gif = f.dir.filePath(QStringLiteral("a.gif"));
    VideoAssembler::assemble(frames, 6, 3, gif);
    CHECK(head(gif, 6) == "GIF89a");
    QImageReader reader(gif);
    CHECK(reader.imageCount() == 6);
    CHECK(reader.size() == QSize(321, 201));

    const QString mp4 = f.dir.filePath(QStringLiteral("a.mp4"));
    VideoAssembler::assemble(frames, 6, 3, mp4);
    CHECK(head(mp4, 12).mid(4, 4) == "ftyp");
    const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    if (ffprobe.isEmpty()) return;
    QProcess probe;
    probe.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"),
                          QStringLiteral("-count_frames"), QStringLiteral("-select_streams"),
                          QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                          QStringLiteral("stream=nb_read_frames,width,height,pix_fmt"),
                          QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp4});
    REQUIRE(probe.waitForFinished(60000));
    const QByteArray fields = probe.readAllStandardOutput().trimmed();
    INFO(fields.toStdString());
    CHECK(fields.contains("322,202,yuv420p"));
    CHECK(fields.endsWith(",6"));
}
