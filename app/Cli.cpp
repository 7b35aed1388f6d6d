#include "Cli.h"

#include "CliCommand.h"

#include <algorithm>
#include <cstdio>

namespace {

QList<CliCommand> allCommands()
{
    return projectCommands() + annotationCommands() + exportCommands() + dataExportCommands() +
           checkCommands();
}

QString overview()
{
    QString text =
        QStringLiteral(
            "Tigris %1: a timeline-and-map viewer for dated events.\n\n"
            "Usage:\n  tigris [PROJECT]          open the desktop app (no PROJECT: the bundled "
            "2014 dataset)\n  tigris COMMAND [OPTIONS]  run headless\n\nCommands:\n")
            .arg(QStringLiteral(TIGRIS_VERSION));
    for (const auto& c : allCommands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(14), c.summary);
    text += QStringLiteral("\n`tigris COMMAND --help` describes a command.\n");
    return text;
}

} // namespace

namespace Cli {

bool isCommand(const QString& first)
{
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("help"))
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
    if (arguments[0] == QLatin1String("--version")) {
        out << "tigris " << TIGRIS_VERSION << "\n";
        return 0;
    }
    for (const auto& command : allCommands()) {
        if (command.name != arguments[0]) continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      QStringLiteral("Show this help."));
        parser.addOption(help);
        for (const auto& p : command.positional.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            parser.addPositionalArgument(p, QString());
        if (command.declare) command.declare(parser);

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
        return command.run(parser, out, err);
    }
    err << "tigris: unknown command '" << arguments[0] << "'\n\n" << overview();
    return 2;
}

} // namespace Cli
