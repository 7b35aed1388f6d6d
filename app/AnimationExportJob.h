#pragma once

#include "compose/AnimationSteps.h"
#include "compose/FrameWriter.h"
#include "compose/MapExport.h"

#include <QString>

class QWidget;

// What File → Export animation… asks for: frames of one snapshot layout stepping a range.
struct AnimationExportSettings {
    // Size, area, layout, cumulative; the window is set per frame. frame.tiles: the window's
    // tile source, which run() fetches from once on the GUI thread (a TileSnapshot the worker
    // draws every frame from); execute() uses it on the calling thread as it is.
    MapExportOptions frame;
    TimeWindow range;
    AnimationSteps steps;
    QString directory;
    QString video; // .mp4 or .gif assembled by ffmpeg; empty for frames only
    int fps = 4;
};

// Runs an animation export on a worker thread with its own read-only connection to the
// project, so the window keeps painting; the progress dialog's Cancel stops after the frame
// being written.
namespace AnimationExportJob {
struct Result {
    int frames = 0;
    bool cancelled = false;
    int missingTiles = 0; // visible map tiles that did not arrive within frame.tileWaitMs
    QString error;        // empty on success
};
// The work itself, on the calling thread (the worker, or a test).
Result execute(const QString& projectPath, const AnimationExportSettings& settings,
               const FrameWriter::Progress& progress = {});
// Shows a modal progress dialog over `parent` until the job ends.
Result run(QWidget* parent, const QString& projectPath, const AnimationExportSettings& settings);
} // namespace AnimationExportJob
