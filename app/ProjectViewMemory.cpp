#include "ProjectViewMemory.h"

#include "FilterPanel.h"
#include "MapWidget.h"
#include "TimeWindowBar.h"
#include "model/TimeController.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QJsonObject>

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
                            {QStringLiteral("lanes"), int(bar_->lanes())},
                            {QStringLiteral("fixedScale"), bar_->fixedScale()},
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
    if (state.isEmpty()) return;
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
    bar_->setLanes(static_cast<TimelineScene::Lanes>(state.value(QStringLiteral("lanes")).toInt()));
    bar_->setFixedScale(state.value(QStringLiteral("fixedScale")).toBool());
    filters_->restoreState(state.value(QStringLiteral("filters")).toObject());
}
