// An event's sources in its own row (schema 9, SourceListCodec): written with the row, read
// back field for field by every reader (query, event, the streamed records of `tigris query`),
// while rows an older Tigris wrote keep theirs in the sources table and are read from there.
#include "ImportTestSupport.h"
#include "OldProjectFile.h"
#include "TestCatch.h"
#include "store/EventRecordReader.h"
#include "store/ImportSources.h"
#include "store/ProjectSchema.h"
#include "store/SourceListCodec.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <algorithm>
#include <sqlite3.h>

namespace {

Event reported(const QString& title, int day, QList<Source> sources)
{
    Event e;
    e.title = title;
    e.start = utcDay(2014, 6, day);
    e.precision = DatePrecision::Day;
    e.lat = 36.34;
    e.lon = 43.13;
    e.sources = std::move(sources);
    return e;
}

std::vector<EventRecord> streamed(const EventStore& store)
{
    std::vector<EventRecord> out;
    store.forEachMatch({}, [&](const EventRecord& r) { out.push_back(r); });
    return out;
}

QList<Source> asSources(const std::vector<EventRecord::Source>& in)
{
    QList<Source> out;
    for (const auto& s : in)
        out.append(Source{QString::fromStdString(s.name), QString::fromStdString(s.url),
                          QString::fromStdString(s.quote)});
    return out;
}

QString storedSources(const EventStore& store, qint64 id)
{
    SqliteStatement s(store.sqlite()->handle(), "SELECT sources FROM events WHERE id=?");
    s.bind(1, id);
    REQUIRE(s.step());
    return s.isNull(0) ? QStringLiteral("NULL") : s.text(0);
}

const QList<Source> kRich = {
    {QStringLiteral("Reuters"), QStringLiteral("https://example.org/a?b=1&c=\"2\""),
     QStringLiteral("\"They fled,\" he said.\n\\ tab\tend \x01")},
    {QStringLiteral("رووداو"), QString(), QStringLiteral("الموصل")},
    {QString(), QStringLiteral("https://example.org/only-a-link"), QString()},
};

} // namespace

TEST_CASE("SourceListCodec writes the compact JSON and reads back exactly what it wrote",
          "[sources][store]")
{
    CHECK(SourceListCodec::encode(QList<Source>{}) == QByteArray("[]"));
    CHECK(SourceListCodec::encode(QList<Source>{{QStringLiteral("Xinhua"), {}, {}}}) ==
          QByteArray(R"([["Xinhua"]])"));
    CHECK(SourceListCodec::encode(QList<Source>{{{}, QStringLiteral("u"), {}}}) ==
          QByteArray(R"([["","u"]])"));
    const QByteArray json = SourceListCodec::encode(kRich);
    QList<Source> back;
    REQUIRE(SourceListCodec::decode(json.toStdString(), back));
    CHECK(back == kRich);

    // The streaming decoder reuses its strings and shrinks to the new list.
    std::vector<EventRecord::Source> utf8;
    REQUIRE(SourceListCodec::decodeUtf8(json.toStdString(), utf8));
    REQUIRE(utf8.size() == 3);
    REQUIRE(SourceListCodec::decodeUtf8(R"([["AP"]])", utf8));
    REQUIRE(utf8.size() == 1);
    CHECK(utf8[0].name == "AP");
    CHECK(utf8[0].url.empty());
    CHECK(utf8[0].quote.empty());
    REQUIRE(SourceListCodec::decodeUtf8("[]", utf8));
    CHECK(utf8.empty());

    for (const char* damaged :
         {"", "[", "[[]]", R"([["a","b","c","d"]])", R"([["a"])", R"([["a"]]x)", R"(["a"])",
          R"([["a" "b"]])", R"([[1]])", R"([["\u12"]])", "{}"}) {
        INFO(damaged);
        utf8.assign(2, {});
        CHECK_FALSE(SourceListCodec::decodeUtf8(damaged, utf8));
        CHECK(utf8.empty());
    }
}

TEST_CASE("Sources are written in the event's row and read back by every reader",
          "[sources][store]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    {
        auto w = store->beginWrite();
        w->addEvent(reported(QStringLiteral("rich"), 10, kRich));
        w->addEvent(reported(QStringLiteral("none"), 11, {}));
        w->addEvent(reported(QStringLiteral("one"), 12, {{QStringLiteral("Xinhua"), {}, {}}}));
        w->commit();
    }
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].sources == kRich);
    CHECK(events[1].sources.isEmpty());
    CHECK(events[2].sources == QList<Source>{{QStringLiteral("Xinhua"), {}, {}}});
    CHECK(store->event(events[0].id)->sources == kRich);

    // In the row, none in the table.
    CHECK(storedSources(*store, events[2].id) == QStringLiteral(R"([["Xinhua"]])"));
    CHECK(storedSources(*store, events[1].id) == QStringLiteral("[]"));
    SqliteStatement rows(store->sqlite()->handle(), "SELECT count(*) FROM sources");
    REQUIRE(rows.step());
    CHECK(rows.int64(0) == 0);
    rows.reset();

    const auto records = streamed(*store);
    REQUIRE(records.size() == 3);
    CHECK(asSources(records[0].sources) == kRich);
    CHECK(records[1].sources.empty());
    CHECK(asSources(records[2].sources) == events[2].sources);
}

TEST_CASE("A schema 8 project keeps its table's sources and writes new ones in the row",
          "[sources][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.tigris"));
    {
        const OldProjectFile old(path, ProjectSchema::createVersion8);
        sqlite3* db = old.db();
        sqliteExec(db, "INSERT INTO events(id, title, start, precision, span_lo, span_hi, lat, "
                       "lon, own_coord) VALUES(1, 'old', 1402358400, 3, 1402358400, 1402444800, "
                       "36.34, 43.13, 1), (2, 'old, unsourced', 1402444800, 3, 1402444800, "
                       "1402531200, 36.34, 43.13, 1)");
        sqliteExec(db, "INSERT INTO event_positions VALUES(1, 43.13, 43.13, 36.34, 36.34), "
                       "(2, 43.13, 43.13, 36.34, 36.34)");
        sqliteExec(db, "INSERT INTO sources VALUES(1, 0, 'AP', 'https://example.org', 'q'), "
                       "(1, 1, 'Reuters', NULL, NULL)");
        // As a reader of a schema 8 file that cannot be upgraded (read-only media) reads it.
        std::vector<EventRecord> records;
        EventRecordReader(db, 8).forEach({{1402358400, 1}, {1402444800, 2}},
                                         [&](const EventRecord& r) { records.push_back(r); });
        REQUIRE(records.size() == 2);
        REQUIRE(records[0].sources.size() == 2);
        CHECK(records[0].sources[0].url == "https://example.org");
        CHECK(records[0].sources[1].name == "Reuters");
        CHECK(records[1].sources.empty());
    }
    const QList<Source> old = {
        {QStringLiteral("AP"), QStringLiteral("https://example.org"), QStringLiteral("q")},
        {QStringLiteral("Reuters"), {}, {}}};

    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == 9);
    CHECK(storedSources(*store, 1) == QStringLiteral("NULL")); // not moved by the migration
    {
        auto w = store->beginWrite();
        w->addEvent(reported(QStringLiteral("new"), 13, kRich));
        w->commit();
    }
    const auto events = store->query({});
    REQUIRE(events.size() == 3);
    CHECK(events[0].sources == old);
    CHECK(events[1].sources.isEmpty());
    CHECK(events[2].sources == kRich);
    const auto records = streamed(*store);
    REQUIRE(records.size() == 3);
    CHECK(asSources(records[0].sources) == old);
    CHECK(records[1].sources.empty());
    CHECK(asSources(records[2].sources) == kRich);
}

TEST_CASE("A damaged sources column is an error naming the event and the file", "[sources][store]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    qint64 id = 0;
    {
        auto w = store->beginWrite();
        id = w->addEvent(reported(QStringLiteral("one"), 12, {{QStringLiteral("AP"), {}, {}}}));
        w->commit();
    }
    sqliteExec(store->sqlite()->handle(),
               "UPDATE events SET sources='[[\"AP\"' WHERE id=" + QByteArray::number(id));
    const auto names = [&](const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("event %1").arg(id)));
        CHECK(e.message().contains(store->path()));
    };
    try {
        store->query({});
        FAIL("damaged sources read");
    } catch (const StoreError& e) {
        names(e);
    }
    try {
        streamed(*store);
        FAIL("damaged sources streamed");
    } catch (const StoreError& e) {
        names(e);
    }
}

TEST_CASE("Removing a source and undoing it keeps the events' sources", "[sources][store]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport report = importFile(*store, importFixture("acled_iraq_2014.csv"));
    REQUIRE(report.source > 0);
    const auto before = store->query({});
    REQUIRE_FALSE(before.empty());
    const auto sourced = std::count_if(before.begin(), before.end(),
                                       [](const Event& e) { return !e.sources.isEmpty(); });
    CHECK(sourced == qsizetype(before.size())); // every ACLED row names its source

    ImportSources sources(*store);
    const auto removed = sources.remove(report.source);
    CHECK(store->query({}).empty());
    sources.restore(removed);
    const auto after = store->query({});
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        CHECK(after[i].sources == before[i].sources);
}
