// `tigris push` and `pull`: a project file onto a server and back (docs/server.md).
#include "CliCommand.h"
#include "io/ProjectTransfer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

int transfer(QCommandLineParser& p, QTextStream& out)
{
    const QString from = p.positionalArguments().at(0), to = p.positionalArguments().at(1);
    const ProjectTransfer::Counts c = ProjectTransfer::copy(from, to);
    const QJsonObject o{
        {QStringLiteral("categories"), c.categories},   {QStringLiteral("locations"), c.locations},
        {QStringLiteral("events"), c.events},           {QStringLiteral("sources"), c.sources},
        {QStringLiteral("annotations"), c.annotations}, {QStringLiteral("settings"), c.settings}};
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

QList<CliCommand> transferCommands()
{
    return {
        {QStringLiteral("push"),
         {},
         QStringLiteral("FILE URL"),
         nullptr,
         [](QCommandLineParser& p, QTextStream& out, QTextStream&) { return transfer(p, out); }},
        {QStringLiteral("pull"),
         {},
         QStringLiteral("URL FILE"),
         nullptr,
         [](QCommandLineParser& p, QTextStream& out, QTextStream&) { return transfer(p, out); }}};
}
