// The server tables of what a team shares (PgTeamTables): annotations with optimistic locking,
// revisions and tombstones, the live watcher, and the roles of resources/sql/roles.sql, against
// a real throwaway server (PgTestCluster).
#include "store/PgTeamTables.h"

#include "PgTestCluster.h"
#include "TestCatch.h"
#include "annotations/EditConflict.h"
#include "annotations/PgAnnotationRows.h"
#include "store/PgChanges.h"
#include "store/PgConnection.h"
#include "store/PgSchema.h"
#include "store/ProjectWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

// A project on the test server, made as PgEventStore makes one (schema, then the row).
qint64 makeProject(PgConnection& db, const QString& name)
{
    PgSchema::ensureCurrent(db);
    return PgSchema::createProject(db, name);
}

Annotation pin(const QString& title)
{
    Annotation a;
    a.title = title;
    a.note = QStringLiteral("note <b>&</b>");
    a.vertices = {QPointF(43.13, 36.34)};
    a.validFrom = 1402000000;
    a.eventId = 7;
    return a;
}

} // namespace

TEST_CASE("Server annotations: an edit of a version someone else replaced is a conflict with "
          "both sides",
          "[pg][annotations]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection one(cluster.connectionUri(), QStringLiteral("one"));
    PgConnection two(cluster.connectionUri(), QStringLiteral("two"));
    const qint64 project = makeProject(one, QStringLiteral("conflicts"));
    PgAnnotationRows mine(one, project, QStringLiteral("server")),
        theirs(two, project, QStringLiteral("server"));

    const qint64 id = mine.insert(pin(QStringLiteral("Mosul bridge")));
    Annotation a = *mine.get(id);
    CHECK(a.version == 1);
    CHECK(a.title == QStringLiteral("Mosul bridge"));
    CHECK(a.note == QStringLiteral("note <b>&</b>"));
    CHECK(a.vertices == QList<QPointF>{QPointF(43.13, 36.34)});
    CHECK(a.validFrom == 1402000000);
    CHECK_FALSE(a.validTo);
    CHECK(a.eventId == 7);

    Annotation b = *theirs.get(id);
    b.title = QStringLiteral("theirs");
    CHECK(theirs.update(b) == 2);

    a.title = QStringLiteral("mine");
    try {
        mine.update(a);
        FAIL("a stale version was written");
    } catch (const EditConflict& c) {
        CHECK(c.message().contains(QStringLiteral("someone else changed")));
        REQUIRE(c.mine());
        REQUIRE(c.theirs());
        CHECK(c.mine()->title == QStringLiteral("mine"));
        CHECK(c.theirs()->title == QStringLiteral("theirs"));
        CHECK(c.theirs()->version == 2);
    }
    CHECK(mine.get(id)->title == QStringLiteral("theirs")); // nothing was written

    // Keep mine: written over the version the conflict showed.
    a.version = 2;
    CHECK(mine.update(a) == 3);
    CHECK(theirs.get(id)->title == QStringLiteral("mine"));

    // A deletion of an old version is a conflict too; of the current one it goes through.
    CHECK_THROWS_AS(theirs.remove(id, 2), EditConflict);
    theirs.remove(id, 3);
    CHECK_FALSE(mine.get(id));
    try {
        mine.update(a);
        FAIL("an edit of a deleted annotation was accepted");
    } catch (const EditConflict& c) {
        CHECK(c.message().contains(QStringLiteral("deleted")));
        CHECK_FALSE(c.theirs());
    }
    // Keep mine after their deletion: it comes back with its id.
    Annotation back = a;
    CHECK(mine.insert(back) == id);
    CHECK(theirs.get(id)->title == QStringLiteral("mine"));
}

TEST_CASE("Server annotations: each write takes a revision, deletions leave tombstones",
          "[pg][annotations]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection db(cluster.connectionUri(), QStringLiteral("server"));
    const qint64 project = makeProject(db, QStringLiteral("revisions"));
    PgAnnotationRows rows(db, project, QStringLiteral("server"));
    const auto revision = [&] {
        return db.exec("SELECT revision FROM projects WHERE id = $1", PgParams().integer(project))
            .int64(0, 0);
    };
    const qint64 r0 = revision();
    const qint64 a = rows.insert(pin(QStringLiteral("a")));
    const qint64 b = rows.insert(pin(QStringLiteral("b")));
    CHECK(revision() == r0 + 2);
    Annotation edited = *rows.get(a);
    edited.colour = QColor(0x12, 0x34, 0x56);
    rows.update(edited);
    const auto since = rows.changedSince(r0 + 2);
    REQUIRE(since.size() == 1);
    CHECK(since[0].id == a);
    CHECK(since[0].colour == QColor(0x12, 0x34, 0x56));
    rows.remove(b, 0);
    const PgResult t = db.exec("SELECT kind, id, revision FROM tombstones WHERE project_id = $1",
                               PgParams().integer(project));
    REQUIRE(t.rows() == 1);
    CHECK(t.text(0, 0) == QStringLiteral("annotation"));
    CHECK(t.int64(0, 1) == b);
    CHECK(t.int64(0, 2) == revision());
}

TEST_CASE("ProjectWatcher: another connection's writes arrive within a second, one fetch for "
          "what changed",
          "[pg][live]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection writerDb(cluster.connectionUri(), QStringLiteral("server"));
    const qint64 project = makeProject(writerDb, QStringLiteral("live"));
    const qint64 other = makeProject(writerDb, QStringLiteral("elsewhere"));
    PgAnnotationRows writer(writerDb, project, QStringLiteral("server"));
    PgAnnotationRows elsewhere(writerDb, other, QStringLiteral("server"));

    ProjectWatcher watcher(cluster.connectionUri(), QStringLiteral("server"), project);
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);
    const qint64 start = watcher.revision();

    elsewhere.insert(pin(QStringLiteral("another project"))); // another channel: no wake-up
    QElapsedTimer clock;
    clock.start();
    const qint64 id = writer.insert(pin(QStringLiteral("new")));
    REQUIRE(changed.wait(1000));
    CHECK(clock.elapsed() < 1000);
    auto c = changed.takeFirst().at(0).value<ProjectChanges>();
    CHECK(c.fromRevision == start);
    CHECK(c.toRevision == start + 1);
    CHECK(c.annotationsWritten == std::vector<qint64>{id});
    CHECK(c.annotationsRemoved.empty());
    CHECK_FALSE(c.eventsChanged());

    // Two transactions before the watcher wakes: both are in what it fetches.
    writer.remove(id, 0);
    const qint64 second = writer.insert(pin(QStringLiteral("second")));
    QElapsedTimer settle;
    settle.start();
    std::vector<qint64> removed, written;
    while (settle.elapsed() < 1000 && (removed.empty() || written.empty())) {
        if (changed.isEmpty() && !changed.wait(1000)) break;
        const auto next = changed.takeFirst().at(0).value<ProjectChanges>();
        removed.insert(removed.end(), next.annotationsRemoved.begin(),
                       next.annotationsRemoved.end());
        written.insert(written.end(), next.annotationsWritten.begin(),
                       next.annotationsWritten.end());
    }
    CHECK(removed == std::vector<qint64>{id});
    CHECK(written == std::vector<qint64>{second});
    CHECK(watcher.revision() == start + 3);
}

TEST_CASE("ProjectWatcher: a write of another process (psql) arrives within a second", "[pg][live]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection db(cluster.connectionUri(), QStringLiteral("server"));
    const qint64 project = makeProject(db, QStringLiteral("two processes"));
    ProjectWatcher watcher(cluster.connectionUri(), QStringLiteral("server"), project);
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);

    // What a writer does in SQL: take the revision, write, notify, in one transaction.
    const QByteArray sql =
        "BEGIN; UPDATE projects SET revision = revision + 1 WHERE id = " +
        QByteArray::number(project) +
        "; INSERT INTO annotations(project_id, kind, geometry, created, modified, revision) "
        "SELECT id, 'point', '[[44,33]]', 0, 0, revision FROM projects WHERE id = " +
        QByteArray::number(project) + "; SELECT pg_notify('" + PgChanges::channel(project) +
        "', 'x'); COMMIT;";
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QString::fromUtf8(sql), cluster.connectionUri()});
    QElapsedTimer clock;
    clock.start();
    REQUIRE(changed.wait(2000));
    CHECK(clock.elapsed() < 1000);
    psql.waitForFinished();
    CHECK(psql.exitCode() == 0);
    CHECK(changed.takeFirst().at(0).value<ProjectChanges>().annotationsWritten.size() == 1);
}

TEST_CASE("ProjectWatcher: a server that goes away is one message, and it reconnects and "
          "catches up when the server is back",
          "[pg][live][reconnect]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    qint64 project = 0;
    {
        PgConnection db(cluster.connectionUri(), QStringLiteral("server"));
        project = makeProject(db, QStringLiteral("lost"));
    }
    ProjectWatcher watcher(cluster.connectionUri(), QStringLiteral("the team server"), project);
    watcher.setRetryInterval(200);
    QSignalSpy lost(&watcher, &ProjectWatcher::connectionLost);
    QSignalSpy back(&watcher, &ProjectWatcher::reconnected);
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);

    cluster.stop();
    REQUIRE(lost.wait(5000));
    const QString message = lost.takeFirst().at(0).toString();
    CHECK(message.contains(QStringLiteral("The connection to the team server was lost")));
    CHECK(message.contains(QStringLiteral("reconnects")));
    QTest::qWait(600); // retries while the server is down: still one message
    CHECK(lost.isEmpty());

    cluster.start();
    REQUIRE(back.wait(10000));
    CHECK(watcher.isConnected());
    {
        PgConnection db(cluster.connectionUri(), QStringLiteral("server"));
        PgAnnotationRows(db, project, QStringLiteral("server")).insert(pin(QStringLiteral("x")));
    }
    REQUIRE(changed.wait(2000));
    CHECK(changed.takeFirst().at(0).value<ProjectChanges>().annotationsWritten.size() == 1);
}
