#pragma once

#include "io/DateColumn.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

// How the date properties of GeoJSON features and of KML placemarks' ExtendedData are written,
// learnt over a sample of records (the first ones, and a spread of the rest: FeatureSample) as
// the CSV importer learns its columns, instead of value by value: each date property is a
// DateColumn (day/month order settled by any record, two-digit year window, epoch seconds or
// milliseconds by magnitude). When no property is named as a date, the first one whose every
// sampled value reads as a date holds them (CsvInference::holdsDates, the CSV rule).
class PropertyDates {
  public:
    // Property names (lower case) and their values as text, one record per feature.
    using Record = QList<QPair<QString, QString>>;

    // `names`: the properties that hold dates by their name (start and end), lower case.
    explicit PropertyDates(QStringList names) : names_(std::move(names)) {}

    // Learns from `sample`. `named`: the user's date property (`--date-property`, lower case;
    // learnt whatever its name); `order`: `--date-order`, which wins over the data;
    // `byValues`: look for a property of dates when no name says so.
    void learn(const std::vector<Record>& sample, const QString& named,
               std::optional<DateColumn::Order> order, bool byValues = true);
    // The property that holds the dates by its values, when no name said so; else empty.
    const QString& foundByValues() const { return found_; }
    // A date property's value read as its property was learnt; a property the sample did not
    // have is read as FieldParsers::date reads one value alone.
    std::optional<FuzzyDate> parse(const QString& property, const QString& text,
                                   QString* reason) const;
    // The message an import stops with when a date property's day/month order no record
    // settles (`where`: "property", "ExtendedData"); empty when nothing needs asking.
    QString question(const QString& where) const;
    // The report's guesses: "date_property", "date_order", "dates" and "notes".
    QJsonObject toJson() const;

  private:
    QStringList names_;
    std::map<QString, DateColumn> columns_; // the learnt date properties
    QString first_;                         // the first of them the sample had
    QString found_;
};
