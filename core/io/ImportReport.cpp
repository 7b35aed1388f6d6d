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
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
