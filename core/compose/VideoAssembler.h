#pragma once

#include <QString>

// Turns frames written by FrameWriter into an MP4 (H.264 where ffmpeg has it, yuv420p so
// that browsers and players open it) or a GIF (with a palette made from the frames) by
// running ffmpeg, which is optional: Tigris never needs it otherwise.
namespace VideoAssembler {
QString ffmpeg();                      // its path, or empty when it is not installed
bool supports(const QString& outPath); // .mp4 or .gif
// Assembles DIR/frame-00000.png … (the first `frames`) at `fps` into outPath, overwriting it.
// Throws std::runtime_error: ffmpeg missing, or its exit status and last lines of output.
void assemble(const QString& dir, int frames, int fps, const QString& outPath);
} // namespace VideoAssembler
