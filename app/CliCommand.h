#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

// One sub-command of the command line: its options, its help and its action. Its summary and
// whether it draws come from the catalog (CliCatalog), which the launcher reads without
// linking the commands: the definitions leave them empty.
struct CliCommand {
    QString name;
    QString summary;
    QString positional; // e.g. "FILE SOURCE"
    std::function<void(QCommandLineParser&)> declare;
    // Returns the exit code. Positional arguments are checked against `positional` first. Errors
    // are thrown (tigris::Error): the dispatcher (Cli::run) prints "tigris NAME: what()", exit 1.
    std::function<int(QCommandLineParser&, QTextStream& out, QTextStream& err)> run;
    // Lays out text or widgets, so needs a GUI application object (fonts, a platform). The
    // others run under QCoreApplication: no platform plugin, no font database, faster start.
    bool draws = false;
};

// Commands live in their own files and register here.
QList<CliCommand> readCommands();       // info, query: the launcher's own (no Qt Gui)
QList<CliCommand> projectCommands();    // sample, import
QList<CliCommand> exportCommands();     // export-image, ...
QList<CliCommand> annotationCommands(); // annotate, annotations
QList<CliCommand> dataExportCommands(); // export-data
QList<CliCommand> checkCommands();      // check
QList<CliCommand> sourceCommands();     // sources, remove-source
QList<CliCommand> transferCommands();   // push, pull

// A JSON object as the commands print it: indented, UTF-8.
inline QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}
