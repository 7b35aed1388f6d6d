#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// What an import did, as `tigris import` prints it: every rejected row with its line and reason.
struct ImportReport {
    struct Rejection {
        qint64 line = 0; // 1-based physical line in the source where the record starts
        QString reason;
    };
    struct Candidate {
        QString name, admin1, country;
        double lat = 0, lon = 0;
        quint32 population = 0; // 0: unknown
    };
    // A row placed by its place name (PlaceResolver): source "project" or "gazetteer"; `by`
    // says what matched ("name, country, admin1"), and ends in "population" when the largest
    // candidate was chosen over the others, which are then listed in `over`.
    struct Placement {
        qint64 line = 0;
        QString place;
        double lat = 0, lon = 0;
        QString source, by;
        qint64 locationId = 0;
        QList<Candidate> over;
    };
    struct Ambiguity { // a place name with several candidates: the row is not placed
        qint64 line = 0;
        QString place;
        QList<Candidate> candidates; // largest first
    };
    // A place name left unplaced, once however many rows name it: unknown (no candidates) or
    // ambiguous (the candidates).
    struct Unplaced {
        QString place;
        qint64 rows = 0;
        qint64 firstLine = 0;
        QList<Candidate> candidates;
    };
    qint64 imported = 0;
    qint64 annotations = 0; // lines, areas and undated places stored as annotations (KML)
    QList<Rejection> rejected;
    QString format;   // "csv", "acled", "geojson", ...
    QString encoding; // of the source, as detected or named: "utf-8", "windows-1256", ...
    qint64 valid = 0; // rows read without fault; more than `imported` when they were not kept
    QStringList warnings;
    QList<Placement> geocoded;
    QList<Ambiguity> ambiguous;
    // The project source this import was recorded as (ImportSources), 0 when nothing was
    // written; the earlier source it replaced, or the one it was skipped for (IfExists).
    qint64 source = 0;
    qint64 replacedSource = 0;
    qint64 skippedAsSource = 0;
    QList<Unplaced> unplaced;
    // Every guess made before writing (columns' roles, date order, two-digit year window,
    // encoding and its confidence), as the JSON report shows them.
    QJsonObject guesses;

    QJsonObject toJson() const;
};
