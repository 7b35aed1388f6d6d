// A project shared on a server: its import sources, push and pull, roles, and live updates
// from another process, against a real throwaway server (PgTestCluster).
#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "PgTestCluster.h"
#include "PgTestProjects.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "io/ProjectTransfer.h"
#include "io/SampleProject.h"
#include "store/ImportSources.h"
#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/ProjectSettings.h"
#include "store/ProjectWatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

namespace {

void runSql(PgConnection& db, const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    db.exec(f.readAll(), "running the SQL file");
}

} // namespace

TEST_CASE("Server sources: an import is recorded; removing it takes exactly its rows and "
          "putting it back brings them back",
          "[pg][sources]")
{
    auto store = EventStore::create(uniqueUrl(QStringLiteral("sources")));
    const ImportReport report = importFile(*store, importFixture("iraq_2014.kml"));
    REQUIRE(report.imported > 0);
    REQUIRE(report.annotations > 0);
    REQUIRE(report.source > 0);
    ImportSources sources(*store);
    REQUIRE(sources.available());
    const auto list = sources.list();
    REQUIRE(list.size() == 1);
    const ImportRecord& r = list.front();
    CHECK(r.id == report.source);
    CHECK(r.fileName == QStringLiteral("iraq_2014.kml"));
    CHECK(r.format == QStringLiteral("kml"));
    CHECK(r.sha256.size() == 64);
    CHECK(r.events == report.imported);
    CHECK(r.currentEvents == report.imported);
    CHECK(r.currentAnnotations == report.annotations);
    CHECK(sources.withHash(r.sha256).size() == 1);
    CHECK(sources.eventIds(r.id).size() == std::size_t(report.imported));
    CHECK(sources.extent(r.id).box);
    CHECK(sources.eventsWithoutSource() == 0);

    AnnotationStore annotations(*store);
    Annotation pin = pinOn(sources.eventIds(r.id).front());
    pin.id = annotations.insert(pin);
    const auto allBefore = store->queryIds({});
    const std::size_t annotationsBefore = annotations.all().size();

    const ImportSources::Removed removed = sources.remove(r.id);
    CHECK(removed.events == report.imported);
    CHECK(removed.annotations == report.annotations);
    CHECK(sources.list().empty());
    CHECK(store->queryIds({}).empty());
    CHECK(store->info().events == 0);
    CHECK(annotations.all().size() == 1); // the user's pin stays, without its event
    CHECK_FALSE(annotations.get(pin.id)->eventId);

    sources.restore(removed);
    CHECK(store->queryIds({}) == allBefore);
    CHECK(store->info().events == report.imported);
    CHECK(annotations.all().size() == annotationsBefore);
    CHECK(annotations.get(pin.id)->eventId == pin.eventId);
    CHECK(sources.list().size() == 1);
    CHECK_THROWS_AS(sources.remove(r.id + 1000), StoreError);
}

TEST_CASE("push and pull: a project file to a server and back, field for field", "[pg][transfer]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("original.tigris"));
    writeSampleProject(file);
    {
        auto original = EventStore::open(file);
        REQUIRE(importFile(*original, importFixture("iraq_2014.kml")).imported > 0);
        AnnotationStore(*original).insert(pinOn(original->queryIds({}).front()));
        original->setSetting(QStringLiteral("view"), QStringLiteral("{\"zoom\":7}"));
    }
    const QString url = uniqueUrl(QStringLiteral("push"));
    const ProjectTransfer::Counts pushed = ProjectTransfer::copy(file, url);
    const QString back = dir.filePath(QStringLiteral("back.tigris"));
    const ProjectTransfer::Counts pulled = ProjectTransfer::copy(url, back);
    CHECK(pushed.events == pulled.events);
    CHECK(pushed.annotations == pulled.annotations);
    CHECK(pushed.sources == 1);
    CHECK(pulled.sources == 1);
    CHECK(pushed.settings >= 1);

    auto a = EventStore::open(file, true), b = EventStore::open(back, true);
    auto server = EventStore::open(url, true);
    const auto ea = a->events(a->queryIds({})), eb = b->events(b->queryIds({})),
               es = server->events(server->queryIds({}));
    REQUIRE(ea.size() == eb.size());
    REQUIRE(ea.size() == es.size());
    CHECK(ea.size() == std::size_t(pushed.events));
    for (std::size_t i = 0; i < ea.size(); ++i) {
        checkSameEvent(eb[i], ea[i]);
        checkSameEvent(es[i], ea[i]);
    }
    const auto ca = a->categories(), cb = b->categories();
    const auto names = [](const std::vector<Category>& cs) {
        QStringList out;
        for (const Category& c : cs)
            out << c.name;
        return out.join(QLatin1Char('|')).toStdString();
    };
    INFO(names(ca) << " / " << names(cb) << " / " << names(server->categories()));
    REQUIRE(ca.size() == cb.size());
    for (std::size_t i = 0; i < ca.size(); ++i) {
        CHECK(ca[i].name == cb[i].name);
        CHECK(ca[i].colour == cb[i].colour);
    }
    auto la = a->locations(), lb = b->locations();
    REQUIRE(la.size() == lb.size());
    for (std::size_t i = 0; i < la.size(); ++i) {
        la[i].id = lb[i].id = 0;
        CHECK(la[i] == lb[i]);
    }

    const auto aa = AnnotationStore(*a).all(), ab = AnnotationStore(*b).all();
    REQUIRE(aa.size() == ab.size());
    const auto titleOfEvent = [](const EventStore& s, std::optional<qint64> id) {
        return id ? s.event(*id)->title : QString();
    };
    for (std::size_t i = 0; i < aa.size(); ++i) {
        Annotation x = aa[i], y = ab[i];
        CHECK(titleOfEvent(*a, x.eventId) == titleOfEvent(*b, y.eventId));
        CHECK(x.locationId.has_value() == y.locationId.has_value());
        x.id = y.id = 0;
        x.eventId = y.eventId = x.locationId = y.locationId = std::nullopt;
        CHECK(x == y);
    }

    const auto sa = ImportSources(*a).list(), sb = ImportSources(*b).list();
    REQUIRE(sa.size() == sb.size());
    for (std::size_t i = 0; i < sa.size(); ++i) {
        ImportRecord x = sa[i], y = sb[i];
        x.id = y.id = 0;
        CHECK(x.toJson() == y.toJson());
        CHECK(ImportSources(*b).eventIds(sb[i].id).size() ==
              ImportSources(*a).eventIds(sa[i].id).size());
        CHECK(ImportSources(*b).annotationIds(sb[i].id).size() ==
              ImportSources(*a).annotationIds(sa[i].id).size());
    }
    CHECK(ProjectSettings::all(*a) == ProjectSettings::all(*b));

    // Neither direction overwrites: the server project and the file exist now.
    CHECK_THROWS_AS(ProjectTransfer::copy(file, url), StoreError);
    CHECK_THROWS_AS(ProjectTransfer::copy(url, back), StoreError);
}

TEST_CASE("Roles of roles.sql: a reader opens read-only and every edit says so; an editor "
          "writes; row-level security hides another team's project",
          "[pg][roles]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    const QString url = uniqueUrl(QStringLiteral("roles"));
    auto owner = EventStore::create(url);
    REQUIRE(importFile(*owner, importFixture("iraq_2014.kml")).imported > 0);
    PgConnection admin(cluster.connectionUri(), QStringLiteral("admin"));
    runSql(admin, QStringLiteral(TIGRIS_FIXTURES "/../../resources/sql/roles.sql"));
    runSql(admin, QStringLiteral(TIGRIS_FIXTURES "/../../resources/sql/roles.sql")); // again
    admin.exec("DROP ROLE IF EXISTS bob; DROP ROLE IF EXISTS alice; DROP ROLE IF EXISTS desk;"
               "CREATE ROLE bob LOGIN IN ROLE tigris_reader;"
               "CREATE ROLE alice LOGIN IN ROLE tigris_editor;"
               "CREATE ROLE desk NOLOGIN IN ROLE tigris_editor;");

    QString bobUrl = url, aliceUrl = url;
    bobUrl.replace(QStringLiteral("user=tigris"), QStringLiteral("user=bob"));
    aliceUrl.replace(QStringLiteral("user=tigris"), QStringLiteral("user=alice"));

    auto bob = EventStore::open(bobUrl);
    CHECK(bob->isReadOnly());
    CHECK(bob->info().events > 0); // reads work
    CHECK(AnnotationStore(*bob).all().size() == AnnotationStore(*owner).all().size());
    try {
        AnnotationStore(*bob).insert(pinOn(1));
        FAIL("a reader saved an annotation");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("read-only for you")));
    }
    const qint64 source = ImportSources(*bob).list().front().id;
    try {
        ImportSources(*bob).remove(source);
        FAIL("a reader removed a source");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("read-only for you")));
    }
    CHECK_THROWS_AS(bob->beginWrite(), StoreError);
    CHECK(ImportSources(*owner).list().size() == 1); // nothing changed

    auto alice = EventStore::open(aliceUrl);
    CHECK_FALSE(alice->isReadOnly());
    const qint64 id = AnnotationStore(*alice).insert(pinOn(1));
    CHECK(AnnotationStore(*owner).get(id));

    // An editor's first import into a project (schema 4): the schema's functions make and
    // attach the project's events table (only the owner of `events` may attach); readers see
    // the events through `events`, and nothing reading the table itself.
    const QString fresh = uniqueUrl(QStringLiteral("fresh"));
    const qint64 freshId = EventStore::create(fresh)->server()->projectId();
    QString aliceFresh = fresh, bobFresh = fresh;
    aliceFresh.replace(QStringLiteral("user=tigris"), QStringLiteral("user=alice"));
    bobFresh.replace(QStringLiteral("user=tigris"), QStringLiteral("user=bob"));
    {
        auto aliceStore = EventStore::open(aliceFresh);
        const ImportReport imported = importFile(*aliceStore, importFixture("iraq_2014.kml"));
        REQUIRE(imported.imported > 0);
        auto bobStore = EventStore::open(bobFresh);
        CHECK(bobStore->info().events == imported.imported);
        CHECK(bobStore->loadColumns().size() == std::size_t(imported.imported));
        QString bobUri = cluster.connectionUri();
        bobUri.replace(QStringLiteral("user=tigris"), QStringLiteral("user=bob"));
        PgConnection bobDb(bobUri, QStringLiteral("bob"));
        const QByteArray table = "events_p" + QByteArray::number(freshId);
        try {
            CHECK(bobDb.exec("SELECT count(*) FROM " + table, PgParams(), "reading").text(0, 0) ==
                  QLatin1String("0"));
        } catch (const StoreError&) {
            // no privilege on the table at all: as good
        }
    }

    // The project becomes the desk's: alice is not in it, so she no longer sees it.
    admin.exec("INSERT INTO tigris_project_members(project_id, member, may_write) VALUES($1, "
               "'desk', true)",
               PgParams().integer(owner->server()->projectId()));
    CHECK_THROWS_AS(EventStore::open(aliceUrl), StoreError);
    admin.exec("GRANT desk TO alice");
    CHECK_FALSE(EventStore::open(aliceUrl)->isReadOnly());
}

TEST_CASE("Live: a window's watcher sees another process's import and source removal within "
          "a second",
          "[pg][live]")
{
    const QString url = uniqueUrl(QStringLiteral("live"));
    auto store = EventStore::create(url);
    const PgEventStore* pg = store->server();
    ProjectWatcher watcher(pg->url().connectionUri(), pg->path(), pg->projectId(), pg->revision());
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);

    QProcess tigris;
    tigris.start(QStringLiteral(TIGRIS_BINARY),
                 {QStringLiteral("import"), url, importFixture("iraq_2014.kml"),
                  QStringLiteral("--keep-valid")});
    REQUIRE(tigris.waitForFinished(120000));
    QElapsedTimer clock; // from the other process's commit (at the latest its exit)
    clock.start();
    INFO(tigris.readAllStandardError().toStdString() +
         tigris.readAllStandardOutput().toStdString());
    REQUIRE(tigris.exitCode() == 0);
    if (changed.isEmpty()) REQUIRE(changed.wait(1000));
    CHECK(clock.elapsed() < 1000);
    qint64 written = 0, sources = 0;
    for (const auto& args : changed) {
        const auto c = args.at(0).value<ProjectChanges>();
        written += c.eventsWritten;
        sources += c.sourcesWritten;
    }
    CHECK(written == store->info().events);
    CHECK(sources == 1);
    changed.clear();

    const qint64 id = ImportSources(*store).list().front().id;
    tigris.start(QStringLiteral(TIGRIS_BINARY),
                 {QStringLiteral("remove-source"), url, QString::number(id)});
    REQUIRE(tigris.waitForFinished(120000));
    REQUIRE(tigris.exitCode() == 0);
    clock.restart();
    if (changed.isEmpty()) REQUIRE(changed.wait(1000));
    CHECK(clock.elapsed() < 1000);
    const auto c = changed.takeFirst().at(0).value<ProjectChanges>();
    CHECK(c.eventsRemoved == written);
    CHECK(c.sourcesRemoved == 1);
    CHECK_FALSE(c.annotationsRemoved.empty());
}

TEST_CASE("A lost server: edits fail with one clear sentence and change nothing; when it is "
          "back the store reconnects and nothing confirmed is lost",
          "[pg][reconnect]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    const QString url = uniqueUrl(QStringLiteral("lost"));
    auto store = EventStore::create(url);
    AnnotationStore annotations(*store);
    const qint64 confirmed = annotations.insert(pinOn(1));

    cluster.stop();
    QStringList messages;
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            annotations.insert(pinOn(2));
            FAIL("an edit was accepted with the server down");
        } catch (const StoreError& e) {
            messages << e.message();
        }
    }
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    for (const QString& m : messages) {
        CHECK(m.contains(store->path()));       // names the server, without a password
        CHECK(m.count(QLatin1Char('\n')) <= 2); // a sentence, not a stack
    }
    CHECK(messages.last().contains(QStringLiteral("cannot be reached")));

    cluster.start();
    CHECK(annotations.get(confirmed)); // the next use reconnects
    const qint64 after = annotations.insert(pinOn(3));
    const auto all = annotations.all();
    REQUIRE(all.size() == 2); // the confirmed one and the new one; the failed one is not there
    CHECK(all[0].id == confirmed);
    CHECK(all[1].id == after);
    CHECK(store->info().annotations == 2);
}
