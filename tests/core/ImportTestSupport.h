#pragma once
// Helpers shared by the importer tests: fixtures, temporary sources, a fresh project, and
// the rejections of a report in a form that Catch prints whole when a check fails.
#include "TestCatch.h"
#include "io/EventExport.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "store/EventStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

inline QString importFixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name);
}

inline QString writeSource(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

// Imports as `tigris import` does without flags (no --keep-valid).
inline ImportReport importWithoutFlags(EventStore& store, const QString& path,
                                       ImportOptions options = {})
{
    options.keepValid = false;
    return importFile(store, path, options);
}

// The start of an event as ISO 8601 at its precision ("2014-06", "2014-06-10T12:00").
inline std::string isoStart(const Event& e)
{
    return e.startDate().toIso().toStdString();
}

inline std::unique_ptr<EventStore> newProject(const QTemporaryDir& dir)
{
    return EventStore::create(dir.filePath(QStringLiteral("project.tigris")));
}

// Imports a file the project has seen before again, as a second source (IfExists::Add).
inline ImportReport importAgain(EventStore& store, const QString& path,
                                const QString& format = QStringLiteral("auto"),
                                const QString& encoding = QStringLiteral("auto"))
{
    ImportOptions options;
    options.format = format;
    options.encoding = encoding;
    options.ifExists = IfExists::Add;
    return importFile(store, path, options);
}

// Rejections print as {line, "reason"} when a check fails.
namespace Catch {
template <> struct StringMaker<std::pair<qint64, std::string>> {
    static std::string convert(const std::pair<qint64, std::string>& p)
    {
        return "{" + std::to_string(p.first) + ", \"" + p.second + "\"}";
    }
};
} // namespace Catch

inline std::vector<std::pair<qint64, std::string>> rejections(const ImportReport& r)
{
    std::vector<std::pair<qint64, std::string>> out;
    for (const auto& x : r.rejected)
        out.emplace_back(x.line, x.reason.toStdString());
    return out;
}

inline std::vector<qint64> rejectedLines(const ImportReport& r)
{
    std::vector<qint64> out;
    for (const auto& x : r.rejected)
        out.push_back(x.line);
    return out;
}

// The ImportError `importFile` throws for `path`; an empty message when it throws none.
inline ImportError importFailure(EventStore& store, const QString& path,
                                 const QString& format = QStringLiteral("auto"))
{
    try {
        importFile(store, path, format);
    } catch (const ImportError& e) {
        return e;
    }
    return ImportError(QString());
}

inline const Event* findEvent(const std::vector<Event>& events, const QString& title)
{
    const auto it = std::find_if(events.begin(), events.end(),
                                 [&](const Event& e) { return e.title == title; });
    return it == events.end() ? nullptr : &*it;
}

// A day as UTC seconds, for comparing starts and ends.
inline qint64 utcDay(int y, int m, int d)
{
    return FuzzyDate::fromParts(y, m, d).seconds;
}

// `events` written by export-data's writers to DIR/events.SUFFIX (csv, geojson or kml).
inline QString exportEvents(const QTemporaryDir& dir, const char* suffix,
                            const std::vector<Event>& events)
{
    const QString path = dir.filePath(QStringLiteral("events.") + QLatin1String(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write the export");
    const QByteArray kind(suffix);
    if (kind == "csv")
        EventExport::writeCsv(f, events);
    else if (kind == "geojson")
        EventExport::writeGeoJson(f, events);
    else
        EventExport::writeKml(f, events);
    return path;
}
