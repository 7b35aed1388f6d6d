#include "io/EventJson.h"

#include "io/CsvFormula.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}
QString sourceNames(const Event& e)
{
    QStringList names;
    for (const auto& s : e.sources)
        names << s.name;
    return names.join(QStringLiteral("; "));
}
QString sourceUrls(const Event& e)
{
    QStringList urls;
    for (const auto& s : e.sources)
        if (!s.url.isEmpty()) urls << s.url;
    return urls.join(QStringLiteral(" "));
}
} // namespace

namespace EventJson {

QJsonObject toJson(const Event& e)
{
    QJsonArray sources;
    for (const auto& s : e.sources) {
        QJsonObject o{{QStringLiteral("name"), s.name}};
        if (!s.url.isEmpty()) o.insert(QStringLiteral("url"), s.url);
        if (!s.quote.isEmpty()) o.insert(QStringLiteral("quote"), s.quote);
        sources.append(o);
    }
    const auto end = e.endDate();
    QJsonObject attributes; // for reading; the order is EventExport's business
    for (const auto& [name, value] : e.attributes)
        if (!attributes.contains(name)) attributes.insert(name, value);
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("external_id"),
         e.externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.externalId)},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("start"), e.startDate().toIso()},
        {QStringLiteral("end"), end ? QJsonValue(end->toIso()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("precision"), toString(e.precision)},
        {QStringLiteral("approximate"), e.approximate},
        {QStringLiteral("lat"), orNull(e.lat)},
        {QStringLiteral("lon"), orNull(e.lon)},
        {QStringLiteral("geo_precision"), toString(e.geoPrecision)},
        {QStringLiteral("location"),
         e.locationName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.locationName)},
        {QStringLiteral("category"), e.category},
        {QStringLiteral("sub_category"), e.subCategory},
        {QStringLiteral("actors"), QJsonArray::fromStringList(e.actors)},
        {QStringLiteral("fatalities"),
         e.fatalities ? QJsonValue(*e.fatalities) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sources"), sources},
    };
    if (e.titleDerived) o.insert(QStringLiteral("title_derived"), true);
    if (e.openStart || e.openEnd)
        o.insert(QStringLiteral("open"),
                 e.openStart ? QStringLiteral("start") : QStringLiteral("end"));
    if (!attributes.isEmpty()) o.insert(QStringLiteral("attributes"), attributes);
    return o;
}

QStringList csvHeader()
{
    return {QStringLiteral("id"),       QStringLiteral("title"),      QStringLiteral("start"),
            QStringLiteral("end"),      QStringLiteral("precision"),  QStringLiteral("approximate"),
            QStringLiteral("lat"),      QStringLiteral("lon"),        QStringLiteral("location"),
            QStringLiteral("category"), QStringLiteral("actors"),     QStringLiteral("fatalities"),
            QStringLiteral("sources"),  QStringLiteral("source_urls")};
}

QStringList csvRow(const Event& e)
{
    const auto end = e.endDate();
    return {QString::number(e.id),
            e.title,
            e.startDate().toIso(),
            end ? end->toIso() : QString(),
            toString(e.precision),
            e.approximate ? QStringLiteral("true") : QStringLiteral("false"),
            std::isnan(e.lat) ? QString() : QString::number(e.lat, 'f', 6),
            std::isnan(e.lon) ? QString() : QString::number(e.lon, 'f', 6),
            e.locationName,
            e.category,
            e.actors.join(QStringLiteral("; ")),
            e.fatalities ? QString::number(*e.fatalities) : QString(),
            sourceNames(e),
            sourceUrls(e)};
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& cell : fields) {
        const QString f = CsvFormula::guarded(cell); // read as text by spreadsheets
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
            f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')))
            quoted << QLatin1Char('"') +
                          QString(f).replace(QLatin1String("\""), QLatin1String("\"\"")) +
                          QLatin1Char('"');
        else
            quoted << f;
    }
    return quoted.join(QLatin1Char(','));
}

} // namespace EventJson
