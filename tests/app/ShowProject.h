#pragma once
// The GUI tests' start: a main window of a given size, shown, with a project open.
#include "MainWindow.h"
#include "TestCatch.h"
#include "io/SampleProject.h"

#include <QSize>
#include <QTemporaryDir>

inline void showProject(MainWindow& window, const QString& path, QSize size = QSize(1400, 900))
{
    window.resize(size);
    window.show();
    REQUIRE(window.openProject(path));
}

// Most GUI tests' opening: the bundled sample written into `dir` and shown in `window`.
inline QString showSample(MainWindow& window, const QTemporaryDir& dir,
                          QSize size = QSize(1400, 900))
{
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    showProject(window, path, size);
    return path;
}
