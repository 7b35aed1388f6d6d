#include "Cli.h"

#include "CliCommand.h"
#include "base/Error.h"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace {

QList<CliCommand> allCommands()
{
    return projectCommands() + sourceCommands() + annotationCommands() + exportCommands() +
           dataExportCommands() + checkCommands() + transferCommands();
}

QString overview()
{
    QString text =
        QStringLiteral(
            "Tigris %1: a timeline-and-map viewer for dated events.\n\n"
            "Usage:\n  tigris [PATH...]          open the desktop app: a project opens, another "
            "file is offered for import (none: the start page)\n  tigris COMMAND [OPTIONS]  "
            "run headless\n\nCommands:\n")
            .arg(QStringLiteral(TIGRIS_VERSION));
    for (const auto& c : allCommands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(14), c.summary);
    text += QStringLiteral("\n`tigris COMMAND --help` describes a command.\n");
    return text;
}

// The parser of one command, with its help, positional arguments and options.
void prepare(const CliCommand& command, QCommandLineParser& parser, const QCommandLineOption& help)
{
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(help);
    for (const auto& p : command.positional.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parser.addPositionalArgument(p, QString());
    if (command.declare) command.declare(parser);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QStringLiteral("Show this help."));
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
        prepare(command, parser, helpOption());
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments[0] == QLatin1String("--help") ||
        arguments[0] == QLatin1String("-h") || arguments[0] == QLatin1String("help")) {
        out << overview();
        return 0;
    }
    if (arguments[0] == QLatin1String("--man")) { // the man page, made at build time
        out << manPage();
        return 0;
    }
    if (arguments[0] == QLatin1String("--version")) {
        out << "tigris " << TIGRIS_VERSION << "\n";
        return 0;
    }
    for (const auto& command : allCommands()) {
        if (command.name != arguments[0]) continue;
        QCommandLineParser parser;
        const QCommandLineOption help = helpOption();
        prepare(command, parser, help);

        const QString usage =
            QStringLiteral("Usage: tigris %1 %2 [OPTIONS]\n").arg(command.name, command.positional);
        QStringList args = arguments;
        args[0] = QStringLiteral("tigris ") + command.name;
        if (!parser.parse(args)) {
            err << "tigris " << command.name << ": " << parser.errorText() << "\n" << usage;
            return 2;
        }
        if (parser.isSet(help)) {
            // helpText() names the program from argv; we print our own first line instead.
            QString text = parser.helpText();
            text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
            out << usage << text;
            return 0;
        }
        const auto wanted = command.positional.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto optional = std::count_if(wanted.begin(), wanted.end(), [](const QString& w) {
            return w.startsWith(QLatin1Char('[')); // "[OUT]": may be left out
        });
        const qsizetype given = parser.positionalArguments().size();
        if (given < wanted.size() - optional || given > wanted.size()) {
            err << "tigris " << command.name << ": expected " << wanted.join(QLatin1Char(' '))
                << "\n"
                << usage;
            return 2;
        }
        out.flush();
        // The one place where errors become messages and exit codes: a tigris::Error's message
        // is composed from its context (file, line, column, field) and its reason; anything
        // else is a bug, told the same way rather than aborting.
        try {
            return command.run(parser, out, err);
        } catch (const tigris::Error& e) {
            out.flush();
            err << "tigris " << command.name << ": " << e.message() << "\n";
            return 1;
        } catch (const std::exception& e) {
            out.flush();
            err << "tigris " << command.name << ": " << QString::fromUtf8(e.what()) << "\n";
            return 1;
        }
    }
    err << "tigris: unknown command '" << arguments[0] << "'\n\n" << overview();
    return 2;
}

} // namespace Cli
