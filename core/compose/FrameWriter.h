#pragma once

#include "compose/MapExport.h"
#include "time/TimeWindow.h"

#include <QString>
#include <functional>
#include <vector>

class SnapshotRenderer;

// Writes the frames of an animation as DIR/frame-00000.png, frame-00001.png … one per time
// window. Frames are drawn one after another by one renderer (its index and sprites are
// reused) while earlier frames are PNG-encoded, at a fast zlib level, on other threads.
namespace FrameWriter {
// Called on the calling thread after each frame is on disk; return false to stop.
using Progress = std::function<bool(int written, int total)>;

QString framePath(const QString& dir, int frame);
QString framePattern(const QString& dir); // for ffmpeg: DIR/frame-%05d.png
// Returns the number of frames written (fewer than windows.size() if stopped). Throws
// std::runtime_error naming the file that could not be written.
int write(SnapshotRenderer& renderer, MapExportOptions options,
          const std::vector<TimeWindow>& windows, const QString& dir,
          const Progress& progress = {});
} // namespace FrameWriter
