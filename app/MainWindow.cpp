#include "MainWindow.h"

#include "ActorLoader.h"
#include "AnnotationsDock.h"
#include "CategoryLegend.h"
#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "FilterPanel.h"
#include "MainMenus.h"
#include "MapWidget.h"
#include "ProjectViewMemory.h"
#include "TileSettingsDialog.h"
#include "TimelinePanel.h"
#include "WindowStatus.h"
#include "io/SampleProject.h"
#include "model/TimeController.h"
#include "model/ViewState.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <sqlite3.h>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), time_(new TimeController(this)), view_(new ViewState(time_, this)),
      actorLoader_(new ActorLoader(this)), map_(new MapWidget(this)),
      details_(new EventDetailsPanel(this)), filters_(new FilterPanel(view_, this)),
      list_(new EventListView(view_, this)), legend_(new CategoryLegend(view_, this)),
      timeline_(new TimelinePanel(view_, this)), annotationsDock_(new AnnotationsDock(this)),
      undo_(new QUndoStack(this)), feedback_(new UserFeedback(this, statusBar())),
      status_(new WindowStatus(statusBar(), map_, view_)),
      annotations_(new AnnotationEditor(project_, undo_, feedback_, map_, annotationsDock_,
                                        timeline_->timeline(), time_, this)),
      import_(new ImportFlow(project_, feedback_, this)),
      exports_(new ExportActions(project_, map_, time_, feedback_, this)),
      memory_(std::make_unique<ProjectViewMemory>(map_, time_, timeline_->bar(), filters_))
{
    setWindowTitle(tr("Tigris"));
    setCentralWidget(map_);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    buildDocks();
    menus_ = new MainMenus(this);

    // Every view follows the one view state; reads of single events go through the lookup.
    map_->setViewState(view_);
    details_->follow(view_, &project_.lookup);
    map_->setTooltipProvider([this](qint64 id) { return project_.lookup.hoverText(id); });
    timeline_->timeline()->setTooltipProvider(
        [this](qint64 id) { return project_.lookup.title(id); });
    // The actors arrive after the window is up (ActorLoader): the filter and lanes fill in.
    connect(actorLoader_, &ActorLoader::loaded, this, [this] {
        project_.actors = actorLoader_->takeResult();
        view_->setActors(&project_.actors);
    });
    connect(import_, &ImportFlow::imported, this, &MainWindow::openProject);

    applyTileSettings();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    auto dock = [this](const QString& title, const char* name, QWidget* w,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    dock(tr("Details"), "details", details_, Qt::RightDockWidgetArea);
    dock(tr("Legend"), "legend", legend_, Qt::RightDockWidgetArea);
    dock(tr("Filters"), "filters", filters_, Qt::LeftDockWidgetArea);
    dock(tr("Annotations"), "annotations", annotationsDock_, Qt::LeftDockWidgetArea);
    QDockWidget* timelineDock =
        dock(tr("Timeline"), "timeline", timeline_, Qt::BottomDockWidgetArea);
    QDockWidget* eventsDock = dock(tr("Events"), "events", list_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, eventsDock);
    timelineDock->raise();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Tigris projects (*.tigris);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::openSample()
{
    try {
        openProject(ensureWorkingCopy());
    } catch (const std::exception& e) {
        feedback_->error(QString::fromUtf8(e.what()));
    }
}

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<EventStore> store;
    EventColumns columns;
    try {
        store = EventStore::open(path);
        columns = store->loadColumns();
    } catch (const StoreError& e) {
        feedback_->error(e.message());
        return false;
    }
    memory_->save(project_.store.get()); // of the project being left
    annotations_->closeProject();
    project_.store = std::move(store);
    project_.columns = std::move(columns);
    project_.actors = EventActors();
    project_.lookup = EventLookup(project_.store.get());
    // The columns hold every page they were read from in SQLite's cache (tens of megabytes
    // at a million events); hand it back before the indexes are built.
    sqlite3_db_release_memory(project_.store->handle());

    actorLoader_->start(path, project_.columns.id); // seconds at 1M events: off the UI thread
    list_->setStore(project_.store.get());
    view_->setProject(
        &project_.columns, project_.store->categories(),
        [lookup = project_.lookup](const QString& words) { return lookup.matching(words); });
    status_->showProject(project_.store->info());
    setWindowTitle(tr("%1 — Tigris").arg(QFileInfo(path).fileName()));
    map_->zoomToData();
    annotations_->openProject();
    map_->setAnnotationWindow(time_->window());
    memory_->restore(*project_.store);
    return true;
}

void MainWindow::waitForActors()
{
    actorLoader_->waitForFinished();
}

void MainWindow::applyTileSettings()
{
    QSettings settings;
    const TileSourceSettings tiles = TileSourceSettings::load(settings);
    QString error;
    auto source = tiles.enabled ? tiles.createSource(&error) : nullptr;
    if (tiles.enabled && !source) feedback_->status(tr("Map tiles are off: %1").arg(error));
    map_->setTileSource(std::move(source));
}

void MainWindow::editTileSettings()
{
    QSettings settings;
    TileSettingsDialog dialog(TileSourceSettings::load(settings), this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.settings().save(settings);
    applyTileSettings();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e)
{
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".tigris"), Qt::CaseInsensitive))
            openProject(path);
        else
            import_->importSource(path);
        e->acceptProposedAction();
        return;
    }
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    memory_->save(project_.store.get());
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}
