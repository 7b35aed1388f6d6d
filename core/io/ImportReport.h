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
    qint64 imported = 0;
    qint64 annotations = 0; // lines, areas and undated places stored as annotations (KML)
    QList<Rejection> rejected;
    QString format;   // "csv", "acled", "geojson", ...
    QString encoding; // of the source, as detected or named: "utf-8", "windows-1256", ...
    qint64 valid = 0; // rows read without fault; more than `imported` when they were not kept
    QStringList warnings;

    QJsonObject toJson() const;
};
