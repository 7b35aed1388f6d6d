#include "ExportActions.h"

#include "ExportAnimationDialog.h"
#include "ExportImageDialog.h"
#include "MapWidget.h"
#include "OpenProject.h"
#include "UserFeedback.h"
#include "annotations/AnnotationStore.h"
#include "model/TimeController.h"
#include "compose/SnapshotRenderer.h"

#include <QApplication>
#include <QClipboard>

ExportActions::ExportActions(OpenProject& project, MapWidget* map, TimeController* time,
                             UserFeedback* feedback, QObject* parent)
    : QObject(parent), project_(project), map_(map), time_(time), feedback_(feedback)
{
}

MapExportOptions ExportActions::currentOptions() const
{
    MapExportOptions o;
    o.bbox = map_->viewport().visibleGeoBox();
    if (project_.columns.size() > 0) o.window = time_->window();
    o.cumulative = time_->mode() == EventFilter::Mode::Cumulative;
    return o;
}

void ExportActions::exportImage()
{
    if (!project_.store) return;
    // From the columns already in memory: at 1M events the project is not read again.
    ExportImageDialog dialog(
        std::make_unique<SnapshotRenderer>(project_.columns, project_.store->categories(),
                                           AnnotationStore(*project_.store).all()),
        currentOptions(), feedback_->window());
    if (dialog.exec() != QDialog::Accepted) return;
    try {
        dialog.save(); // the project as the preview read it, not read again
        feedback_->status(tr("Saved %1").arg(dialog.path()), 5000);
    } catch (const std::exception& e) {
        feedback_->error(QString::fromUtf8(e.what()));
    }
}

void ExportActions::copyMapImage()
{
    if (!project_.store) return;
    MapExportOptions o = currentOptions();
    o.size = map_->size();
    // From the columns in memory: at 1M events, not read again (0.5–1 s).
    SnapshotRenderer renderer(project_.columns, project_.store->categories(),
                              AnnotationStore(*project_.store).all());
    QApplication::clipboard()->setImage(renderer.render(o));
    feedback_->status(tr("Map image copied"), 3000);
}

void ExportActions::exportAnimation()
{
    if (!project_.store) return;
    time_->pause(); // the frames are of the window as it is now, not as it plays on
    const ProjectInfo info = project_.store->info();
    ExportAnimationDialog dialog(currentOptions(),
                                 TimeWindow{info.timeFrom.value_or(0), info.timeTo.value_or(86400)},
                                 feedback_->window());
    dialog.useTime(*time_);
    if (dialog.exec() != QDialog::Accepted) return;
    const auto r =
        AnimationExportJob::run(feedback_->window(), project_.store->path(), dialog.settings());
    if (!r.error.isEmpty()) return feedback_->error(r.error);
    feedback_->status(
        tr("%n frame(s) written to %1", nullptr, r.frames).arg(dialog.settings().directory));
}
