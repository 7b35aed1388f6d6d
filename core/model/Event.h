#pragma once

#include "model/GeoPrecision.h"
#include "model/Source.h"
#include "time/DatePrecision.h"
#include "time/FuzzyDate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

// One dated event. Dates carry their precision; unknown fatalities are nullopt, never 0.
struct Event {
    qint64 id = 0;      // 0 until stored
    QString externalId; // round-trip key, e.g. ACLED event_id_cnty
    QString title;
    QString description;

    qint64 start = 0;          // UTC seconds, start of the start unit
    std::optional<qint64> end; // UTC seconds, start of the end unit (same precision)
    DatePrecision precision = DatePrecision::Day;
    bool approximate = false; // "around", "circa": the date itself is uncertain

    QString category;    // event type, e.g. "Battles"
    QString subCategory; // sub-event type, e.g. "Armed clash"
    QStringList actors;
    QStringList tags;
    std::optional<int> fatalities;

    std::optional<qint64> locationId; // a stored Location
    QString locationName;             // filled on read for display; on import, a place name
    double lat = std::nan("");        // the event's own coordinate (else the location's)
    double lon = std::nan("");
    GeoPrecision geoPrecision = GeoPrecision::Exact;

    QList<Source> sources;

    FuzzyDate startDate() const { return {start, precision}; }
    std::optional<FuzzyDate> endDate() const
    {
        return end ? std::optional<FuzzyDate>(FuzzyDate{*end, precision}) : std::nullopt;
    }
    // The span widened to the precision: [begin of start unit, end of end unit).
    qint64 spanBegin() const { return startDate().begin(); }
    qint64 spanEnd() const { return (end ? FuzzyDate{*end, precision} : startDate()).end(); }
    bool hasCoordinate() const { return !std::isnan(lat) && !std::isnan(lon); }
};
