#pragma once
// The GUI tests' start: a main window of a given size, shown, with a project open.
#include "MainWindow.h"
#include "TestCatch.h"

#include <QSize>

inline void showProject(MainWindow& window, const QString& path, QSize size = QSize(1400, 900))
{
    window.resize(size);
    window.show();
    REQUIRE(window.openProject(path));
}
