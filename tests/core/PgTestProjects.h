#pragma once
// What the server tests share: a project URL of its own on the test process's cluster, and an
// annotation pinned to an event.
#include "PgTestCluster.h"
#include "annotations/Annotation.h"

#include <QUuid>

// A project name no other test uses, as `user` (the cluster's roles: tigris, or one a test made).
inline QString uniqueUrl(const QString& name, const QString& user = QStringLiteral("tigris"))
{
    QString url = PgTestCluster::shared().projectUrl(
        name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12));
    return url.replace(QStringLiteral("user=tigris"), QStringLiteral("user=") + user);
}

inline Annotation pinOn(qint64 eventId)
{
    Annotation pin;
    pin.title = QStringLiteral("mine");
    pin.note = QStringLiteral("checked <twice> & \"quoted\"");
    pin.vertices = {QPointF(43.1, 36.3)};
    pin.eventId = eventId;
    return pin;
}
