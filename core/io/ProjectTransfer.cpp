#include "io/ProjectTransfer.h"

#include "annotations/AnnotationStore.h"
#include "base/ScopeGuard.h"
#include "store/EventStore.h"
#include "store/ImportSources.h"
#include "store/ProjectSettings.h"
#include "store/ProjectUrl.h"

#include <QFile>
#include <QFileInfo>
#include <unordered_map>

namespace {

using IdMap = std::unordered_map<qint64, qint64>;

std::optional<qint64> mapped(const IdMap& map, const std::optional<qint64>& id)
{
    if (!id) return std::nullopt;
    const auto it = map.find(*id);
    return it == map.end() ? std::nullopt : std::optional<qint64>(it->second);
}

constexpr std::size_t kPage = 4096; // events read and written a page at a time

} // namespace

namespace ProjectTransfer {

Counts copy(const EventStore& from, EventStore& to)
{
    if (to.info().events > 0)
        throw StoreError(QStringLiteral("%1 is not empty: a project is copied only into a new "
                                        "one")
                             .arg(to.path()));
    Counts counts;
    const ImportSources fromSources(from);
    ImportSources toSources(to);
    const std::vector<ImportRecord> records =
        fromSources.available() ? fromSources.list() : std::vector<ImportRecord>{};

    auto writer = to.beginWrite();
    // Categories first, in their order, so that they get the same order (and colours) there.
    for (const Category& c : from.categories()) {
        if (c.id == 0) continue; // Uncategorised: no stored category, listed by every store
        writer->setCategoryColour(c.name, c.colour.rgb());
        ++counts.categories;
    }
    IdMap locations, events, sources;
    for (const Location& l : from.locations()) {
        locations[l.id] = writer->addLocation(l);
        ++counts.locations;
    }
    writer->flush(); // the sources' records join the writer's transaction
    IdMap sourceOfEvent;
    for (const ImportRecord& r : records) {
        const qint64 id = toSources.record(r);
        ImportRecord counted = r;
        counted.id = id;
        toSources.updateCounts(counted);
        sources[r.id] = id;
        for (qint64 e : fromSources.eventIds(r.id))
            sourceOfEvent[e] = id;
        ++counts.sources;
    }

    const std::vector<qint64> ids = from.queryIds(EventQuery{});
    qint64 currentSource = 0;
    for (std::size_t at = 0; at < ids.size(); at += kPage) {
        const std::vector<qint64> page(ids.begin() + std::ptrdiff_t(at),
                                       ids.begin() +
                                           std::ptrdiff_t(std::min(ids.size(), at + kPage)));
        for (Event e : from.events(page)) {
            const auto s = sourceOfEvent.find(e.id);
            const qint64 source = s == sourceOfEvent.end() ? 0 : s->second;
            if (source != currentSource) writer->setImportId(currentSource = source);
            const qint64 old = e.id;
            e.id = 0;
            e.locationId = mapped(locations, e.locationId);
            if (e.locationId) e.locationName.clear(); // the place is the location, not a text
            events[old] = writer->addEvent(e);
            ++counts.events;
        }
    }
    writer->setImportId(0);
    writer->flush(); // annotations join the same transaction

    IdMap sourceOfAnnotation;
    for (const ImportRecord& r : records)
        for (qint64 a : fromSources.annotationIds(r.id))
            sourceOfAnnotation[a] = sources[r.id];
    AnnotationStore toAnnotations(to);
    for (Annotation a : AnnotationStore(from).all()) {
        const qint64 old = a.id;
        a.id = 0;
        a.version = 0;
        a.eventId = mapped(events, a.eventId);
        a.locationId = mapped(locations, a.locationId);
        const qint64 id = toAnnotations.insert(a);
        if (const auto s = sourceOfAnnotation.find(old); s != sourceOfAnnotation.end())
            toSources.tagAnnotation(id, s->second);
        ++counts.annotations;
    }
    writer->commit();
    writer.reset(); // the store takes other writes again
    // The settings (the saved view) after the data: each is its own write.
    for (const auto& [key, value] : ProjectSettings::all(from)) {
        to.setSetting(key, value);
        ++counts.settings;
    }
    return counts;
}

Counts copy(const QString& fromPath, const QString& toPath)
{
    auto from = EventStore::open(fromPath, true);
    const bool toFile = !ProjectUrl::isServerProject(toPath);
    if (toFile && QFileInfo::exists(toPath))
        throw StoreError(
            QStringLiteral("%1 exists: the copy goes into a new project file").arg(toPath));
    std::unique_ptr<EventStore> to = EventStore::create(toPath);
    // A failed copy leaves no half project: the new file goes; a server project stays
    // empty (its rows were one transaction) and is dropped.
    ScopeGuard removeTarget([&] {
        to.reset();
        if (toFile)
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(toPath + QLatin1String(suffix));
        else
            try {
                ProjectSettings::dropServerProject(toPath);
            } catch (const tigris::Error&) {
                // The server went away too: the empty project stays; the copy's error says why.
            }
    });
    const Counts counts = copy(*from, *to);
    removeTarget.dismiss();
    return counts;
}

} // namespace ProjectTransfer
