#include "MainWindow.h"

#include "ActorLoader.h"
#include "AnnotationsDock.h"
#include "CategoryLegend.h"
#include "DocumentController.h"
#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "EventPicker.h"
#include "FilterPanel.h"
#include "MainMenus.h"
#include "MapWidget.h"
#include "ProjectViewMemory.h"
#include "RemoveSourceCommand.h"
#include "SourcesDock.h"
#include "StartPage.h"
#include "TileSettingsDialog.h"
#include "TimelinePanel.h"
#include "WindowStatus.h"
#include "base/Error.h"
#include "io/SampleProject.h"
#include "model/CarriedActors.h"
#include "model/TimeController.h"
#include "model/ViewState.h"
#include "store/ImportSources.h"
#include "store/PgEventStore.h"
#include "store/ProjectWatcher.h"
#include "store/SqliteEventStore.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
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
      centre_(new QStackedWidget(this)), startPage_(new StartPage(this)),
      sourcesDock_(new SourcesDock(view_, this)),
      documents_(new DocumentController(*this, *startPage_)),
      memory_(std::make_unique<ProjectViewMemory>(map_, time_, timeline_, filters_))
{
    setWindowTitle(tr("Tigris"));
    setWindowIcon(applicationIcon());
    // No project: the start page in the centre; a project: the map.
    centre_->addWidget(startPage_);
    centre_->addWidget(map_);
    setCentralWidget(centre_);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    buildDocks();
    menus_ = new MainMenus(this);

    // Every view follows the one view state; reads of single events go through the lookup.
    map_->setViewState(view_);
    auto* picker = new EventPicker(map_, view_, project_, this); // every event reachable
    annotations_->setMenuExtension(
        [picker](QMenu& menu, QPoint at) { picker->addMenuItems(menu, at); });
    details_->follow(view_, &project_.lookup);
    map_->setTooltipProvider([this](qint64 id) { return project_.lookup.hoverText(id); });
    timeline_->timeline()->setTooltipProvider(
        [this](qint64 id) { return project_.lookup.title(id); });
    // The actors arrive after the window is up (ActorLoader): the filter and lanes fill in.
    // A list read again after a live update replaces the carried one: the ticked actors stay.
    connect(actorLoader_, &ActorLoader::loaded, this, [this] {
        const QStringList chosen = filters_->chosenActors();
        project_.actors = actorLoader_->takeResult();
        view_->setActors(&project_.actors);
        if (!chosen.isEmpty()) filters_->chooseActors(chosen);
    });
    connect(import_, &ImportFlow::imported, this, &MainWindow::openProject);
    import_->setRouter([this](const QString& path) { documents_->importFile(path); });
    import_->setFramer([this](const ImportReport& report) { return frameSource(report); });
    connect(sourcesDock_, &SourcesDock::removeRequested, this, &MainWindow::removeSource);

    applyTileSettings();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // A layout saved by an older version (timeline and list in one tabbed dock) is not
    // restored: the default one shows map, timeline and list at once.
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion))
        QTimer::singleShot(0, this, defaultSizes_);            // once the window is laid out
    if (!settings.contains(QStringLiteral("window/geometry"))) // within a laptop's screen
        resize(QSize(1400, 900).boundedTo(screen()->availableSize()));
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
    // Map, timeline and event list all in view at once: the list under Details on the right
    // (12 rows or more at the default size), the timeline along the bottom. Docks whose content
    // grows with the data (filters: one line per category) scroll inside, so the window's
    // minimum size stays within 1024×640 whatever the project.
    QDockWidget* details = dock(tr("Details"), "details", details_, Qt::RightDockWidgetArea);
    QDockWidget* events = dock(tr("Events"), "events", list_, Qt::RightDockWidgetArea);
    splitDockWidget(details, events, Qt::Vertical);
    QDockWidget* filters =
        dock(tr("Filters"), "filters", scrolling(filters_), Qt::LeftDockWidgetArea);
    tabifyDockWidget(filters, dock(tr("Legend"), "legend", legend_, Qt::LeftDockWidgetArea));
    tabifyDockWidget(
        filters, dock(tr("Annotations"), "annotations", annotationsDock_, Qt::LeftDockWidgetArea));
    tabifyDockWidget(filters, dock(tr("Sources"), "sources", sourcesDock_, Qt::LeftDockWidgetArea));
    filters->raise();
    // The timeline's bar of controls is wider than a small window: it scrolls sideways there.
    QDockWidget* timeline =
        dock(tr("Timeline"), "timeline", scrolling(timeline_, true), Qt::BottomDockWidgetArea);
    defaultSizes_ = [this, details, events, timeline, filters] {
        // The list takes what Details and the timeline leave: 12 rows or more at 1366×768.
        resizeDocks({timeline}, {std::max(150, height() / 5)}, Qt::Vertical);
        resizeDocks({details, events}, {height() / 6, height()}, Qt::Vertical);
        resizeDocks({filters, details}, {230, 380}, Qt::Horizontal);
    };
}

QWidget* MainWindow::scrolling(QWidget* content, bool sideways)
{
    auto* area = new QScrollArea(this);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // its content takes the focus, not the frame
    area->setHorizontalScrollBarPolicy(sideways ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (sideways) {
        // It does not scroll down: as tall as its content and the sideways bar, or the bottom
        // of the content (the timeline's controls) is cut off.
        area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setMinimumHeight(content->minimumSizeHint().height() +
                               area->horizontalScrollBar()->sizeHint().height());
    }
    return area;
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
    watcher_.reset();
    project_.store = std::move(store);
    project_.columns = std::move(columns);
    project_.actors = EventActors();
    project_.lookup = EventLookup(project_.store.get());
    // The columns hold every page they were read from in SQLite's cache (tens of megabytes
    // at a million events); hand it back before the indexes are built.
    if (const SqliteEventStore* file = project_.store->sqlite())
        sqlite3_db_release_memory(file->handle());

    showProject();
    setWindowTitle(tr("%1 — Tigris").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    map_->zoomToData();
    annotations_->openProject();
    map_->setAnnotationWindow(time_->window());
    memory_->restore(*project_.store);
    list_->fillPending(); // now that the window is framed: the rows it shows, not all
    centre_->setCurrentWidget(map_);
    documents_->projectOpened(path);
    watchServer();
    return true;
}

void MainWindow::watchServer()
{
    const PgEventStore* pg = project_.store ? project_.store->server() : nullptr;
    if (!pg) return;
    try {
        watcher_ = std::make_unique<ProjectWatcher>(pg->url().connectionUri(), pg->path(),
                                                    pg->projectId(), pg->revision());
    } catch (const StoreError& e) {
        feedback_->status(tr("Changes of others will not show until the project is opened "
                             "again: %1")
                              .arg(e.message()),
                          0);
        return;
    }
    // The window's own imports, edits and removals are shown already: not a reload.
    watcher_->ignoreWritesOf(&pg->connection());
    connect(watcher_.get(), &ProjectWatcher::changed, this, &MainWindow::applyServerChanges);
    connect(watcher_.get(), &ProjectWatcher::connectionLost, this,
            [this](const QString& message) { feedback_->status(message, 0); });
    connect(watcher_.get(), &ProjectWatcher::reconnected, this,
            [this] { feedback_->status(tr("Connected to the server again")); });
}

void MainWindow::applyServerChanges(const ProjectChanges& changes)
{
    if (changes.eventsChanged() || changes.sourcesWritten > 0 || changes.sourcesRemoved > 0)
        reloadData(); // annotations too
    else
        annotations_->reload();
    QStringList what;
    if (changes.eventsWritten > 0)
        what << tr("%n events added or changed", nullptr, int(changes.eventsWritten));
    if (changes.eventsRemoved > 0)
        what << tr("%n events removed", nullptr, int(changes.eventsRemoved));
    if (const auto n = changes.annotationsWritten.size() + changes.annotationsRemoved.size())
        what << tr("%n annotations changed", nullptr, int(n));
    if (!what.isEmpty()) feedback_->status(tr("From the server: %1").arg(what.join(tr(", "))));
}

void MainWindow::showProject()
{
    // seconds at 1M events: off the UI thread
    if (project_.store)
        actorLoader_->start(project_.store->path(), RowsById::of(project_.columns.id));
    list_->setStore(project_.store.get());
    view_->setProject(
        &project_.columns, project_.store ? project_.store->categories() : std::vector<Category>{},
        [lookup = project_.lookup](const QString& words) { return lookup.matching(words); });
    // The project's places, named on the map.
    map_->setSites(project_.store ? project_.store->locations() : std::vector<Location>{});
    status_->showProject(project_.store ? project_.store->info() : ProjectInfo{});
    sourcesDock_->setProject(project_.store.get(), &project_.columns);
    orderTabs(); // the filter's category boxes are new
}

void MainWindow::orderTabs()
{
    // Dock by dock, each in its own order (that of the current focus chain); widgets of no
    // dock (the start page, hidden) come after the last one.
    const QList<QWidget*> docks{map_,         timeline_, filters_, legend_, annotationsDock_,
                                sourcesDock_, list_,     details_};
    QList<QWidget*> chain;
    for (QWidget* dock : docks) {
        if (dock->focusPolicy() & Qt::TabFocus) chain << dock;
        for (QWidget* w = dock->nextInFocusChain(); w != dock; w = w->nextInFocusChain())
            if (dock->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !chain.contains(w))
                chain << w;
    }
    for (qsizetype k = 0; k + 1 < chain.size(); ++k)
        setTabOrder(chain[k], chain[k + 1]);
}

void MainWindow::closeProject()
{
    if (!project_.store) return;
    memory_->save(project_.store.get());
    annotations_->closeProject(); // clears the undo stack: its commands refer to this project
    undo_->clear();
    watcher_.reset();
    project_.store.reset();
    project_.columns = EventColumns();
    project_.actors = EventActors();
    project_.lookup = EventLookup(nullptr);
    showProject();
    list_->fillPending();
    annotations_->openProject();
    setWindowTitle(tr("Tigris"));
    setWindowFilePath(QString());
    centre_->setCurrentWidget(startPage_);
    documents_->projectClosed();
}

void MainWindow::reloadData()
{
    if (!project_.store) return;
    // A server project reads only what changed since the columns were read (the rows written
    // since, the tombstones: PgEventStore::updateColumns); a project file reads them again.
    const std::vector<qint64> oldIds = project_.columns.id;
    try {
        const PgEventStore* pg = project_.store->server();
        if (!pg || !pg->updateColumns(project_.columns))
            project_.columns = project_.store->loadColumns();
    } catch (const StoreError& e) {
        feedback_->error(e.message());
        return;
    }
    // The map, the time window, the filters and the selection stay where the user was: only
    // the data changes under them (categories and actors are kept by name, the words are
    // searched again). The events that stay keep their actors while the list is read again
    // (carryActors), so that a ticked actor keeps filtering.
    const TimeWindow window = time_->window();
    const std::vector<qint64> selected = view_->selectedIds();
    const QJsonObject filters = filters_->state();
    const bool carry = !oldIds.empty() && project_.actors.rows() == oldIds.size();
    EventActors carried =
        carry ? carryActors(project_.actors, oldIds, project_.columns) : EventActors();
    project_.actors = EventActors();
    showProject();
    if (carry) {
        project_.actors = std::move(carried);
        view_->setActors(&project_.actors);
    }
    time_->setWindow(window);
    filters_->restoreState(filters);
    view_->selectIds(selected);
    list_->fillPending(); // with the window and filters as they were
    annotations_->reload();
}

void MainWindow::removeSource(qint64 id)
{
    if (!project_.store) return;
    try {
        const ImportSources::Removed removed = ImportSources(*project_.store).remove(id);
        undo_->push(new RemoveSourceCommand(*project_.store, removed, [this](const QString& error) {
            reloadData();
            if (!error.isEmpty()) feedback_->error(error);
        }));
        reloadData();
        QString message =
            tr("Removed %1: %n events", nullptr, int(removed.events)).arg(removed.fileName);
        if (removed.annotations > 0)
            message += tr(", %n annotations", nullptr, int(removed.annotations));
        feedback_->status(message + tr(". Ctrl+Z puts them back."));
    } catch (const StoreError& e) {
        feedback_->error(e.message());
    }
}

qint64 MainWindow::frameSource(const ImportReport& report)
{
    if (!project_.store || report.source == 0) return 0;
    const ImportSources sources(*project_.store);
    // The imported events' story, framed as a project's first view is.
    const std::vector<qint64> ids = sources.eventIds(report.source);
    EventColumns imported;
    imported.reserve(ids.size());
    for (qint64 id : ids)
        if (const int row = view_->rowOf(id); row >= 0)
            imported.appendRow(project_.columns, std::size_t(row));
    memory_->frameStory(imported);
    qint64 visible = 0;
    const auto& mask = view_->visibility();
    for (qint64 id : ids)
        if (const int row = view_->rowOf(id);
            row >= 0 && std::size_t(row) < mask.size() && mask[row])
            ++visible;
    return visible;
}

QIcon MainWindow::applicationIcon()
{
    QIcon icon(QStringLiteral(":/tigris/icons/org.tigris_project.Tigris.svg"));
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/tigris/icons/tigris-%1.png").arg(size), QSize(size, size));
    return icon;
}

void MainWindow::waitForBackgroundWork()
{
    actorLoader_->waitForFinished();
    view_->waitForBackgroundWork();
}

void MainWindow::applyTileSettings()
{
    QSettings settings;
    const TileSourceSettings tiles = TileSourceSettings::load(settings);
    std::unique_ptr<TileSource> source;
    try {
        source = tiles.createSource();
    } catch (const tigris::Error& e) {
        feedback_->status(tr("Map tiles are off: %1").arg(e.message()));
    }
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
        e->acceptProposedAction();
        documents_->openPath(url.toLocalFile()); // as `tigris PATH`: a project opens
        return;
    }
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    memory_->save(project_.store.get());
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    e->accept();
}
