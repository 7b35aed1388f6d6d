#pragma once

#include "io/OgrPreview.h"

// Reads an OgrPreview (io/OgrPreview.h) through OgrLayerRows, as the import reads the features.
namespace OgrPreviewReader {
// `layer` empty: the first. Errors are in table.error, never thrown.
OgrPreview read(const QString& path, const QString& layer, int maxRecords = 50);
} // namespace OgrPreviewReader
