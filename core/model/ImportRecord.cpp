#include "model/ImportRecord.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

QJsonObject ImportRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("path"), path},
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("exists"), QFileInfo::exists(path)},
        {QStringLiteral("format"), format},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("imported_at"),
         QDateTime::fromSecsSinceEpoch(importedAt, QTimeZone::utc()).toString(Qt::ISODate)},
        {QStringLiteral("options"), options},
        {QStringLiteral("imported_events"), events},
        {QStringLiteral("imported_annotations"), annotations},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("events"), currentEvents},
        {QStringLiteral("annotations"), currentAnnotations}};
}
