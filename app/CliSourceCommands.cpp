// `tigris sources` and `remove-source`: the imports recorded in a project, and taking one back.
#include "CliCommand.h"
#include "store/EventStore.h"
#include "store/ImportSources.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

CliCommand sources()
{
    return {QStringLiteral("sources"),
            {},
            QStringLiteral("FILE"),
            nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream&) {
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const ImportSources sources(*store);
                QJsonArray list;
                for (const ImportRecord& r : sources.list())
                    list.append(r.toJson());
                const QJsonObject o{
                    {QStringLiteral("sources"), list},
                    {QStringLiteral("events_without_source"), sources.eventsWithoutSource()}};
                out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
                return 0;
            }};
}

CliCommand removeSource()
{
    return {QStringLiteral("remove-source"),
            {},
            QStringLiteral("FILE ID"),
            nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                bool ok = false;
                const qint64 id = p.positionalArguments().at(1).toLongLong(&ok);
                if (!ok || id <= 0) {
                    err << "tigris remove-source: ID must be a source number from `tigris "
                           "sources`, not '"
                        << p.positionalArguments().at(1) << "'\n";
                    return 2;
                }
                auto store = EventStore::open(p.positionalArguments().at(0));
                const ImportSources::Removed r = ImportSources(*store).remove(id);
                const QJsonObject o{{QStringLiteral("removed_source"), r.source},
                                    {QStringLiteral("file_name"), r.fileName},
                                    {QStringLiteral("events"), r.events},
                                    {QStringLiteral("annotations"), r.annotations}};
                out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
                return 0;
            }};
}

} // namespace

QList<CliCommand> sourceCommands()
{
    return {sources(), removeSource()};
}
