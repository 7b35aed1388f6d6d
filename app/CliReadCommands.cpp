// `tigris info` and `query`: reading a project. These run in the launcher itself (app/main.cpp),
// which links only the store and the layers below it: no Qt Gui, no widgets, no libpq until a
// server project is opened. Keep them that way (docs/architecture.md, "The binary").
#include "CliArgs.h"
#include "CliCommand.h"
#include "io/EventLineWriter.h"
#include "store/EventStore.h"

#include <cstdio>

namespace {

CliCommand info()
{
    return {QStringLiteral("info"),
            {},
            QStringLiteral("FILE"),
            nullptr,
            [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const ProjectInfo info = store->info();
                if (info.statistics == ProjectInfo::Statistics::NotStored)
                    err << "tigris info: " << store->path()
                        << ": counts and extents computed by a scan of every event; they "
                           "could not be stored for next time (the file is read-only or "
                           "of an older schema, or another program is writing to it)\n";
                out << jsonText(info.toJson());
                return 0;
            }};
}

CliCommand query()
{
    static const QCommandLineOption from(QStringLiteral("from"),
                                         QStringLiteral("Events overlapping from DATE on."),
                                         QStringLiteral("DATE"));
    static const QCommandLineOption to(QStringLiteral("to"),
                                       QStringLiteral("Events overlapping up to the end of DATE."),
                                       QStringLiteral("DATE"));
    static const QCommandLineOption bbox(QStringLiteral("bbox"),
                                         QStringLiteral("Events inside W,S,E,N (degrees)."),
                                         QStringLiteral("W,S,E,N"));
    static const QCommandLineOption text(QStringLiteral("text"),
                                         QStringLiteral("Full-text words in titles, "
                                                        "descriptions, actors and places."),
                                         QStringLiteral("WORDS"));
    static const QCommandLineOption category(QStringLiteral("category"),
                                             QStringLiteral("Only this category (repeatable)."),
                                             QStringLiteral("NAME"));
    static const QCommandLineOption format(QStringLiteral("format"),
                                           QStringLiteral("jsonl (default) or csv."),
                                           QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    static const QCommandLineOption fields(
        QStringLiteral("fields"),
        QStringLiteral("The fields to print, comma-separated, in that order (default: all): %1. "
                       "attributes: the source's other fields, as a JSON object; attr:NAME: "
                       "one of them.")
            .arg(EventLineWriter::fieldNames().join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    static const QCommandLineOption limit(QStringLiteral("limit"),
                                          QStringLiteral("At most N events (the earliest)."),
                                          QStringLiteral("N"));
    return {QStringLiteral("query"),
            {},
            QStringLiteral("FILE"),
            [](QCommandLineParser& p) {
                p.addOptions({from, to, bbox, text, category, format, fields, limit});
            },
            [](QCommandLineParser& p, QTextStream&, QTextStream& err) {
                QString error;
                EventQuery q = CliArgs::query(p.value(from), p.value(to), p.value(bbox),
                                              p.value(text), p.values(category), &error);
                const QString fmt = p.value(format).toLower();
                if (error.isEmpty() && fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv"))
                    error = QStringLiteral("--format: '%1' is not jsonl or csv").arg(fmt);
                const auto outputFormat = fmt == QLatin1String("csv")
                                              ? EventLineWriter::Format::Csv
                                              : EventLineWriter::Format::Jsonl;
                std::optional<std::vector<EventLineWriter::Field>> chosen =
                    EventLineWriter::allFields(outputFormat);
                QStringList attributes; // the names of attr:NAME fields
                if (error.isEmpty() && p.isSet(fields)) {
                    try {
                        chosen = EventLineWriter::parseFields(p.value(fields), &attributes);
                    } catch (const tigris::Error& e) { // a usage error: exit code 2
                        error = QStringLiteral("--fields: ") + e.reason();
                    }
                }
                if (error.isEmpty() && p.isSet(limit)) {
                    bool ok = false;
                    q.limit = p.value(limit).toLongLong(&ok);
                    if (!ok || q.limit < 0)
                        error = QStringLiteral("--limit: '%1' is not a count of events")
                                    .arg(p.value(limit));
                }
                if (!error.isEmpty()) {
                    err << "tigris query: " << error << "\n";
                    return 2;
                }
                auto store = EventStore::open(p.positionalArguments().at(0), true);
                const EventLineWriter writer(outputFormat, *chosen, attributes);
                // UTF-8 straight to stdout in blocks: no QString or JSON object per event.
                std::string buffer;
                buffer.reserve(1 << 17);
                const auto flush = [&buffer] {
                    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
                    buffer.clear();
                };
                writer.appendHeader(buffer);
                // Attributes are read only when the output has them.
                store->forEachMatch(
                    q,
                    [&](const EventRecord& e) {
                        writer.append(e, buffer);
                        if (buffer.size() >= (1 << 16)) flush();
                    },
                    writer.needsAttributes());
                flush();
                std::fflush(stdout);
                return 0;
            }};
}

} // namespace

QList<CliCommand> readCommands()
{
    return {info(), query()};
}
