// The text index of an import into a project without events is built apart (TextIndexBuilder)
// and copied in at commit: it must be the index the project's own inserts build.
#include "TestCatch.h"
#include "TitlesMatching.h"
#include "store/EventStore.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace {

const QStringList kWords = {
    QStringLiteral("clash"),   QStringLiteral("Mosul"),  QStringLiteral("الموصل"),
    QStringLiteral("Nineveh"), QStringLiteral("market"), QStringLiteral("Ninawa"),
    QStringLiteral("patrol"),  QStringLiteral("Kirkuk"), QStringLiteral("refinery")};

// Events whose words repeat with different frequencies, enough of them for FTS5 to write
// several segments and merge them; a third at a location whose other names are indexed too.
void addEvents(EventStore::Writer& w, qint64 mosul, int from, int to)
{
    for (int i = from; i < to; ++i) {
        Event e;
        e.title = QStringLiteral("%1 %2 %3")
                      .arg(kWords[i % kWords.size()], kWords[(i / 7) % kWords.size()])
                      .arg(i);
        e.description = QStringLiteral("Reported near the %1, event %2 of the day")
                            .arg(kWords[(i / 3) % kWords.size()])
                            .arg(i % 97);
        e.actors = {QStringLiteral("Actor %1").arg(i % 13)};
        e.start = 1402358400 + i * 60;
        if (i % 3 == 0)
            e.locationId = mosul;
        else {
            e.lat = 36.34 + (i % 100) * 0.001;
            e.lon = 43.13;
            e.locationName = QStringLiteral("Village %1").arg(i % 50);
        }
        w.addEvent(e);
    }
}

Location mosulLocation()
{
    Location l;
    l.name = QStringLiteral("Mosul");
    l.altNames = {QStringLiteral("الموصل"), QStringLiteral("Nineveh")};
    l.lat = 36.34;
    l.lon = 43.13;
    return l;
}

QByteArray shadowDigest(const EventStore& store)
{
    sqlite3* db = sqliteHandle(store, "the test");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"event_text_data", "event_text_idx", "event_text_config"}) {
        SqliteStatement s(db,
                          (QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2").constData());
        while (s.step())
            for (int c = 0; c < sqlite3_column_count(s.get()); ++c)
                hash.addData(QByteArray(static_cast<const char*>(sqlite3_column_blob(s.get(), c)),
                                        sqlite3_column_bytes(s.get(), c)));
    }
    return hash.result();
}

std::vector<std::vector<QString>> searches(const EventStore& store)
{
    std::vector<std::vector<QString>> out;
    for (const QString& word : kWords)
        out.push_back(titlesMatching(store, word));
    return out;
}

} // namespace

TEST_CASE("An import into an empty project gets the text index its rows would have built",
          "[store][fts]")
{
    QTemporaryDir dir;
    constexpr int n = 30000;
    // Built apart: the project has no events when the import starts.
    auto apart = EventStore::create(dir.filePath(QStringLiteral("apart.tigris")));
    {
        auto w = apart->beginWrite();
        const qint64 mosul = w->addLocation(mosulLocation());
        addEvents(*w, mosul, 0, n);
        w->commit();
    }
    // Built row by row: the same rows in two imports, the second into a project with events;
    // then the first event's index entries are the only difference, so compare the searches.
    auto inPlace = EventStore::create(dir.filePath(QStringLiteral("inplace.tigris")));
    {
        qint64 mosul = 0;
        {
            auto w = inPlace->beginWrite();
            mosul = w->addLocation(mosulLocation());
            addEvents(*w, mosul, 0, 1);
            w->commit();
        }
        auto w2 = inPlace->beginWrite();
        addEvents(*w2, mosul, 1, n);
        w2->commit();
    }
    const auto found = searches(*apart);
    CHECK(found == searches(*inPlace));
    CHECK(found[0].size() > std::size_t(n / kWords.size())); // "clash" in titles and text
    CHECK(found[2].size() >= std::size_t(n / 3));            // Mosul's other names, folded
    sqlite3* db = sqliteHandle(*apart, "the test");
    CHECK_NOTHROW(
        sqliteExec(db, "INSERT INTO event_text(event_text, rank) VALUES('integrity-check', 0)"));
}

TEST_CASE("A reader busy on the connection at commit: the rows are indexed from the table",
          "[store][fts]")
{
    QTemporaryDir dir;
    constexpr int n = 20000;
    auto apart = EventStore::create(dir.filePath(QStringLiteral("apart.tigris")));
    {
        auto w = apart->beginWrite();
        addEvents(*w, w->addLocation(mosulLocation()), 0, n);
        w->commit();
    }
    auto inPlace = EventStore::create(dir.filePath(QStringLiteral("inplace.tigris")));
    sqlite3* db = sqliteHandle(*inPlace, "the test");
    {
        qint64 mosul = 0;
        {
            auto w = inPlace->beginWrite();
            mosul = w->addLocation(mosulLocation());
            w->commit();
        }
        // SQLite cannot replace the text index while a statement reads: the builder's copy
        // gives way, and the rows are indexed from the table instead, with the same result.
        SqliteStatement busy(db, "SELECT id FROM locations");
        REQUIRE(busy.step());
        auto w2 = inPlace->beginWrite();
        addEvents(*w2, mosul, 0, n);
        w2->commit();
        busy.reset();
    }
    CHECK(searches(*inPlace) == searches(*apart));
    CHECK_NOTHROW(
        sqliteExec(db, "INSERT INTO event_text(event_text, rank) VALUES('integrity-check', 0)"));
}

TEST_CASE("A connection that searched before an import finds the imported events", "[store][fts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    auto store = EventStore::create(path);
    // FTS5 keeps the index's structure in memory per connection: an empty one here. Another
    // reader of the file (as the window has) keeps the project in WAL mode during the import,
    // so nothing else makes the connection read the structure again.
    auto other = EventStore::open(path, true);
    CHECK(titlesMatching(*other, QStringLiteral("clash")).empty());
    CHECK(titlesMatching(*store, QStringLiteral("clash")).empty());
    {
        auto w = store->beginWrite();
        addEvents(*w, w->addLocation(mosulLocation()), 0, 2000);
        w->commit();
    }
    CHECK(titlesMatching(*store, QStringLiteral("clash")).size() > 200);
    // And a second import, indexed in place on top of the copied index.
    {
        auto w = store->beginWrite();
        Event e;
        e.title = QStringLiteral("Zubair oilfield");
        e.start = 1402358400;
        w->addEvent(e);
        w->commit();
    }
    CHECK(titlesMatching(*store, QStringLiteral("Zubair")) ==
          std::vector<QString>{QStringLiteral("Zubair oilfield")});
    CHECK(titlesMatching(*store, QStringLiteral("clash")).size() > 200);
}
