// Annotating in the window: create, drag, undo and redo, read-only refusal, plain text.
#include "AnnotationsDock.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "io/SampleProject.h"

#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

TEST_CASE("Annotations are created, dragged, undone and redone, and saved at once",
          "[gui][annotations]")
{
    QTemporaryDir dir;
    MainWindow w;
    const QString path = showSample(w, dir, QSize(1200, 800));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    MapWidget* map = w.map();

    w.annotateAt(QPointF(43.45, 34.95), QStringLiteral("Refinery under siege"));
    REQUIRE(w.annotations().size() == 1);
    CHECK(w.undoStack()->undoText() == QStringLiteral("Add “Refinery under siege”"));
    {
        auto other = EventStore::open(path, true); // already on disk, no save step
        CHECK(AnnotationStore(*other).all().size() == 1);
    }

    // Drag the pin's tip by 60 px to the right.
    map->repaint();
    const QPoint tip = map->viewport().geoToScreen(34.95, 43.45).toPoint();
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, tip);
    QTest::mouseMove(map, tip + QPoint(20, 0));
    QTest::mouseMove(map, tip + QPoint(60, 0));
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, tip + QPoint(60, 0));
    REQUIRE(w.annotations().size() == 1);
    const double movedLon = w.annotations()[0].vertices[0].x();
    CHECK(movedLon > 43.45);
    CHECK(w.undoStack()->undoText().startsWith(QStringLiteral("Move")));

    w.undoStack()->undo();
    CHECK(w.annotations()[0].vertices[0].x() == Approx(43.45));
    w.undoStack()->undo();
    CHECK(w.annotations().empty());
    w.undoStack()->redo();
    REQUIRE(w.annotations().size() == 1);
    w.undoStack()->redo();
    CHECK(w.annotations()[0].vertices[0].x() == Approx(movedLon));

    // Reopening shows exactly what was there.
    MainWindow again;
    REQUIRE(again.openProject(path));
    REQUIRE(again.annotations().size() == 1);
    CHECK(again.annotations()[0].vertices[0].x() == Approx(movedLon));

    // A note with markup is listed as text.
    Annotation a = w.annotations()[0];
    a.title = QStringLiteral("<img src=x> <script>alert(1)</script>");
    a.id = 0;
    w.addAnnotation(a);
    auto* list = w.findChild<AnnotationsDock*>()->list();
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text().startsWith(QStringLiteral("<img src=x> <script>")));
}

TEST_CASE("A read-only project refuses annotations with a message", "[gui][annotations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    MainWindow w;
    QString error;
    w.setErrorReporter([&](const QString& m) { error = m; });
    REQUIRE(w.openProject(path));
    if (!QFileInfo(path).isWritable()) { // root can write anyway; the check needs a real refusal
        w.annotateAt(QPointF(44, 33), QStringLiteral("x"));
        CHECK(error.contains(QStringLiteral("read-only")));
        CHECK(w.annotations().empty());
    }
}

TEST_CASE("Vertices are inserted into the nearest segment and removed, undoably",
          "[gui][annotations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    MainWindow w;
    REQUIRE(w.openProject(path));
    Annotation front;
    front.kind = Annotation::Kind::Polyline;
    front.title = QStringLiteral("Front");
    front.vertices = {QPointF(43, 36), QPointF(44, 35), QPointF(44, 33)};
    w.addAnnotation(front);
    const qint64 id = w.annotations().at(0).id;
    w.insertVertex(id, QPointF(44.1, 34));
    REQUIRE(w.annotations()[0].vertices.size() == 4);
    CHECK(w.annotations()[0].vertices[2] == QPointF(44.1, 34)); // between the 2nd and 3rd
    w.removeVertex(id, 0);
    CHECK(w.annotations()[0].vertices.first() == QPointF(44, 35));
    w.undoStack()->undo();
    w.undoStack()->undo();
    CHECK(w.annotations()[0].vertices == front.vertices);
}
