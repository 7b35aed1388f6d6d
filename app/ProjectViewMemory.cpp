#include "ProjectViewMemory.h"

#include "FilterPanel.h"
#include "MapWidget.h"
#include "TimeWindowBar.h"
#include "TimelinePanel.h"
#include "model/TimeController.h"
#include "render/StoryFrame.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

void ProjectViewMemory::save(EventStore* store) const
{
    if (!store || store->isReadOnly()) return;
    const MapViewport& v = map_->viewport();
    const TimeWindow w = time_->window();
    const QJsonObject state{{QStringLiteral("x"), v.centre().x()},
                            {QStringLiteral("y"), v.centre().y()},
                            {QStringLiteral("zoom"), v.zoom()},
                            {QStringLiteral("from"), QString::number(w.from)},
                            {QStringLiteral("to"), QString::number(w.to)},
                            {QStringLiteral("mode"), int(time_->mode())},
                            {QStringLiteral("inside"), time_->inside()},
                            {QStringLiteral("lanes"), int(timeline_->bar()->lanes())},
                            {QStringLiteral("fixedScale"), timeline_->bar()->fixedScale()},
                            {QStringLiteral("filters"), filters_->state()}};
    try {
        store->setSetting(QStringLiteral("view"),
                          QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    } catch (const StoreError&) {
        // The view is a convenience; failing to remember it must not block closing.
    }
}

void ProjectViewMemory::restore(const EventStore& store) const
{
    const QJsonObject state =
        QJsonDocument::fromJson(store.setting(QStringLiteral("view")).toUtf8()).object();
    if (state.isEmpty()) { // never opened here: on its story, not the whole range
        if (const EventColumns* columns = map_->columns()) frameStory(*columns);
        return;
    }
    MapViewport v = map_->viewport();
    v.setCentre(QPointF(state.value(QStringLiteral("x")).toDouble(),
                        state.value(QStringLiteral("y")).toDouble()));
    v.setZoom(state.value(QStringLiteral("zoom")).toDouble());
    map_->setViewport(v);
    const TimeWindow w{state.value(QStringLiteral("from")).toString().toLongLong(),
                       state.value(QStringLiteral("to")).toString().toLongLong()};
    if (w.isValid()) time_->setWindow(w);
    time_->setMode(static_cast<EventFilter::Mode>(state.value(QStringLiteral("mode")).toInt()));
    time_->setInside(state.value(QStringLiteral("inside")).toBool());
    timeline_->bar()->setLanes(
        static_cast<TimelineScene::Lanes>(state.value(QStringLiteral("lanes")).toInt()));
    timeline_->bar()->setFixedScale(state.value(QStringLiteral("fixedScale")).toBool());
    filters_->restoreState(state.value(QStringLiteral("filters")).toObject());
    timeline_->showWindowInContext();
}

void ProjectViewMemory::frameStory(const EventColumns& events) const
{
    const StoryFrame story = StoryFrame::of(events);
    if (story.area) {
        // At least this much around a single place, so that it is shown with its surroundings.
        constexpr double kMinSpan = 0.5; // degrees
        GeoBox b = *story.area;
        const double padX = std::max(0.0, kMinSpan - (b.east - b.west)) / 2;
        const double padY = std::max(0.0, kMinSpan - (b.north - b.south)) / 2;
        map_->zoomToBox(GeoBox{b.west - padX, b.south - padY, b.east + padX, b.north + padY});
    }
    if (story.window) time_->setWindow(*story.window);
    timeline_->showWindowInContext();
}
