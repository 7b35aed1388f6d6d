#include "AnnotationEditor.h"

#include "AnnotationCommands.h"
#include "AnnotationConflictDialog.h"
#include "AnnotationDialog.h"
#include "AnnotationsDock.h"
#include "MapWidget.h"
#include "OpenProject.h"
#include "TimelineWidget.h"
#include "UserFeedback.h"
#include "annotations/AnnotationExchange.h"
#include "annotations/AnnotationStore.h"
#include "annotations/EditConflict.h"
#include "geo/WebMercator.h"
#include "io/ImportError.h"
#include "model/TimeController.h"

#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>
#include <QUndoStack>
#include <algorithm>
#include <limits>

AnnotationEditor::AnnotationEditor(OpenProject& project, QUndoStack* undo, UserFeedback* feedback,
                                   MapWidget* map, AnnotationsDock* dock, TimelineWidget* timeline,
                                   TimeController* time, QObject* parent)
    : QObject(parent), project_(project), undo_(undo), feedback_(feedback), map_(map), dock_(dock),
      timeline_(timeline)
{
    map_->setAnnotations(&annotations_);
    connect(map_, &MapWidget::contextRequested, this, &AnnotationEditor::showMapMenu);
    connect(map_, &MapWidget::annotationActivated, this, &AnnotationEditor::editAnnotation);
    connect(map_, &MapWidget::annotationMoved, this, &AnnotationEditor::moved);
    connect(map_, &MapWidget::sketchFinished, this,
            [this](Annotation::Kind kind, const QList<QPointF>& vertices) {
                Annotation a;
                a.kind = kind;
                a.vertices = vertices;
                a.colour = QColor(0x1f, 0x77, 0xb4);
                addWithDialog(a);
            });
    connect(dock_, &AnnotationsDock::selected, map_, &MapWidget::setSelectedAnnotation);
    connect(dock_, &AnnotationsDock::activated, this, &AnnotationEditor::zoomTo);
    connect(time, &TimeController::windowChanged, map_,
            [this](const TimeWindow& w) { map_->setAnnotationWindow(w); });
}

AnnotationEditor::~AnnotationEditor() = default;

void AnnotationEditor::closeProject()
{
    undo_->clear(); // its commands refer to the project being left
    store_.reset();
}

void AnnotationEditor::openProject()
{
    undo_->clear();
    store_ = project_.store ? std::make_unique<AnnotationStore>(*project_.store) : nullptr;
    reload();
}

const Annotation* AnnotationEditor::find(qint64 id) const
{
    const auto it = std::find_if(annotations_.begin(), annotations_.end(),
                                 [id](const Annotation& a) { return a.id == id; });
    return it == annotations_.end() ? nullptr : &*it;
}

void AnnotationEditor::reload()
{
    annotations_ = store_ ? store_->all() : std::vector<Annotation>{};
    dock_->setAnnotations(annotations_);
    std::vector<TimelineScene::Mark> marks;
    for (const Annotation& a : annotations_)
        if (a.validFrom || a.validTo) // open ends reach far beyond any axis
            marks.push_back({a.validFrom.value_or(std::numeric_limits<qint64>::min() / 4),
                             a.validTo.value_or(std::numeric_limits<qint64>::max() / 4), a.colour,
                             a.title});
    timeline_->setAnnotationMarks(std::move(marks));
    map_->update();
}

void AnnotationEditor::push(const QString& text, std::optional<Annotation> before,
                            std::optional<Annotation> after)
{
    if (!project_.store || !store_) return;
    if (project_.store->isReadOnly()) {
        reload(); // drop an unsaved drag
        feedback_->error(
            project_.store->server()
                ? tr("%1 is read-only for you: your role on the server may only read this "
                     "project, so the annotation was not saved. Ask the project's owner for "
                     "the tigris_editor role.")
                      .arg(project_.store->path())
                : tr("%1 is read-only, so the annotation was not saved. Copy the project "
                     "somewhere writable and open the copy to annotate it.")
                      .arg(project_.store->path()));
        return;
    }
    // Commands hold the project's AnnotationStore; the stack is cleared before it is replaced.
    undo_->push(new AnnotationCommand(
        text, *store_, std::move(before), std::move(after),
        [this](const QString& error) {
            reload();
            if (!error.isEmpty()) feedback_->error(error);
        },
        [this](const EditConflict& conflict) { return keepMine(conflict); }));
}

bool AnnotationEditor::keepMine(const EditConflict& conflict)
{
    if (resolveConflict_) return resolveConflict_(conflict);
    AnnotationConflictDialog dialog(conflict.mine(), conflict.theirs(), feedback_->window());
    dialog.exec();
    const bool keep = dialog.choice() == AnnotationConflictDialog::Choice::KeepMine;
    if (!keep) feedback_->status(tr("Kept the other version of the annotation"));
    return keep;
}

void AnnotationEditor::addAnnotation(const Annotation& a)
{
    push(tr("Add “%1”").arg(a.title), std::nullopt, a);
}

void AnnotationEditor::addWithDialog(Annotation a)
{
    AnnotationDialog dialog(a, feedback_->window(),
                            project_.store ? project_.store->locations() : std::vector<Location>{});
    if (dialog.exec() == QDialog::Accepted) addAnnotation(dialog.annotation());
}

void AnnotationEditor::annotateAt(QPointF lonLat, const QString& title)
{
    Annotation a;
    a.vertices = {lonLat};
    if (!title.isEmpty()) {
        a.title = title;
        addAnnotation(a);
        return;
    }
    addWithDialog(a);
}

void AnnotationEditor::annotateMapCentre()
{
    const QGeoCoordinate c = WebMercator::unproject(map_->viewport().centre());
    annotateAt(QPointF(c.longitude(), c.latitude()));
}

void AnnotationEditor::editAnnotation(qint64 id)
{
    const Annotation* a = find(id);
    if (!a) return;
    const Annotation before = *a;
    AnnotationDialog dialog(before, feedback_->window(),
                            project_.store ? project_.store->locations() : std::vector<Location>{});
    if (dialog.exec() == QDialog::Accepted && !(dialog.annotation() == before))
        push(tr("Edit “%1”").arg(before.title), before, dialog.annotation());
}

void AnnotationEditor::deleteAnnotation(qint64 id)
{
    if (const Annotation* a = find(id)) push(tr("Delete “%1”").arg(a->title), *a, std::nullopt);
}

void AnnotationEditor::removeVertex(qint64 id, int vertex)
{
    const Annotation* a = find(id);
    if (!a || vertex < 0 || vertex >= a->vertices.size()) return;
    Annotation after = *a;
    after.vertices.removeAt(vertex);
    push(tr("Remove a vertex of “%1”").arg(a->title), *a, after);
}

void AnnotationEditor::insertVertex(qint64 id, QPointF lonLat)
{
    const Annotation* a = find(id);
    if (!a || a->vertices.size() < 2) return;
    // The segment nearest the point (in degrees: enough to choose between neighbours).
    const int segments = a->kind == Annotation::Kind::Polygon ? int(a->vertices.size())
                                                              : int(a->vertices.size()) - 1;
    int best = 0;
    double bestDistance = 1e300;
    for (int i = 0; i < segments; ++i) {
        const QPointF p = a->vertices[i], q = a->vertices[(i + 1) % a->vertices.size()];
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
    Annotation after = *a;
    after.vertices.insert(best + 1, lonLat);
    push(tr("Insert a vertex in “%1”").arg(a->title), *a, after);
}

void AnnotationEditor::moved(qint64 id, int vertex, QPointF from, QPointF to)
{
    const Annotation* a = find(id);
    if (!a) return;
    Annotation before = *a, after = *a;
    before.vertices[vertex] = from;
    after.vertices[vertex] = to;
    push(after.kind == Annotation::Kind::Point ? tr("Move “%1”").arg(after.title)
                                               : tr("Move a vertex of “%1”").arg(after.title),
         before, after);
}

void AnnotationEditor::zoomTo(qint64 id)
{
    const Annotation* a = find(id);
    if (!a || a->vertices.isEmpty()) return;
    double w = 180, s = 90, e = -180, n = -90;
    for (const QPointF& v : a->vertices) {
        w = std::min(w, v.x());
        e = std::max(e, v.x());
        s = std::min(s, v.y());
        n = std::max(n, v.y());
    }
    map_->zoomToBox(GeoBox{w - 0.3, s - 0.3, e + 0.3, n + 0.3});
    map_->setSelectedAnnotation(id);
}

void AnnotationEditor::showMapMenu(QPointF lonLat, std::optional<qint64> annotation, int vertex,
                                   int eventRow, QPoint at)
{
    QMenu menu(feedback_->window());
    if (annotation) {
        const qint64 id = *annotation;
        menu.addAction(tr("Edit annotation…"), this, [this, id] { editAnnotation(id); });
        menu.addAction(tr("Delete annotation"), this, [this, id] { deleteAnnotation(id); });
        const Annotation* a = find(id);
        if (a && a->kind != Annotation::Kind::Point) {
            const int minimum = a->kind == Annotation::Kind::Polygon ? 3 : 2;
            if (vertex >= 0 && a->vertices.size() > minimum)
                menu.addAction(tr("Remove this vertex"), this,
                               [this, id, vertex] { removeVertex(id, vertex); });
            if (vertex < 0)
                menu.addAction(tr("Insert a vertex here"), this,
                               [this, id, lonLat] { insertVertex(id, lonLat); });
        }
        menu.addSeparator();
    }
    if (eventRow >= 0 && project_.store) {
        const qint64 eventId = project_.columns.id[std::size_t(eventRow)];
        menu.addAction(tr("Annotate this event…"), this, [this, eventId] {
            const auto e = project_.lookup.event(eventId);
            if (!e || !e->hasCoordinate()) return;
            Annotation a;
            a.eventId = eventId;
            a.vertices = {QPointF(e->lon, e->lat)};
            a.title = e->title;
            addWithDialog(a);
        });
    }
    menu.addAction(tr("Annotate here…"), this, [this, lonLat] { annotateAt(lonLat); });
    if (extendMenu_) extendMenu_(menu, at);
    menu.exec(at);
}

void AnnotationEditor::exportAnnotations()
{
    const QString path =
        QFileDialog::getSaveFileName(feedback_->window(), tr("Export annotations"), QString(),
                                     tr("GeoJSON (*.geojson);;KML (*.kml)"));
    if (path.isEmpty()) return;
    QSaveFile f(path);
    const bool kml = path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(kml ? AnnotationExchange::toKml(annotations_)
                    : AnnotationExchange::toGeoJson(annotations_)) < 0 ||
        !f.commit())
        feedback_->error(tr("%1 could not be written: %2").arg(path, f.errorString()));
}

void AnnotationEditor::importAnnotations()
{
    const QString path =
        QFileDialog::getOpenFileName(feedback_->window(), tr("Import annotations"), QString(),
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
        feedback_->error(tr("%1: %2").arg(path, e.message()));
    }
}
