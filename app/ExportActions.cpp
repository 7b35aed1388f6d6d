#include "ExportActions.h"

#include "ExportAnimationDialog.h"
#include "ExportImageDialog.h"
#include "MapWidget.h"
#include "OpenProject.h"
#include "UserFeedback.h"
#include "annotations/AnnotationStore.h"
#include "compose/SnapshotRenderer.h"
#include "model/TimeController.h"

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

std::unique_ptr<SnapshotRenderer> ExportActions::renderer() const
{
    auto r = std::make_unique<SnapshotRenderer>(project_.columns, project_.store->categories(),
                                                AnnotationStore(*project_.store).all());
    r->setSites(map_->sites()); // as on screen: the project's places named
    return r;
}

void ExportActions::exportImage()
{
    if (!project_.store) return;
    // From the columns already in memory: at 1M events the project is not read again.
    MapExportOptions o = currentOptions();
    o.tiles = map_->tileSource(); // the map's own source: what it has shown is cached
    ExportImageDialog dialog(renderer(), o, feedback_->window());
    if (dialog.exec() != QDialog::Accepted) return;
    try {
        dialog.save(); // the project as the preview read it, not read again
        if (const int missing = dialog.missingTiles(); missing > 0)
            feedback_->status(tr("Saved %1; %n map tile(s) did not arrive within %2 s, the "
                                 "offline basemap shows there",
                                 nullptr, missing)
                                  .arg(dialog.path())
                                  .arg(dialog.options().tileWaitMs / 1000),
                              10000);
        else
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
    o.tiles = map_->tileSource();
    o.tileWaitMs = 0; // the view as drawn: the tiles at hand
    // From the columns in memory: at 1M events, not read again (0.5–1 s).
    // The same picture as an export of the visible view, the places' names included.
    QApplication::clipboard()->setImage(renderer()->render(o));
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
    AnimationExportSettings settings = dialog.settings();
    settings.frame.tiles = map_->tileSource(); // its caches: what the map has shown is at hand
    const auto r = AnimationExportJob::run(feedback_->window(), project_.store->path(), settings);
    if (!r.error.isEmpty()) return feedback_->error(r.error);
    const QString written =
        tr("%n frame(s) written to %1", nullptr, r.frames).arg(settings.directory);
    if (r.missingTiles > 0)
        feedback_->status(written + tr("; %n map tile(s) did not arrive within %1 s, the "
                                       "offline basemap shows there",
                                       nullptr, r.missingTiles)
                                        .arg(settings.frame.tileWaitMs / 1000),
                          10000);
    else
        feedback_->status(written);
}
