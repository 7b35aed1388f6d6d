#pragma once

#include "annotations/Annotation.h"

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QMenu;

class AnnotationStore;
class EditConflict;
class AnnotationsDock;
class MapWidget;
class QUndoStack;
class TimeController;
class TimelineWidget;
class UserFeedback;
struct OpenProject;

// The annotations of the open project and every edit of them: add (a dialog, or a title
// given by a test), edit, delete, move and insert or remove vertices, from the map's mouse and
// context menu, the Annotations dock and the Edit menu. Each edit is one undoable command that
// writes at once; the map, the dock and the timeline's marks reload after it.
class AnnotationEditor : public QObject {
    Q_OBJECT
  public:
    AnnotationEditor(OpenProject& project, QUndoStack* undo, UserFeedback* feedback, MapWidget* map,
                     AnnotationsDock* dock, TimelineWidget* timeline, TimeController* time,
                     QObject* parent);
    ~AnnotationEditor() override;

    // Before the window's store is replaced, and after (commands refer to the old one); after
    // a Close the window has no store and there are no annotations.
    void closeProject();
    void openProject();

    const std::vector<Annotation>& annotations() const { return annotations_; }
    // `annotateAt` opens no dialog when `title` is given (tests; `tigris annotate`).
    void annotateAt(QPointF lonLat, const QString& title = {});
    void annotateMapCentre();
    void addAnnotation(const Annotation& a);
    void editAnnotation(qint64 id);
    void deleteAnnotation(qint64 id);
    void removeVertex(qint64 id, int vertex);
    void insertVertex(qint64 id, QPointF lonLat); // into the nearest segment
    void exportAnnotations();                     // asks for a GeoJSON or KML file
    void importAnnotations();                     // one undoable step for the lot
    // The annotations as stored now (an import source was removed or put back).
    void reload();

    // Adds items of other parts (EventPicker's "List these N events") to the map's menu.
    void setMenuExtension(std::function<void(QMenu&, QPoint)> extend)
    {
        extendMenu_ = std::move(extend);
    }

    // Replaces the conflict dialog (tests): true keeps mine, false takes theirs.
    void setConflictResolver(std::function<bool(const EditConflict&)> resolve)
    {
        resolveConflict_ = std::move(resolve);
    }

  private:
    std::function<void(QMenu&, QPoint)> extendMenu_;
    std::function<bool(const EditConflict&)> resolveConflict_;
    bool keepMine(const EditConflict& conflict); // asks (AnnotationConflictDialog)
    void push(const QString& text, std::optional<Annotation> before,
              std::optional<Annotation> after);
    void addWithDialog(Annotation a);
    void showMapMenu(QPointF lonLat, std::optional<qint64> annotation, int vertex, int eventRow,
                     QPoint at);
    void moved(qint64 id, int vertex, QPointF from, QPointF to);
    void zoomTo(qint64 id);
    const Annotation* find(qint64 id) const;

    OpenProject& project_;
    QUndoStack* undo_;
    UserFeedback* feedback_;
    MapWidget* map_;
    AnnotationsDock* dock_;
    TimelineWidget* timeline_;
    std::vector<Annotation> annotations_;
    std::unique_ptr<AnnotationStore> store_;
};
