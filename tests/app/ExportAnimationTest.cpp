// File → Export animation…: the dialog's settings and the job that runs them off the UI thread.
#include "ExportAnimationDialog.h"
#include "RunTigris.h"
#include "TestCatch.h"
#include "compose/SnapshotRenderer.h"
#include "compose/VideoAssembler.h"
#include "core/TileServer.h"
#include "core/TileTestImages.h"
#include "io/SampleProject.h"
#include "model/TimeController.h"
#include "render/MapViewport.h"
#include "tiles/TileLayer.h"
#include "time/FuzzyDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

namespace {
qint64 day(const char* iso)
{
    return FuzzyDate::parse(QString::fromLatin1(iso))->begin();
}
} // namespace

TEST_CASE("Export animation dialog steps as playback does: the time controller's unit and mode",
          "[gui][export][animation]")
{
    ExportAnimationDialog dialog(MapExportOptions{},
                                 TimeWindow{day("2014-01-31"), day("2014-07-01")});
    TimeController time;
    time.setUnit(TimeController::Unit::Month);
    time.setMode(TimeController::Mode::Cumulative);
    dialog.useTime(time);
    const AnimationExportSettings s = dialog.settings();
    CHECK(s.steps.unit == AnimationSteps::Unit::Month);
    CHECK(s.steps.count == 1);
    CHECK(s.frame.cumulative);
    time.setUnit(TimeController::Unit::Week);
    time.setMode(TimeController::Mode::Window);
    dialog.useTime(time);
    CHECK(dialog.settings().steps.unit == AnimationSteps::Unit::Week);
    CHECK_FALSE(dialog.settings().frame.cumulative);
}

TEST_CASE("Export animation dialog: settings from its fields", "[gui][export][animation]")
{
    MapExportOptions base;
    base.bbox = GeoBox{38, 31, 47, 38};
    ExportAnimationDialog dialog(base, TimeWindow{day("2014-06-01"), day("2014-07-01")});
    AnimationExportSettings s = dialog.settings();
    CHECK(s.range.from == day("2014-06-01"));
    CHECK(s.range.to == day("2014-07-01")); // "To" shows 30 June, inclusive
    CHECK(s.steps.unit == AnimationSteps::Unit::Day);
    REQUIRE(s.frame.bbox);
    CHECK(s.frame.bbox->west == 38);
    CHECK(s.frame.bbox->north == 38);
    CHECK(s.frame.size == QSize(1920, 1080));
    CHECK_FALSE(s.frame.cumulative);
    CHECK(s.video.isEmpty());
    CHECK(dialog.problem().isEmpty());

    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("stepUnit"));
    auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("mode"));
    auto* size = dialog.findChild<QComboBox*>(QStringLiteral("frameSize"));
    REQUIRE(unit);
    REQUIRE(mode);
    REQUIRE(size);
    unit->setCurrentIndex(1);
    mode->setCurrentIndex(1);
    size->setCurrentIndex(0);
    s = dialog.settings();
    CHECK(s.steps.unit == AnimationSteps::Unit::Week);
    CHECK(s.frame.cumulative);
    CHECK(s.frame.size == QSize(1280, 720));
    CHECK(s.steps.windows(s.range, true).size() == 5);

    auto* to = dialog.findChild<QDateEdit*>(QStringLiteral("to"));
    REQUIRE(to);
    to->setDate(QDate(2014, 5, 1));
    CHECK_FALSE(dialog.problem().isEmpty());
    to->setDate(QDate(2014, 6, 30));
    auto* video = dialog.findChild<QCheckBox*>(QStringLiteral("makeVideo"));
    REQUIRE(video);
    const bool haveFfmpeg = !VideoAssembler::ffmpeg().isEmpty();
    CHECK(video->isEnabled() == haveFfmpeg);
    // The video path is offered only with ffmpeg; without it the dialog says why.
    if (haveFfmpeg) {
        video->setChecked(true);
        CHECK(dialog.settings().video.endsWith(QStringLiteral(".mp4")));
    } else {
        CHECK(video->toolTip().contains(QStringLiteral("ffmpeg is not installed")));
        CHECK(dialog.settings().video.isEmpty());
    }
}

TEST_CASE("Export animation job: frames off the UI thread, cancel, video",
          "[gui][export][animation]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    AnimationExportSettings s;
    s.frame.size = QSize(400, 250);
    s.range = TimeWindow{day("2014-06-05"), day("2014-06-15")};
    s.steps = *AnimationSteps::parse(QStringLiteral("2d"));
    s.directory = dir.filePath(QStringLiteral("frames"));

    // Through the progress dialog, as the menu runs it.
    QWidget parent;
    AnimationExportJob::Result r = AnimationExportJob::run(&parent, project, s);
    INFO(r.error.toStdString());
    CHECK(r.error.isEmpty());
    CHECK(r.frames == 5);
    CHECK_FALSE(r.cancelled);
    CHECK(QImage(QDir(s.directory).filePath(QStringLiteral("frame-00004.png"))).size() ==
          QSize(400, 250));

    // Cancel after the second frame: no video is made.
    s.directory = dir.filePath(QStringLiteral("cancelled"));
    s.video = dir.filePath(QStringLiteral("never.gif"));
    r = AnimationExportJob::execute(project, s, [](int done, int) { return done < 2; });
    CHECK(r.cancelled);
    CHECK(r.frames == 2);
    CHECK_FALSE(QFile::exists(s.video));

    // A project that cannot be opened is an error, not a crash.
    r = AnimationExportJob::execute(dir.filePath(QStringLiteral("missing.tigris")), s);
    CHECK_FALSE(r.error.isEmpty());

    if (VideoAssembler::ffmpeg().isEmpty()) {
        WARN("SKIPPED: ffmpeg is not installed, so no GIF was assembled");
        return;
    }
    s.directory = dir.filePath(QStringLiteral("video"));
    s.video = dir.filePath(QStringLiteral("june.gif"));
    r = AnimationExportJob::execute(project, s);
    INFO(r.error.toStdString());
    CHECK(r.error.isEmpty());
    CHECK(QImageReader(s.video).imageCount() == 5);
}

TEST_CASE("Export animation job draws the window's map tiles in every frame",
          "[gui][export][animation][tiles]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    // The map's source as the window has it: a tile server's, on this (the UI) thread, which
    // the frames' worker must not use.
    TileServer server;
    XyzTileSource source(server.sourceOptions(dir.filePath(QStringLiteral("cache"))));

    AnimationExportSettings s;
    s.frame.size = QSize(400, 250);
    s.frame.bbox = GeoBox{38, 29, 49, 38}; // the dialog's area: the map's view
    s.frame.tiles = &source;
    s.range = TimeWindow{day("2014-06-05"), day("2014-06-11")};
    s.steps = *AnimationSteps::parse(QStringLiteral("2d"));
    s.directory = dir.filePath(QStringLiteral("frames"));
    QWidget parent;
    const AnimationExportJob::Result r = AnimationExportJob::run(&parent, project, s);
    INFO(r.error.toStdString());
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.frames == 3);
    CHECK(r.missingTiles == 0);
    const int requests = server.requests();
    CHECK(requests > 0);

    // Every frame has the server's tiles where the basemap would be: the colours of the
    // tiles of the frames' view cover most of each frame.
    const MapViewport view = SnapshotRenderer::mapView(s.frame, GeoBox{});
    QSet<QRgb> colours;
    for (const TileKey& k : TileLayer::visibleTiles(view, TileLayer::tileZoom(view)))
        colours.insert(tileTestColour(k).rgb());
    REQUIRE_FALSE(colours.isEmpty());
    for (int i = 0; i < r.frames; ++i) {
        INFO(i);
        const QImage frame(FrameWriter::framePath(s.directory, i));
        double share = 0;
        for (QRgb c : colours)
            share += colourShare(frame, c);
        CHECK(share > 0.3);
    }
    CHECK(server.requests() == requests); // fetched once, not once a frame
}
