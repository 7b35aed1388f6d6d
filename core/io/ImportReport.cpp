#include "io/ImportReport.h"

#include <QJsonArray>

QJsonObject ImportReport::toJson() const
{
    QJsonArray rows;
    for (const auto& r : rejected)
        rows.append(
            QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    QJsonObject o{{QStringLiteral("imported"), imported},
                  {QStringLiteral("rejected"), rows},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("valid"), valid}};
    if (annotations > 0) o.insert(QStringLiteral("annotations"), annotations);
    if (!geocoded.isEmpty()) {
        QJsonArray list;
        for (const auto& g : geocoded)
            list.append(QJsonObject{{QStringLiteral("line"), g.line},
                                    {QStringLiteral("place"), g.place},
                                    {QStringLiteral("lat"), g.lat},
                                    {QStringLiteral("lon"), g.lon},
                                    {QStringLiteral("source"), g.source},
                                    {QStringLiteral("by"), g.by}});
        o.insert(QStringLiteral("geocoded"), list);
    }
    if (!ambiguous.isEmpty()) {
        QJsonArray list;
        for (const auto& a : ambiguous) {
            QJsonArray candidates;
            for (const auto& c : a.candidates)
                candidates.append(QJsonObject{{QStringLiteral("name"), c.name},
                                              {QStringLiteral("admin1"), c.admin1},
                                              {QStringLiteral("country"), c.country},
                                              {QStringLiteral("lat"), c.lat},
                                              {QStringLiteral("lon"), c.lon}});
            list.append(QJsonObject{{QStringLiteral("line"), a.line},
                                    {QStringLiteral("place"), a.place},
                                    {QStringLiteral("candidates"), candidates}});
        }
        o.insert(QStringLiteral("ambiguous"), list);
    }
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
