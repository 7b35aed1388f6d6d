#pragma once

#include "io/OgrLayerInfo.h"

#include <QString>
#include <vector>

class OgrDataset;

// The layers of a GIS file, as the import dialog lists them and messages name them.
namespace OgrLayerList {
std::vector<OgrLayerInfo> of(const OgrDataset& dataset);
// The layers of the file at `path`; throws ImportError as OgrDataset does.
std::vector<OgrLayerInfo> of(const QString& path);
} // namespace OgrLayerList
