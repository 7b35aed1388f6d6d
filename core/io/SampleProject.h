#pragma once

#include <QString>

// The bundled 2014 dataset as a project file. The bundled original (a Qt resource) is never
// modified: users work on copies.
// Writes a new project at `outPath` (which must not exist or be empty). Throws StoreError or
// ImportError.
void writeSampleProject(const QString& outPath);
// The user's working copy in the data folder, created from the bundled dataset on first use.
QString ensureWorkingCopy();
