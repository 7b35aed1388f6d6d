#pragma once

#include <QString>
#include <QStringList>

// The headless command line: `tigris info|import|query|sample|export-image ...`. Needs no
// display. Exit codes: 0 success, 1 failure (bad file, nothing imported), 2 usage error.
namespace Cli {
bool isCommand(const QString& firstArgument);
// Whether the command draws (export-image, screenshot ...) and so needs a QApplication; every
// other command, help and a mistyped name run under a QCoreApplication.
bool needsGui(const QString& firstArgument);
int run(const QStringList& arguments); // without the program name
} // namespace Cli
