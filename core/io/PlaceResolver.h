#pragma once

#include "io/ImportReport.h"
#include "store/EventStore.h"

#include <QHash>
#include <QSet>

class Gazetteer;
struct Event;

// Positions for imported rows that name a place but have no coordinates: a location of that
// name in the project first (Writer::findLocation), then the gazetteer. Every placement, and
// every name with several candidates (not placed), goes into the report. Bounded caches.
class PlaceResolver {
  public:
    // `gazetteer` null: the bundled one, loaded only when a row needs it.
    explicit PlaceResolver(EventStore::Writer& writer, const Gazetteer* gazetteer = nullptr);

    // Gives `e` (a place name, no coordinate) a location when its name is found exactly once,
    // or when population settles it (Gazetteer::find). `lookup` is the name to look up in the
    // gazetteer when it differs from the place's name ("Mosul" for UCDP's "Mosul town").
    void place(Event& e, const QString& country, const QString& admin1, qint64 line,
               ImportReport& report, const QString& lookup = {});
    // A place name of the file seen before the import (CsvImporter's sample): when the
    // gazetteer knows it unambiguously, its country counts towards the file's dominant one.
    void learn(const QString& name, const QString& country, const QString& admin1);
    // Adds the warnings for rows left without a position, and the list of unplaced names.
    void finish(ImportReport& report) const;
    // Fills in the coordinates of placements on project locations, once the import is stored.
    static void fillProjectCoordinates(ImportReport& report, const EventStore& store);

    static constexpr qsizetype kMaxListed = 10'000; // report entries per list

  private:
    struct Outcome {
        qint64 locationId = 0; // 0: not placed
        double lat = 0, lon = 0;
        QString source, by;
        QString country; // of the place chosen (gazetteer), for the dominant country
        QList<ImportReport::Candidate> candidates; // several and none chosen: ambiguous
        QList<ImportReport::Candidate> over;       // chosen by population over these
    };
    Outcome resolve(const QString& name, const QString& lookup, const QString& country,
                    const QString& admin1);
    Outcome cached(const QString& name, const QString& lookup, const QString& country,
                   const QString& admin1);
    // The country of at least two thirds of the places counted (at least 3), else empty.
    QString dominantCountry() const;
    void unplaced(const QString& place, qint64 line, const QList<ImportReport::Candidate>& c);
    EventStore::Writer& writer_;
    const Gazetteer* gazetteer_;
    QHash<QString, Outcome> cache_;
    QSet<qint64> added_;
    QHash<QString, qint64> addedByPlace_;
    qint64 placed_ = 0, unknown_ = 0, ambiguous_ = 0, byPopulation_ = 0, byDominant_ = 0;
    QHash<QString, qint64> countries_; // placements per country
    qint64 counted_ = 0;
    bool learnt_ = false; // learn() was called: placements are not counted again
    QString usedDominant_;
    QHash<QString, qsizetype> unplacedAt_; // name → index in unplaced_
    QList<ImportReport::Unplaced> unplaced_;
};
