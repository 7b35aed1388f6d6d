// Projects as documents in the window: New, Save a Copy, Open Recent, Close, the start page,
// importing into a new project, the Sources dock with undoable removal, and one instance.
#include "DocumentController.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "RecentSources.h"
#include "RunTigris.h"
#include "SingleInstance.h"
#include "SourcesDock.h"
#include "StartPage.h"
#include "TestCatch.h"
#include "TimelinePanel.h"
#include "io/SampleProject.h"
#include "model/ViewState.h"
#include "store/ImportSources.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLocalServer>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using Where = DocumentController::Where;

namespace {
// Three events without a fault (the fixtures all have rejected rows on purpose).
QString cleanSource(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("three.geojson"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43.13, 36.34]},
  "properties": {"title": "Mosul falls", "date": "2014-06-10"}},
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43.68, 34.61]},
  "properties": {"title": "Tikrit taken", "date": "2014-06-11"}},
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.39, 35.47]},
  "properties": {"title": "Kirkuk held", "date": "2014-06-12"}}]})");
    return path;
}

// A shown window with a copy of the sample open; errors are collected, not shown.
struct SampleWindow {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("p.tigris"));
    QString source = cleanSource(dir);
    MainWindow w;
    QString message;

    SampleWindow()
    {
        writeSampleProject(path);
        w.setErrorReporter([this](const QString& m) { message = m; });
        w.resize(1200, 800);
        w.show();
        REQUIRE(w.openProject(path));
    }
};

QByteArray infoOf(const QString& path)
{
    QJsonObject info = EventStore::open(path, true)->info().toJson();
    info.remove(QStringLiteral("statistics")); // whether they were kept or recomputed
    return QJsonDocument(info).toJson();
}

bool showsStartPage(const MainWindow& w)
{
    return w.findChild<QStackedWidget*>()->currentWidget() == w.startPage();
}

void clearRecent()
{
    QSettings settings;
    RecentSources(settings, RecentSources::kProjectsKey).clear();
}
} // namespace

TEST_CASE("New project, Close, Open Recent and the start page", "[gui][documents]")
{
    clearRecent();
    QTemporaryDir dir;
    MainWindow w;
    QString message;
    w.setErrorReporter([&](const QString& m) { message = m; });
    w.show();
    CHECK(showsStartPage(w));
    CHECK(w.store() == nullptr);

    // New: named by its file, saved at once.
    const QString first = dir.filePath(QStringLiteral("Mosul notes.tigris"));
    w.documents()->setSavePathPrompt([&](const QString&) { return dir.filePath("Mosul notes"); });
    w.findChild<StartPage*>()->newRequested();
    REQUIRE(w.store() != nullptr);
    CHECK(w.store()->path() == first);
    CHECK(QFileInfo(first).size() > 0);
    CHECK(w.windowTitle() == QStringLiteral("Mosul notes — Tigris"));
    CHECK_FALSE(showsStartPage(w));
    CHECK(EventStore::open(first, true)->info().events == 0);

    const QString second = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(second);
    REQUIRE(w.openProject(second));
    CHECK(w.windowTitle() == QStringLiteral("sample — Tigris"));
    CHECK(w.documents()->recentProjects() == QStringList({second, first}));

    // Close: back to the start page, which lists both, newest first.
    w.closeProject();
    CHECK(w.store() == nullptr);
    CHECK(w.columns().size() == 0);
    CHECK(showsStartPage(w));
    CHECK(w.windowTitle() == QStringLiteral("Tigris"));
    auto* recentList = w.findChild<QListWidget*>(QStringLiteral("startRecent"));
    REQUIRE(recentList->count() == 2);
    CHECK(recentList->item(0)->data(Qt::UserRole).toString() == second);

    // File → Open recent: the first project again.
    auto* menu = w.findChild<QMenu*>(QStringLiteral("recentProjectsMenu"));
    REQUIRE(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction* entry = nullptr;
    for (QAction* a : menu->actions())
        if (a->data().toString() == first) entry = a;
    REQUIRE(entry);
    CHECK(entry->text() == QStringLiteral("Mosul notes"));
    entry->trigger();
    REQUIRE(w.store() != nullptr);
    CHECK(w.store()->path() == first);

    // A recent project that has gone: shown, not offered.
    w.closeProject();
    REQUIRE(QFile::remove(second));
    QMetaObject::invokeMethod(menu, "aboutToShow");
    for (QAction* a : menu->actions())
        if (a->data().toString() == second) CHECK_FALSE(a->isEnabled());
    CHECK(message.isEmpty());
    clearRecent();
}

TEST_CASE("Save a Copy writes a consistent copy and refuses the open project's own path",
          "[gui][documents]")
{
    SampleWindow s;
    auto& [dir, path, source, w, message] = s;
    w.annotateAt(QPointF(43.1, 36.3), QStringLiteral("while open")); // saved at once

    const QString copy = dir.filePath(QStringLiteral("copy.tigris"));
    CHECK(w.documents()->saveCopy(copy));
    CHECK(message.isEmpty());
    CHECK(infoOf(copy) == infoOf(path));
    CHECK(EventStore::open(copy, true)->info().annotations == 1);

    const QByteArray before = infoOf(path);
    CHECK_FALSE(w.documents()->saveCopy(path));
    CHECK(message.contains(QStringLiteral("the open project itself")));
    CHECK_FALSE(w.documents()->saveCopy(dir.filePath(QStringLiteral("nowhere/c.tigris"))));
    CHECK(message.contains(QStringLiteral("does not exist")));
    CHECK(infoOf(path) == before);
    CHECK(w.store()->path() == path); // still the open project, not the copy
}

TEST_CASE("Sources dock: remove a source, Ctrl+Z puts it back, show only a source",
          "[gui][sources]")
{
    SampleWindow s;
    auto& [dir, path, source, w, message] = s;
    const std::size_t sample = w.columns().size();
    const QByteArray before = infoOf(path);

    const auto report = w.importSource(source);
    REQUIRE(report.has_value());
    REQUIRE(report->imported > 0);
    const std::size_t imported = std::size_t(report->imported);
    CHECK(w.columns().size() == sample + imported);
    QTreeWidget* list = w.sources()->list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("three.geojson"));
    CHECK(list->topLevelItem(0)->text(1) == QString::number(imported));

    // Show only this source: the views keep exactly its events.
    w.sources()->showOnly(report->source);
    CHECK(w.viewState()->visibleCount() <= imported);
    const auto& mask = w.viewState()->visibility();
    for (std::size_t row = 0; row < w.columns().size(); ++row)
        if (mask[row]) CHECK(w.columns().id[row] > qint64(sample));
    w.sources()->showOnly(0);

    // Remove (the dock's button), undo with Ctrl+Z, redo.
    list->setCurrentItem(list->topLevelItem(0));
    emit w.sources()->removeRequested(w.sources()->currentSource());
    CHECK(w.columns().size() == sample);
    CHECK(list->topLevelItemCount() == 0);
    CHECK(infoOf(path) == before);
    REQUIRE(w.undoStack()->canUndo());
    CHECK(w.undoStack()->undoText().contains(QStringLiteral("three.geojson")));

    QAction* undo = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
    REQUIRE(undo);
    undo->trigger();
    CHECK(w.columns().size() == sample + imported);
    CHECK(list->topLevelItemCount() == 1);
    CHECK(ImportSources(*w.store()).list().size() == 1);

    w.undoStack()->redo();
    CHECK(w.columns().size() == sample);
    CHECK(infoOf(path) == before);
    w.undoStack()->undo();
    CHECK(w.columns().size() == sample + imported);
    CHECK(message.isEmpty());
}

TEST_CASE("Importing asks where; into a new project it frames the imported events",
          "[gui][documents][import]")
{
    SampleWindow s;
    auto& [dir, path, source, w, message] = s;

    QStringList questions;
    std::optional<Where> offered;
    w.documents()->setWherePrompt([&](const QString& q, Where def) -> std::optional<Where> {
        questions << q;
        offered = def;
        return std::nullopt; // Cancel
    });
    w.documents()->openPath(source); // a file that is not a project is offered for import
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].contains(QStringLiteral("three.geojson")));
    CHECK(offered == Where::OpenProject); // the user's own project
    CHECK(ImportSources(*w.store()).list().empty());

    // Into a new project: its name is asked, it holds only the import, the views frame it.
    const QString fresh = dir.filePath(QStringLiteral("fresh.tigris"));
    w.documents()->setSavePathPrompt([&](const QString&) { return fresh; });
    w.documents()->setWherePrompt([](const QString&, Where) { return Where::NewProject; });
    w.documents()->openPath(source);
    REQUIRE(w.store() != nullptr);
    CHECK(w.store()->path() == fresh);
    const auto sources = ImportSources(*w.store()).list();
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].events == 3);
    CHECK(w.columns().size() == 3);
    CHECK(w.viewState()->visibleCount() == w.columns().size()); // the window spans them all
    // The status line says how many are visible.
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("3 now visible")));
    // The map shows all three.
    const GeoBox shown = w.map()->viewport().visibleGeoBox();
    CHECK(shown.west < 43.13);
    CHECK(shown.east > 44.39);
    CHECK(shown.south < 34.61);
    CHECK(shown.north > 36.34);

    // A project path (as `tigris PATH` or a drop on the window routes it) opens.
    w.documents()->openPath(path);
    CHECK(w.store()->path() == path);
    CHECK(message.isEmpty());
}

TEST_CASE("The sample's working copy suggests importing into a new project", "[gui][documents]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.setErrorReporter([](const QString&) {});
    w.openSample();
    REQUIRE(w.store() != nullptr);
    std::optional<Where> offered;
    w.documents()->setWherePrompt([&](const QString&, Where def) -> std::optional<Where> {
        offered = def;
        return std::nullopt;
    });
    w.documents()->importFile(cleanSource(dir));
    CHECK(offered == Where::NewProject);
}

TEST_CASE("A second tigris PATH hands the path to the running one; a hung one is passed by",
          "[gui][instance]")
{
    const QByteArray instance = "test-" + QByteArray::number(QCoreApplication::applicationPid());
    qputenv("TIGRIS_INSTANCE", instance);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    writeSampleProject(project);
    {
        SingleInstance first;
        REQUIRE(first.listen());
        QSignalSpy received(&first, &SingleInstance::pathsReceived);
        QProcess second;
        second.start(QStringLiteral(TIGRIS_BINARY), {project});
        REQUIRE(received.wait(30000));
        CHECK(received.at(0).at(0).toStringList() == QStringList{project});
        REQUIRE(second.waitForFinished(30000));
        CHECK(second.exitCode() == 0); // handed over, no second window
    }
    {
        // Listening but never answering (this thread does not return to its event loop).
        QLocalServer hung;
        QLocalServer::removeServer(SingleInstance::serverName());
        REQUIRE(hung.listen(SingleInstance::serverName()));
        QElapsedTimer clock;
        clock.start();
        CHECK_FALSE(SingleInstance::handOver({project}, 500));
        CHECK(clock.elapsed() < 5000);
    }
    CHECK_FALSE(SingleInstance::handOver({project}, 500)); // nobody listening
    qunsetenv("TIGRIS_INSTANCE");
}
