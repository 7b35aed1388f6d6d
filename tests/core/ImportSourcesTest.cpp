// Imports recorded as project sources (schema 6): taking one back leaves the project as it
// was before the import, and putting it back leaves it as it was after.
#include "store/ImportSources.h"

#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "io/SampleProject.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Everything `tigris info` reports, plus what the text and spatial indexes answer.
struct Snapshot {
    QByteArray info;
    std::vector<qint64> all, words, box;
    std::vector<Annotation> annotations;

    static Snapshot of(const EventStore& store)
    {
        Snapshot s;
        QJsonObject info = store.info().toJson();
        info.remove(QStringLiteral("statistics")); // whether they were kept or recomputed
        s.info = QJsonDocument(info).toJson(QJsonDocument::Compact);
        s.all = store.queryIds({});
        EventQuery text;
        text.text = QStringLiteral("Mosul");
        s.words = store.queryIds(text);
        EventQuery box;
        box.bbox = GeoBox{42.0, 35.0, 45.0, 37.0};
        s.box = store.queryIds(box);
        s.annotations = AnnotationStore(store).all();
        return s;
    }
};

void checkSame(const Snapshot& a, const Snapshot& b)
{
    CHECK(a.info.toStdString() == b.info.toStdString());
    CHECK(a.all == b.all);
    CHECK(a.words == b.words);
    CHECK(a.box == b.box);
    REQUIRE(a.annotations.size() == b.annotations.size());
    for (std::size_t i = 0; i < a.annotations.size(); ++i)
        CHECK(a.annotations[i] == b.annotations[i]);
}

void checkIndexes(const EventStore& store)
{
    SqliteStatement tree(store.sqlite()->handle(), "SELECT rtreecheck('event_positions')");
    REQUIRE(tree.step());
    CHECK(tree.text(0).toStdString() == "ok");
    sqliteExec(store.sqlite()->handle(),
               "INSERT INTO event_text(event_text) VALUES('integrity-check')");
}

std::unique_ptr<EventStore> sampleProject(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(path);
    return EventStore::open(path);
}

} // namespace

TEST_CASE("Removing a source restores info exactly; restoring it brings it all back", "[sources]")
{
    QTemporaryDir dir;
    auto store = sampleProject(dir);
    const Snapshot before = Snapshot::of(*store);
    CHECK(ImportSources(*store).list().empty());
    const qint64 untagged = ImportSources(*store).eventsWithoutSource();
    CHECK(untagged == store->info().events);

    // KML brings events with new categories and locations, and lines and areas as annotations.
    const ImportReport report = importFile(*store, importFixture("iraq_2014.kml"));
    REQUIRE(report.imported > 0);
    REQUIRE(report.annotations > 0);
    REQUIRE(report.source > 0);
    const Snapshot after = Snapshot::of(*store);
    CHECK(after.all.size() == before.all.size() + std::size_t(report.imported));
    CHECK(after.words.size() > before.words.size()); // the KML mentions Mosul

    const auto sources = ImportSources(*store).list();
    REQUIRE(sources.size() == 1);
    const ImportRecord& r = sources.front();
    CHECK(r.id == report.source);
    CHECK(r.fileName == QStringLiteral("iraq_2014.kml"));
    CHECK(r.format == QStringLiteral("kml"));
    CHECK(r.size == QFileInfo(importFixture("iraq_2014.kml")).size());
    {
        // The hash is computed beside the import (ImportSourceRecorder) and recorded at the end.
        QFile file(importFixture("iraq_2014.kml"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(r.sha256 ==
              QString::fromLatin1(
                  QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    CHECK(r.events == report.imported);
    CHECK(r.currentEvents == report.imported);
    CHECK(r.annotations == report.annotations);
    CHECK(r.currentAnnotations == report.annotations);
    CHECK(ImportSources(*store).eventsWithoutSource() == untagged);
    CHECK(ImportSources(*store).eventIds(r.id).size() == std::size_t(report.imported));

    // A user's annotation pinned to an imported event: the link survives remove and restore.
    Annotation pin;
    pin.title = QStringLiteral("mine");
    pin.vertices = {QPointF(43.1, 36.3)};
    pin.eventId = ImportSources(*store).eventIds(r.id).front();
    pin.id = AnnotationStore(*store).insert(pin);
    const Snapshot pinned = Snapshot::of(*store);

    ImportSources sources2(*store);
    const ImportSources::Removed removed = sources2.remove(r.id);
    CHECK(removed.events == report.imported);
    CHECK(removed.annotations == report.annotations);
    CHECK(ImportSources(*store).list().empty());
    CHECK(AnnotationStore(*store).get(pin.id)->eventId == std::nullopt);
    AnnotationStore(*store).remove(pin.id); // compare with the project before the import
    checkSame(Snapshot::of(*store), before);
    checkIndexes(*store);
    pin.eventId.reset();
    AnnotationStore(*store).insert(pin);

    sources2.restore(removed);
    checkSame(Snapshot::of(*store), pinned);
    checkIndexes(*store);
    CHECK(ImportSources(*store).list().size() == 1);

    // Reopened from disk, the same.
    store.reset();
    store = EventStore::open(dir.filePath(QStringLiteral("sample.tigris")));
    checkSame(Snapshot::of(*store), pinned);
}

TEST_CASE("The only source removed leaves an empty project that imports again", "[sources]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const Snapshot empty = Snapshot::of(*store);
    ImportOptions options;
    options.keepValid = true;
    const ImportReport first = importFile(*store, importFixture("acled_iraq_2014.csv"), options);
    REQUIRE(first.imported > 0);
    const Snapshot full = Snapshot::of(*store);
    CHECK(store->categories().size() > 0);

    ImportSources(*store).remove(first.source);
    checkSame(Snapshot::of(*store), empty);
    CHECK(store->categories().empty()); // the categories it created went with it
    checkIndexes(*store);

    // The R*Tree was reset, so the next import into the empty project packs it afresh.
    const ImportReport again = importFile(*store, importFixture("acled_iraq_2014.csv"), options);
    CHECK(again.imported == first.imported);
    CHECK(again.source > first.source); // a removed source's id is never reused
    const Snapshot reimported = Snapshot::of(*store);
    CHECK(reimported.info == full.info);
    CHECK(reimported.words.size() == full.words.size());
    checkIndexes(*store);
}

TEST_CASE("Re-importing the same file is refused, skipped, added or replaced", "[sources]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString source = importFixture("events.geojson");
    const ImportReport first = importFile(*store, source);
    REQUIRE(first.imported > 0);
    const Snapshot once = Snapshot::of(*store);

    // The default: a clear refusal naming the earlier source, and nothing written.
    try {
        importFile(*store, source);
        FAIL("a second import of the same file was not refused");
    } catch (const DuplicateSourceError& e) {
        CHECK(e.earlier().id == first.source);
        CHECK(e.message().contains(QStringLiteral("already imported")));
        CHECK(e.message().contains(QStringLiteral("--if-exists")));
    }
    checkSame(Snapshot::of(*store), once);

    ImportOptions options;
    options.ifExists = IfExists::Skip;
    const ImportReport skipped = importFile(*store, source, options);
    CHECK(skipped.imported == 0);
    CHECK(skipped.skippedAsSource == first.source);
    checkSame(Snapshot::of(*store), once);

    options.ifExists = IfExists::Replace;
    const ImportReport replaced = importFile(*store, source, options);
    CHECK(replaced.imported == first.imported);
    CHECK(replaced.replacedSource == first.source);
    CHECK(store->info().events == first.imported);
    auto list = ImportSources(*store).list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().id == replaced.source);
    checkIndexes(*store);

    options.ifExists = IfExists::Add;
    const ImportReport added = importFile(*store, source, options);
    CHECK(added.imported == first.imported);
    CHECK(store->info().events == 2 * first.imported);
    list = ImportSources(*store).list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].sha256 == list[1].sha256);
}

TEST_CASE("A source whose file is gone is listed as missing and still removable", "[sources]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.geojson"));
    REQUIRE(QFile::copy(importFixture("events.geojson"), copy));
    const ImportReport report = importFile(*store, copy);
    REQUIRE(report.imported > 0);
    REQUIRE(QFile::remove(copy));
    const auto list = ImportSources(*store).list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().toJson().value(QStringLiteral("exists")).toBool() == false);
    ImportSources(*store).remove(report.source);
    CHECK(store->info().events == 0);
    CHECK_THROWS_AS(ImportSources(*store).remove(report.source), StoreError); // gone
}

TEST_CASE("Removal while another connection reads or writes the project", "[sources]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.tigris"));
    auto store = EventStore::create(path);
    const ImportReport report = importFile(*store, importFixture("events.geojson"));
    REQUIRE(report.imported > 1);

    SECTION("a reader keeps its snapshot; the removal goes through")
    {
        auto reader = EventStore::open(path, true);
        SqliteStatement reading(reader->sqlite()->handle(), "SELECT id FROM events ORDER BY id");
        REQUIRE(reading.step()); // a read transaction is open
        ImportSources(*store).remove(report.source);
        qint64 seen = 1;
        while (reading.step())
            ++seen;
        CHECK(seen == report.imported); // as it was when the read began
        reading.reset();
        CHECK(reader->info().events == 0);
    }
    SECTION("a writer holds the project: a clear refusal, nothing changed")
    {
        auto other = EventStore::open(path);
        sqliteExec(other->sqlite()->handle(), "BEGIN IMMEDIATE");
        sqlite3_busy_timeout(store->sqlite()->handle(), 50);
        try {
            ImportSources(*store).remove(report.source);
            FAIL("removal went through while another connection was writing");
        } catch (const StoreError& e) {
            CHECK(e.message().contains(QStringLiteral("another program")));
        }
        sqliteExec(other->sqlite()->handle(), "ROLLBACK");
        CHECK(store->info().events == report.imported);
        CHECK(ImportSources(*store).list().size() == 1);
    }
    SECTION("read-only: refused")
    {
        auto reader = EventStore::open(path, true);
        CHECK_THROWS_AS(ImportSources(*reader).remove(report.source), StoreError);
    }
}

TEST_CASE("Removal takes a source's words out of the text index, Arabic folded as indexed",
          "[sources]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    // With vowel marks and a hamza: the index holds them folded (ArabicFolding).
    const QString source = writeSource(dir, "arabic.csv",
                                       "title,date,lat,lon,actor1\n"
                                       "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8e\xd9\x88\xd8\xb5\xd9\x90"
                                       "\xd9\x84,2014-06-10,36.34,43.13,\xd8\xa3\xd8\xad\xd9\x85"
                                       "\xd8\xaf\n");
    const ImportReport report = importFile(*store, source);
    REQUIRE(report.imported == 1);
    const auto indexed = [&](const char* word) {
        SqliteStatement s(store->sqlite()->handle(),
                          "SELECT count(*) FROM event_text WHERE event_text MATCH ?");
        s.bind(1, QString::fromUtf8(word));
        s.step();
        return s.int64(0);
    };
    const char* mosul = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xb5\xd9\x84"; // الموصل
    const char* ahmad = "\xd8\xa7\xd8\xad\xd9\x85\xd8\xaf";                 // احمد
    CHECK(indexed(mosul) == 1);
    CHECK(indexed(ahmad) == 1);
    const ImportSources::Removed removed = ImportSources(*store).remove(report.source);
    CHECK(indexed(mosul) == 0); // deleted with the tokens it was indexed with
    CHECK(indexed(ahmad) == 0);
    ImportSources(*store).restore(removed);
    CHECK(indexed(mosul) == 1);
    CHECK(store->info().events == 1);
}
