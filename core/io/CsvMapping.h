#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

class CsvHeader;

// How the columns of any CSV become event fields: a role per column, the date format, the
// delimiter, whether the first row is a header, and the encoding. Saved as JSON (the format is
// in docs/importing.md) for `tigris import --mapping` and by name in the app.
struct CsvMapping {
    enum class Role {
        Ignore,
        StartDate,
        EndDate,
        Latitude,
        Longitude,
        LatLon, // "36.34,43.13" in one column
        Place,
        Country,
        Admin1,
        Title,
        Description,
        Category,
        SubCategory,
        Actors,
        Fatalities,
        SourceName,
        SourceUrl,
        ExternalId,
        Precision,
        LonLat,   // "43.13,36.34" in one column (GeoJSON's order)
        WktPoint, // "POINT(43.13 36.34)"
        Year,     // a date split across columns: the year, and the month and day when given
        Month,
        Day,
    };
    static constexpr int kRoleCount = int(Role::Day) + 1;

    // A column is named by its header text, or (when `name` is empty) by its 0-based index.
    struct Column {
        QString name;
        int index = -1;
        Role role = Role::Ignore;
    };
    // The column index of each role in one file; -1 when no column has it.
    struct Columns {
        std::array<int, kRoleCount> at;
        Columns() { at.fill(-1); }
        int operator[](Role r) const { return at[std::size_t(r)]; }
    };

    QList<Column> columns;
    QString dateFormat = QStringLiteral("auto"); // or a DatePattern
    QString dateOrder = QStringLiteral("auto");  // numeric dates: auto, dmy, mdy or ymd
    char delimiter = 0;                          // 0: detected from the first line
    bool hasHeader = true;
    QString encoding = QStringLiteral("auto");
    QString layer; // a GIS file's layer (OgrImporter); empty: chosen as OgrImporter says

    static QString roleName(Role r); // "start_date", "lat_lon", ...
    static std::optional<Role> roleFromName(const QString& name);
    static QString roleLabel(Role r); // "Start date", for the dialog
    // The role a header name is recognised as (the aliases in docs/importing.md).
    static Role guessRole(const QString& headerName);
    // Every column of `header` with its guessed role, by name.
    static CsvMapping fromHeader(const CsvHeader& header);

    QJsonObject toJson() const;
    // Throws ImportError naming the fault (unknown role, bad delimiter or date format ...).
    static CsvMapping fromJson(const QJsonObject& json);
    static CsvMapping fromFile(const QString& path);
    void toFile(const QString& path) const; // throws ImportError when it cannot be written

    // Where each role is in a file whose header is `headerNames` (empty without a header).
    // Throws ImportError when a named column is missing, a role is given twice, or the
    // mapping lacks a start date (or a year). A mapping without a position imports events
    // without one (on the timeline and in the list, not the map).
    Columns resolve(const QStringList& headerNames) const;
};
