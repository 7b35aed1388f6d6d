#pragma once

#include "annotations/Annotation.h"
#include "io/CsvMapping.h"
#include "io/ImportReport.h"
#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "render/MapExport.h"
#include "store/EventStore.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class ActorLoader;
class AnnotationStore;
class AnnotationsDock;
class EventDetailsPanel;
class QUndoStack;
class EventTableModel;
class FilterPanel;
class MapWidget;
class QLabel;
class QListWidget;
class QMenu;
class QTableView;
class QTimer;
class TimelinePanel;

// The main window: the map in the centre; details, event list and legend in docks.
// Thin: it opens a project, loads the in-memory columns once and wires the views together.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& path); // false (after telling the user) on failure
    // The actors load in the background after openProject; this waits for them (tests, CLI).
    void waitForActors();
    MapWidget* map() const { return map_; }
    EventDetailsPanel* details() const { return details_; }
    QTableView* eventList() const { return list_; }
    TimelinePanel* timeline() const { return timeline_; }
    FilterPanel* filters() const { return filters_; }
    QUndoStack* undoStack() const { return undo_; }
    const std::vector<Annotation>& annotations() const { return annotations_; }
    // Annotation edits, each one undoable and saved at once. `annotateAt` opens no dialog
    // when `title` is given (used by tests and by the command line's counterpart).
    void annotateAt(QPointF lonLat, const QString& title = {});
    void addAnnotation(const Annotation& a);
    void editAnnotation(qint64 id);
    void deleteAnnotation(qint64 id);
    void removeVertex(qint64 id, int vertex);
    void insertVertex(qint64 id, QPointF lonLat); // into the nearest segment
    const EventColumns& columns() const { return columns_; }
    void selectEvents(const std::vector<qint64>& ids);
    int rowOf(qint64 id) const; // the column row of an event id, or -1

    // Errors go through here so tests can observe them without a modal dialog.
    void setErrorReporter(std::function<void(const QString&)> reporter);
    // Imports a file into the open project (off the UI thread, with Cancel) and reloads;
    // returns the report, or nullopt after telling the user why it failed or was cancelled.
    // A CSV whose header is not recognised is offered the mapping dialog (askMapping).
    // All or nothing, as on the command line: when rows are rejected nothing is written and
    // the user is asked whether to import the valid rows (askKeepValid), unless `keepValid`.
    std::optional<ImportReport> importSource(const QString& path,
                                             std::optional<CsvMapping> mapping = std::nullopt,
                                             bool keepValid = false);
    // Stands in for the mapping dialog (tests): the mapping, or nullopt for Cancel.
    void setMappingPrompt(std::function<std::optional<CsvMapping>(const QString&)> prompt);
    // Stands in for the "import the valid rows?" question (tests): its text, true for yes.
    void setKeepValidPrompt(std::function<bool(const QString&)> prompt);
    MapExportOptions currentExportOptions() const; // the current view, window and mode

  protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

  private:
    void buildMenus();
    void showSelection(const std::vector<int>& rows);
    void mirrorSelectionInList(const std::vector<qint64>& ids, bool scroll);
    void reportError(const QString& message);
    void openDialog();
    void setSelectionIds(const std::vector<qint64>& ids, QObject* origin);
    void saveProjectState();
    void applyTileSettings();
    void reloadAnnotations();
    void pushAnnotation(const QString& text, std::optional<Annotation> before,
                        std::optional<Annotation> after);
    void showMapMenu(QPointF lonLat, std::optional<qint64> annotation, int vertex, int eventRow,
                     QPoint at);
    void editTileSettings();
    void restoreProjectState();
    std::optional<CsvMapping> askMapping(const QString& path,
                                         const std::optional<CsvMapping>& current = {});
    void fillRecentSources(QMenu* menu); // File → Import recent, from the settings

    std::unique_ptr<EventStore> store_;
    EventColumns columns_;
    EventActors actors_;
    ActorLoader* actorLoader_;
    MapWidget* map_;
    EventDetailsPanel* details_;
    EventTableModel* model_;
    FilterPanel* filters_;
    QTimer* viewFilterTimer_;
    QTableView* list_;
    QListWidget* legend_;
    TimelinePanel* timeline_;
    AnnotationsDock* annotationsDock_;
    QUndoStack* undo_;
    std::vector<Annotation> annotations_;
    std::unique_ptr<AnnotationStore> annotationStore_;
    QLabel* cursorLabel_;
    QLabel* countLabel_;
    std::function<void(const QString&)> errorReporter_;
    std::function<std::optional<CsvMapping>(const QString&)> mappingPrompt_;
    std::function<bool(const QString&)> keepValidPrompt_;
    bool syncing_ = false;
};
