#include "CliDispatch.h"

#include "CliCatalog.h"
#include "base/Error.h"

#include <algorithm>
#include <exception>

namespace CliDispatch {

QList<CliCommand> completed(QList<CliCommand> commands)
{
    for (CliCommand& c : commands) {
        const CliCatalogEntry* entry = CliCatalog::find(c.name.toLatin1().constData());
        if (!entry) throw std::logic_error("tigris: command missing from CliCatalog");
        c.summary = QString::fromUtf8(entry->summary);
        c.draws = entry->draws;
    }
    return commands;
}

bool isLight(const QString& first)
{
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help") || first == QLatin1String("--version"))
        return true;
    const CliCatalogEntry* entry = CliCatalog::find(first.toLatin1().constData());
    return entry && entry->light;
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
    for (const CliCatalogEntry& c : CliCatalog::entries())
        text +=
            QStringLiteral("  %1%2\n")
                .arg(QString::fromLatin1(c.name).leftJustified(14), QString::fromUtf8(c.summary));
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

int run(const QStringList& arguments, const QList<CliCommand>& commands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments[0] == QLatin1String("--help") ||
        arguments[0] == QLatin1String("-h") || arguments[0] == QLatin1String("help")) {
        out << overview();
        return 0;
    }
    if (arguments[0] == QLatin1String("--version")) {
        out << "tigris " << TIGRIS_VERSION << "\n";
        return 0;
    }
    for (const auto& command : commands) {
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

} // namespace CliDispatch
