// The window on a server project: an annotation edit that meets someone else's is a conflict
// the user decides (keep mine / take theirs), undo stays the user's own, and others' writes
// show within a second without losing the time window.
#include "MainWindow.h"
#include "PgTestCluster.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "annotations/EditConflict.h"
#include "model/TimeController.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

namespace {

QString uniqueUrl(const QString& name)
{
    return PgTestCluster::shared().projectUrl(name + QLatin1Char('-') +
                                              QUuid::createUuid().toString(QUuid::Id128).left(12));
}

Annotation line(const QString& title)
{
    Annotation a;
    a.kind = Annotation::Kind::Polyline;
    a.title = title;
    a.vertices = {QPointF(43.0, 36.0), QPointF(44.0, 35.0)};
    return a;
}

const Annotation* titled(const MainWindow& w, const QString& title)
{
    for (const Annotation& a : w.annotations())
        if (a.title == title) return &a;
    return nullptr;
}

} // namespace

TEST_CASE("A conflicting annotation edit asks; keep mine overwrites, take theirs keeps theirs "
          "and leaves nothing of mine to undo",
          "[gui][pg][annotations]")
{
    const QString url = uniqueUrl(QStringLiteral("conflict"));
    EventStore::create(url);
    MainWindow w;
    showProject(w, url, QSize(1000, 700));
    std::vector<std::pair<QString, QString>> asked; // mine, theirs titles
    bool keep = true;
    w.annotationEditor()->setConflictResolver([&](const EditConflict& c) {
        asked.emplace_back(c.mine() ? c.mine()->title : QString(),
                           c.theirs() ? c.theirs()->title : QString());
        return keep;
    });
    w.addAnnotation(line(QStringLiteral("front")));
    REQUIRE(w.annotations().size() == 1);
    const qint64 id = w.annotations()[0].id;

    auto other = EventStore::open(url);
    AnnotationStore theirs(*other);
    const auto renameThere = [&](const QString& title) {
        Annotation a = *theirs.get(id);
        a.title = title;
        theirs.update(a);
    };

    // Keep mine: the vertex I insert is saved over their rename (my whole annotation).
    renameThere(QStringLiteral("their front"));
    w.insertVertex(id, QPointF(43.5, 35.5));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0] == std::make_pair(QStringLiteral("front"), QStringLiteral("their front")));
    CHECK(theirs.get(id)->vertices.size() == 3);
    CHECK(theirs.get(id)->title == QStringLiteral("front"));
    CHECK(w.undoStack()->count() == 2);

    // Undo is mine: it takes my vertex out again (they have not changed it since).
    w.undoStack()->undo();
    CHECK(theirs.get(id)->vertices.size() == 2);
    CHECK(asked.size() == 1);
    w.undoStack()->redo();
    CHECK(theirs.get(id)->vertices.size() == 3);

    // Take theirs: their change stays, and my edit leaves the undo stack.
    renameThere(QStringLiteral("theirs again"));
    keep = false;
    w.removeVertex(id, 1);
    REQUIRE(asked.size() == 2);
    CHECK(theirs.get(id)->title == QStringLiteral("theirs again"));
    CHECK(theirs.get(id)->vertices.size() == 3);
    CHECK(w.undoStack()->count() == 2); // the add and my kept insert, not the removal
    REQUIRE(titled(w, QStringLiteral("theirs again"))); // the window shows theirs
}

TEST_CASE("Another user's annotation and events show within a second; the time window stays",
          "[gui][pg][live]")
{
    const QString url = uniqueUrl(QStringLiteral("live-window"));
    EventStore::create(url);
    MainWindow w;
    showProject(w, url, QSize(1000, 700));
    auto other = EventStore::open(url);
    const TimeWindow before = w.time()->window();

    QElapsedTimer clock;
    clock.start();
    AnnotationStore(*other).insert(line(QStringLiteral("someone else's")));
    while (!titled(w, QStringLiteral("someone else's")) && clock.elapsed() < 1000)
        QTest::qWait(20);
    CHECK(titled(w, QStringLiteral("someone else's")));
    CHECK(clock.elapsed() < 1000);
    CHECK(w.time()->window() == before);
}
