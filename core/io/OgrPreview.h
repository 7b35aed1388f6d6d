#pragma once

#include "io/CsvMapping.h"
#include "io/CsvPreview.h"
#include "io/OgrLayerInfo.h"

#include <vector>

// The first features of a GIS layer as the mapping dialog shows a CSV's first rows: the field
// names as the header, each feature's fields as text (as the import reads them), with the
// roles guessed from the names and types. Plain data: the GDAL plugin reads it
// (GisBackend::preview).
struct OgrPreview {
    std::vector<OgrLayerInfo> layers; // every layer of the file, for the dialog's list
    QString layer;                    // the one previewed
    CsvPreview table;                 // lines are the features' FIDs
    CsvMapping guessed;
    // Per data record: why it is no event whatever the roles ("a line: becomes an
    // annotation"), else empty.
    std::vector<QString> notes;
};
