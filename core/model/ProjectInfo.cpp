#include "model/ProjectInfo.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

namespace {
QJsonValue isoOrNull(const std::optional<qint64>& t)
{
    if (!t) return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc()).toString(Qt::ISODate);
}
QJsonValue numberOrNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QString statisticsName(ProjectInfo::Statistics s)
{
    switch (s) {
    case ProjectInfo::Statistics::Stored:
        return QStringLiteral("stored");
    case ProjectInfo::Statistics::Recomputed:
        return QStringLiteral("recomputed and stored");
    case ProjectInfo::Statistics::NotStored:
        break;
    }
    return QStringLiteral("computed, not stored");
}
} // namespace

QJsonObject ProjectInfo::toJson() const
{
    QJsonObject range{{QStringLiteral("from"), isoOrNull(timeFrom)},
                      {QStringLiteral("to"), isoOrNull(timeTo)}};
    QJsonObject box{{QStringLiteral("west"), numberOrNull(west)},
                    {QStringLiteral("south"), numberOrNull(south)},
                    {QStringLiteral("east"), numberOrNull(east)},
                    {QStringLiteral("north"), numberOrNull(north)}};
    return QJsonObject{{QStringLiteral("events"), events},
                       {QStringLiteral("locations"), locations},
                       {QStringLiteral("annotations"), annotations},
                       {QStringLiteral("categories"), categories},
                       {QStringLiteral("time_range"), range},
                       {QStringLiteral("bbox"), box},
                       {QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("statistics"), statisticsName(statistics)}};
}
