#include "Cli.h"

#include "CliCommand.h"
#include "CliDispatch.h"
#include "base/Error.h"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace {

QList<CliCommand> allCommands()
{
    return CliDispatch::completed(readCommands() + projectCommands() + sourceCommands() +
                                  annotationCommands() + exportCommands() + dataExportCommands() +
                                  checkCommands() + transferCommands());
}

// troff text: a backslash and a leading dot or quote would be read as requests.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

} // namespace

namespace Cli {

QString manPage()
{
    QString page =
        QStringLiteral(
            ".TH TIGRIS 1 \"\" \"Tigris %1\" \"User Commands\"\n"
            ".SH NAME\ntigris \\- timeline\\-and\\-map viewer for dated events\n"
            ".SH SYNOPSIS\n.B tigris\n[\\fIPATH\\fR...]\n.br\n.B tigris\n\\fICOMMAND\\fR "
            "[\\fIOPTIONS\\fR]\n"
            ".SH DESCRIPTION\nWithout a command, \\fBtigris\\fR opens the desktop application. A "
            "PATH that is a Tigris project (\\fI*.tigris\\fR) opens; any other file is offered for "
            "import. When Tigris is already running for the user, the path is handed to the open "
            "window. With no PATH, the start page offers New, Open, the recent projects and the "
            "bundled sample.\n.PP\nWith a command, \\fBtigris\\fR runs headless (no display "
            "needed). Exit status: 0 success, 1 failure (bad file, nothing imported), 2 usage "
            "error.\n.PP\nDATE is YYYY, YYYY\\-MM, YYYY\\-MM\\-DD or an ISO 8601 date\\-time; an "
            "event matches when its span, widened to its precision, overlaps the window.\n"
            ".SH COMMANDS\n")
            .arg(QStringLiteral(TIGRIS_VERSION));
    for (const auto& command : allCommands()) {
        QCommandLineParser parser;
        CliDispatch::prepare(command, parser, CliDispatch::helpOption());
        page += QStringLiteral(".SS \"%1 %2\"\n%3.\n")
                    .arg(command.name, command.positional, roff(command.summary));
        // The option lines of the command's own help, each as a tagged paragraph.
        const QStringList lines = parser.helpText().split(QLatin1Char('\n'));
        bool inOptions = false;
        QString tag, body;
        const auto flush = [&] {
            if (!tag.isEmpty() && !tag.startsWith(QLatin1String("-h,"))) // help: obvious
                page += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(tag), roff(body));
            tag.clear();
            body.clear();
        };
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("Options:"))) {
                inOptions = true;
                continue;
            }
            if (line.startsWith(QLatin1String("Arguments:"))) break;
            if (!inOptions || line.trimmed().isEmpty()) continue;
            const QString trimmed = line.trimmed();
            const int gap = trimmed.indexOf(QLatin1String("  "));
            if (line.startsWith(QLatin1String("  -"))) {
                flush();
                tag = gap > 0 ? trimmed.left(gap) : trimmed;
                body = gap > 0 ? trimmed.mid(gap).trimmed() : QString();
            } else {
                body += QLatin1Char(' ') + trimmed;
            }
        }
        flush();
    }
    page += QStringLiteral(
        ".SH FILES\n.TP\n.I ~/.local/share/Tigris/tigris/\nThe working copy of the bundled "
        "sample and new projects' default folder.\n.TP\n.I ~/.config/Tigris/tigris.conf\nRecent "
        "projects, recent import sources, window layout and tile settings.\n"
        ".SH SEE ALSO\nThe documentation in /usr/share/doc/tigris/; the bundled data's licences "
        "and attribution in /usr/share/doc/tigris/data/.\n");
    return page;
}

bool isCommand(const QString& first)
{
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("help") ||
        first == QLatin1String("--man"))
        return true;
    for (const auto& c : allCommands())
        if (c.name == first) return true;
    return false;
}

bool needsGui(const QString& first)
{
    for (const auto& c : allCommands())
        if (c.name == first) return c.draws;
    return false;
}

int run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments[0] == QLatin1String("--man")) { // made at build time
        QTextStream(stdout) << manPage();
        return 0;
    }
    return CliDispatch::run(arguments, allCommands());
}

} // namespace Cli
