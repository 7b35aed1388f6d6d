#pragma once

#include <QString>
#include <QStringList>
#include <cmath>

// A named place: Mosul / Al-Mawsil / الموصل.
struct Location {
    qint64 id = 0; // 0 until stored
    QString name;
    QStringList altNames; // transliterations and native scripts
    double lat = std::nan("");
    double lon = std::nan("");
    QString kind; // "city", "town", "facility", "region", "prison", "oilfield", ...
    QString admin1;
    QString country;

    bool hasCoordinate() const { return !std::isnan(lat) && !std::isnan(lon); }
    bool operator==(const Location&) const = default;
};
