#pragma once

#include <QString>

// The bundled 2014 dataset as a project file. The bundled original (a Qt resource) is never
// modified: users work on copies.

enum class ExistingFile { Refuse, Replace };

// Writes a new project at `outPath` from the bundled dataset. An existing non-empty file is
// refused (StoreError) unless `existing` is Replace; the file appears only when complete, so a
// failure never leaves half a project behind. Throws StoreError or ImportError.
void writeSampleProject(const QString& outPath, ExistingFile existing = ExistingFile::Refuse);
// The user's working copy in QStandardPaths::AppDataLocation, created from the bundled dataset
// on first use (and again if it was lost or left empty). Returns its path.
QString ensureWorkingCopy();
// Where that working copy is (whether or not it exists yet).
QString workingCopyPath();
