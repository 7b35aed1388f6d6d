#pragma once

#include "AnnotationEditor.h"
#include "ExportActions.h"
#include "ImportFlow.h"
#include "OpenProject.h"
#include "UserFeedback.h"

#include <QIcon>
#include <QMainWindow>

class ActorLoader;
class DocumentController;
class QStackedWidget;
class SourcesDock;
class StartPage;
class AnnotationsDock;
class CategoryLegend;
class EventDetailsPanel;
class EventListView;
class FilterPanel;
class MainMenus;
class MapWidget;
class ProjectViewMemory;
class ProjectWatcher;
struct ProjectChanges;
class QUndoStack;
class TimeController;
class TimelinePanel;
class ViewState;
class WindowStatus;

// The main window: the map in the centre; timeline, events, filters, annotations, details and
// legend in docks. It builds the parts and wires them, nothing more: the time and the view
// state (TimeController, ViewState) are the one copy every view observes; editing, importing
// and exporting are parts of their own (AnnotationEditor, ImportFlow, ExportActions), and the
// menus are MainMenus'.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& path); // false (after telling the user) on failure
    void openDialog();                     // File → Open…
    void openSample();                     // File → Open the sample dataset
    void closeProject();                   // File → Close project: back to the start page
    // After a source was removed or put back: the data reloads, the view and undo stack stay.
    // The data as stored now, keeping the time window, the selection and the map.
    void reloadData();
    void removeSource(qint64 id); // exactly an import's events and annotations; undoable
    const EventStore* store() const { return project_.store.get(); }
    DocumentController* documents() const { return documents_; }
    SourcesDock* sources() const { return sourcesDock_; }
    StartPage* startPage() const { return startPage_; }
    static QIcon applicationIcon(); // the SVG with its 48/128/256 px renderings
    void reportError(const QString& message) { feedback_->error(message); }
    // The actors load, and the time filter's span order is sorted, in the background after
    // openProject; this waits for both (tests, the CLI's screenshot).
    void waitForBackgroundWork();
    const OpenProject& project() const { return project_; }
    const EventColumns& columns() const { return project_.columns; }

    TimeController* time() const { return time_; }
    ViewState* viewState() const { return view_; }
    MapWidget* map() const { return map_; }
    EventDetailsPanel* details() const { return details_; }
    EventListView* eventList() const { return list_; }
    TimelinePanel* timeline() const { return timeline_; }
    FilterPanel* filters() const { return filters_; }
    QUndoStack* undoStack() const { return undo_; }
    AnnotationEditor* annotationEditor() const { return annotations_; }
    ImportFlow* importFlow() const { return import_; }
    ExportActions* exports() const { return exports_; }
    MainMenus* menus() const { return menus_; }

    // Shortcuts to the parts, for tests and the command line.
    const std::vector<Annotation>& annotations() const { return annotations_->annotations(); }
    void annotateAt(QPointF lonLat, const QString& title = {})
    {
        annotations_->annotateAt(lonLat, title);
    }
    void addAnnotation(const Annotation& a) { annotations_->addAnnotation(a); }
    void removeVertex(qint64 id, int vertex) { annotations_->removeVertex(id, vertex); }
    void insertVertex(qint64 id, QPointF lonLat) { annotations_->insertVertex(id, lonLat); }
    std::optional<ImportReport> importSource(const QString& path,
                                             std::optional<CsvMapping> mapping = std::nullopt,
                                             bool keepValid = false,
                                             IfExists ifExists = IfExists::Refuse)
    {
        return import_->importSource(path, std::move(mapping), keepValid, ifExists);
    }
    void setIfExistsPrompt(std::function<std::optional<IfExists>(const QString&)> prompt)
    {
        import_->setIfExistsPrompt(std::move(prompt));
    }
    void setMappingPrompt(std::function<std::optional<CsvMapping>(const QString&)> prompt)
    {
        import_->setMappingPrompt(std::move(prompt));
    }
    void setKeepValidPrompt(std::function<bool(const QString&)> prompt)
    {
        import_->setKeepValidPrompt(std::move(prompt));
    }
    // Errors go through here so tests can observe them without a modal dialog.
    void setErrorReporter(std::function<void(const QString&)> reporter)
    {
        feedback_->setErrorReporter(std::move(reporter));
    }
    MapExportOptions currentExportOptions() const { return exports_->currentOptions(); }
    void editTileSettings(); // View → Map tiles…

  protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

  private:
    void buildDocks();
    // A scroll area round a dock's content: down for what grows with the data, sideways for
    // a bar of controls wider than a small window.
    QWidget* scrolling(QWidget* content, bool sideways = false);
    static constexpr int kLayoutVersion = 2; // of the docks' arrangement (saveState)
    std::function<void()> defaultSizes_;     // the docks' sizes of the default layout
    void applyTileSettings();
    void showProject(); // the views on project_ (possibly none)
    // Tab order: map, timeline, the left docks (filters, legend, annotations, sources), the
    // event list, details, and round to the map; no dock keeps Tab to itself.
    void orderTabs();
    qint64 frameSource(const ImportReport& report); // how many of its events are now visible
    // A server project: others' writes arrive through the watcher (docs/server.md, "Live").
    void watchServer();
    void applyServerChanges(const ProjectChanges& changes);

    OpenProject project_;
    TimeController* time_;
    ViewState* view_;
    ActorLoader* actorLoader_;
    MapWidget* map_;
    EventDetailsPanel* details_;
    FilterPanel* filters_;
    EventListView* list_;
    CategoryLegend* legend_;
    TimelinePanel* timeline_;
    AnnotationsDock* annotationsDock_;
    QUndoStack* undo_;
    UserFeedback* feedback_;
    WindowStatus* status_;
    AnnotationEditor* annotations_;
    ImportFlow* import_;
    ExportActions* exports_;
    MainMenus* menus_;
    QStackedWidget* centre_;
    StartPage* startPage_;
    SourcesDock* sourcesDock_;
    DocumentController* documents_;
    std::unique_ptr<ProjectViewMemory> memory_;
    std::unique_ptr<ProjectWatcher> watcher_; // for a server project only
};
