#pragma once

#include "model/GeoPrecision.h"
#include "model/Source.h"
#include "time/DatePrecision.h"
#include "time/FuzzyDate.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

// A source field that has no role in Tigris (a CSV column, a GeoJSON property, KML
// ExtendedData): kept as name → value, in the source's order, so that nothing is dropped.
using EventAttribute = QPair<QString, QString>;
using EventAttributes = QList<EventAttribute>;

// One dated event. Dates carry their precision; unknown fatalities are nullopt, never 0.
struct Event {
    qint64 id = 0;      // 0 until stored
    QString externalId; // round-trip key, e.g. ACLED event_id_cnty
    QString title;
    bool titleDerived = false; // the source had none: made from place, category and date
    QString description;

    qint64 start = 0;          // UTC seconds, start of the start unit
    std::optional<qint64> end; // UTC seconds, start of the end unit (same precision)
    DatePrecision precision = DatePrecision::Day;
    bool approximate = false; // "around", "circa": the date itself is uncertain
    // A span known on one side only (KML's <TimeSpan> with <begin> or <end> alone): `start` is
    // the known side, and the span is that unit; nothing is assumed about the open side
    // (docs/time.md). The timeline draws it open.
    bool openStart = false; // began at an unknown time, ended at `start`'s unit
    bool openEnd = false;   // began at `start`'s unit, end unknown

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
    EventAttributes attributes; // empty values are not kept

    QString attribute(const QString& name) const
    {
        for (const auto& a : attributes)
            if (a.first == name) return a.second;
        return {};
    }

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
