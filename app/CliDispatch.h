#pragma once

#include "CliCommand.h"

// The command line's dispatcher: parses a command's options, prints its help, runs it and turns
// its errors into messages and exit codes (0 success, 1 failure, 2 usage error). Shared by the
// launcher, which runs the light commands itself (app/main.cpp), and the application module,
// which runs them all (Cli::run).
namespace CliDispatch {
// `arguments` without the program name; `commands` as `completed` returns them.
int run(const QStringList& arguments, const QList<CliCommand>& commands);
// The commands with their summary and `draws` from the catalog (CliCatalog).
QList<CliCommand> completed(QList<CliCommand> commands);
// Help, the version and the catalog's light commands: what the launcher runs itself.
bool isLight(const QString& firstArgument);
QString overview(); // `tigris --help`
QCommandLineOption helpOption();
void prepare(const CliCommand& command, QCommandLineParser& parser, const QCommandLineOption& help);
} // namespace CliDispatch
