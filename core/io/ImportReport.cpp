#include "io/ImportReport.h"

#include <QJsonArray>

namespace {
QJsonArray toJson(const QList<ImportReport::Candidate>& candidates)
{
    QJsonArray out;
    for (const auto& c : candidates) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("admin1"), c.admin1},
                      {QStringLiteral("country"), c.country},
                      {QStringLiteral("lat"), c.lat},
                      {QStringLiteral("lon"), c.lon}};
        if (c.population > 0) o.insert(QStringLiteral("population"), qint64(c.population));
        out.append(o);
    }
    return out;
}
} // namespace

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
    if (source > 0) o.insert(QStringLiteral("source"), source);
    if (replacedSource > 0) o.insert(QStringLiteral("replaced_source"), replacedSource);
    if (skippedAsSource > 0) o.insert(QStringLiteral("skipped_as_source"), skippedAsSource);
    if (!geocoded.isEmpty()) {
        QJsonArray list;
        for (const auto& g : geocoded) {
            QJsonObject p{{QStringLiteral("line"), g.line},     {QStringLiteral("place"), g.place},
                          {QStringLiteral("lat"), g.lat},       {QStringLiteral("lon"), g.lon},
                          {QStringLiteral("source"), g.source}, {QStringLiteral("by"), g.by}};
            if (!g.over.isEmpty()) p.insert(QStringLiteral("over"), ::toJson(g.over));
            list.append(p);
        }
        o.insert(QStringLiteral("geocoded"), list);
    }
    if (!ambiguous.isEmpty()) {
        QJsonArray list;
        for (const auto& a : ambiguous)
            list.append(QJsonObject{{QStringLiteral("line"), a.line},
                                    {QStringLiteral("place"), a.place},
                                    {QStringLiteral("candidates"), ::toJson(a.candidates)}});
        o.insert(QStringLiteral("ambiguous"), list);
    }
    if (!unplaced.isEmpty()) {
        QJsonArray list;
        for (const auto& u : unplaced)
            list.append(QJsonObject{{QStringLiteral("place"), u.place},
                                    {QStringLiteral("rows"), u.rows},
                                    {QStringLiteral("first_line"), u.firstLine},
                                    {QStringLiteral("candidates"), ::toJson(u.candidates)}});
        o.insert(QStringLiteral("unplaced"), list);
    }
    if (!guesses.isEmpty()) o.insert(QStringLiteral("guesses"), guesses);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
