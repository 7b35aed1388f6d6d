#include "model/GeoPrecision.h"

QString toString(GeoPrecision p)
{
    switch (p) {
    case GeoPrecision::Exact:
        return QStringLiteral("exact");
    case GeoPrecision::Near:
        return QStringLiteral("near");
    case GeoPrecision::Region:
        return QStringLiteral("region");
    }
    return QStringLiteral("exact");
}

std::optional<GeoPrecision> geoPrecisionFromString(const QString& s)
{
    const QString key = s.trimmed().toLower();
    if (key == QLatin1String("exact") || key == QLatin1String("1")) return GeoPrecision::Exact;
    if (key == QLatin1String("near") || key == QLatin1String("2")) return GeoPrecision::Near;
    if (key == QLatin1String("region") || key == QLatin1String("3")) return GeoPrecision::Region;
    return std::nullopt;
}

double uncertaintyRadiusMetres(GeoPrecision p)
{
    // ACLED: 2 = "near" a town, within its district (~15 km); 3 = only the province (~75 km).
    switch (p) {
    case GeoPrecision::Exact:
        return 0;
    case GeoPrecision::Near:
        return 15'000;
    case GeoPrecision::Region:
        return 75'000;
    }
    return 0;
}
