// The window on a server project: an annotation edit that meets someone else's is a conflict
// the user decides (keep mine / take theirs), undo stays the user's own, and others' writes
// show within a second without losing the time window.
#include "FilterPanel.h"
#include "MainWindow.h"
#include "PgTestCluster.h"
#include "RunTigris.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "annotations/EditConflict.h"
#include "io/Importer.h"
#include "model/TimeController.h"
#include "model/ViewState.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <QUuid>
#include <algorithm>

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

QString fixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name);
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

TEST_CASE("Another process's import keeps the filters and the selection, the window's own "
          "writes are no reload",
          "[gui][pg][live]")
{
    const QString url = uniqueUrl(QStringLiteral("live-filters"));
    {
        auto store = EventStore::create(url);
        ImportOptions options;
        options.keepValid = true;
        importFile(*store, fixture("acled_iraq_2014.csv"), options);
    }
    MainWindow w;
    showProject(w, url, QSize(1000, 700));
    ViewState* view = w.viewState();
    const std::size_t before = w.columns().size();
    REQUIRE(before > 0);
    REQUIRE(view->categories().size() >= 2);

    // The user's state: a category hidden, words typed in the Filters dock, an event selected.
    const QString hidden = view->categories()[0].name;
    view->setCategoryEnabled(0, false);
    QLineEdit* words = nullptr;
    for (QLineEdit* field : w.filters()->findChildren<QLineEdit*>())
        if (field->placeholderText().startsWith(QStringLiteral("Search"))) words = field;
    REQUIRE(words);
    QTest::keyClicks(words, QStringLiteral("iraq"));
    for (int waited = 0; view->text().isEmpty() && waited < 2000; waited += 20)
        QTest::qWait(20); // the field's debounce
    REQUIRE(view->text() == QStringLiteral("iraq"));
    // … and the actor with the most events ticked.
    w.waitForBackgroundWork();
    REQUIRE(view->actors());
    REQUIRE_FALSE(view->actors()->names.empty());
    const QString actor = view->actors()->names.front();
    w.filters()->chooseActors({actor});
    REQUIRE(view->anyActorChosen());
    const std::size_t matching = view->visibleCount();
    const qint64 selected = w.columns().id[before - 1];
    view->selectIds({selected});
    const TimeWindow window = w.time()->window();

    // Someone else imports, in a process of their own.
    const TigrisRun run =
        runTigris({QStringLiteral("import"), url, fixture("ucdp_ged_iraq_2014.csv"),
                   QStringLiteral("--keep-valid")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QElapsedTimer clock;
    clock.start();
    while (w.columns().size() == before && clock.elapsed() < 1000)
        QTest::qWait(20);
    CHECK(w.columns().size() > before);
    CHECK(clock.elapsed() < 1000);
    // The actor filter stayed on through the reload (the events that stayed kept their
    // actors), and stays on when the whole list has been read again.
    CHECK(view->anyActorChosen());
    CHECK(w.filters()->chosenActors() == QStringList{actor});
    w.waitForBackgroundWork();
    CHECK(view->anyActorChosen());
    CHECK(w.filters()->chosenActors() == QStringList{actor});

    // Everything the user chose is still chosen, on the new data.
    const auto enabledOf = [&](const QString& name) {
        const auto& categories = view->categories();
        for (std::size_t i = 0; i < categories.size(); ++i)
            if (categories[i].name == name) return view->categoriesEnabled().at(i) != 0;
        return true;
    };
    CHECK_FALSE(enabledOf(hidden));
    CHECK(std::count(view->categoriesEnabled().begin(), view->categoriesEnabled().end(), 0) == 1);
    CHECK(view->text() == QStringLiteral("iraq"));
    CHECK(words->text() == QStringLiteral("iraq"));
    CHECK(view->visibleCount() >= matching);
    CHECK(view->visibleCount() < w.columns().size());
    CHECK(view->selectedIds() == std::vector<qint64>{selected});
    CHECK(w.time()->window() == window);

    // The window's own annotation and import come back as notifications: neither reloads.
    QSignalSpy reloads(view, &ViewState::projectChanged);
    QStringList reports; // the import's report, instead of its dialog
    w.setErrorReporter([&](const QString& text) { reports << text; });
    w.statusBar()->clearMessage(); // "From the server: …" of their import
    w.addAnnotation(line(QStringLiteral("mine")));
    QTest::qWait(400);
    CHECK(reloads.count() == 0);
    CHECK_FALSE(w.statusBar()->currentMessage().contains(QStringLiteral("From the server")));
    REQUIRE(w.importSource(fixture("gtd_iraq_2014_cp1252.csv"), std::nullopt, true));
    const int ownReload = reloads.count(); // the import's own
    w.statusBar()->clearMessage();
    QTest::qWait(400);
    CHECK(reloads.count() == ownReload);
    CHECK_FALSE(w.statusBar()->currentMessage().contains(QStringLiteral("From the server")));
}
