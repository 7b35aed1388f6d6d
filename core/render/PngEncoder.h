#pragma once

#include <QByteArray>

class QImage;

// A fast PNG encoder for opaque snapshots: 8-bit RGB, every row with the "Up" filter, one
// zlib stream and the resolution in a pHYs chunk. Qt's writer (libpng) picks a
// filter per row by trying all five and compresses at zlib level 6; for maps, mostly flat
// colour, "Up" alone compresses about as well at a fraction of the cost (docs/performance.md).
namespace PngEncoder {
// `level` is zlib's, 1 (fastest) to 9. Alpha is dropped: the image is drawn on white.
// With `threads` > 1 bands of rows are filtered and deflated side by side and joined into
// the one stream, as pigz does; the pixels read back are the same.
QByteArray encode(const QImage& image, int level = 6, int threads = 1);
} // namespace PngEncoder
