#include "io/PropertyDates.h"

#include "io/CsvInference.h"
#include "io/FieldParsers.h"

#include <QJsonArray>

void PropertyDates::learn(const std::vector<Record>& sample, const QString& named,
                          std::optional<DateColumn::Order> order, bool byValues)
{
    // The properties in the order first met (a JSON object sorts its keys, so for GeoJSON
    // that is alphabetical), and whether one of the names was among them.
    QStringList seen;
    for (const Record& r : sample)
        for (const auto& [name, value] : r)
            if (!value.isEmpty() && !seen.contains(name)) seen << name;
    QStringList learnt = names_;
    if (!named.isEmpty()) learnt.prepend(named);
    for (const QString& n : learnt)
        if (seen.contains(n)) {
            first_ = n;
            break;
        }
    if (first_.isEmpty() && byValues) {
        for (const QString& n : seen) {
            QStringList values;
            for (const Record& r : sample)
                for (const auto& [name, value] : r)
                    if (name == n) values << value;
            if (CsvInference::holdsDates(n, values)) {
                found_ = first_ = n;
                learnt << n;
                break;
            }
        }
    }
    for (const QString& n : learnt) {
        if (!seen.contains(n) || columns_.count(n)) continue;
        DateColumn& column = columns_[n];
        for (const Record& r : sample)
            for (const auto& [name, value] : r)
                if (name == n) column.observe(value);
        column.settle();
        if (order) column.setOrder(*order);
    }
}

std::optional<FuzzyDate> PropertyDates::parse(const QString& property, const QString& text,
                                              QString* reason) const
{
    const auto it = columns_.find(property);
    return it == columns_.end() ? FieldParsers::date(text, reason) : it->second.parse(text, reason);
}

QString PropertyDates::question(const QString& where) const
{
    for (const auto& [name, column] : columns_)
        if (column.ambiguous())
            return QStringLiteral("the dates in %1 '%2' read day-first or month-first alike (no "
                                  "record has a day over 12): choose with --date-order dmy or "
                                  "--date-order mdy")
                .arg(where, name);
    return {};
}

QJsonObject PropertyDates::toJson() const
{
    QJsonObject o;
    QStringList notes;
    if (!found_.isEmpty())
        notes << QStringLiteral("'%1' holds the dates (found by its values)").arg(found_);
    for (const auto& [name, column] : columns_)
        if (const QString d = column.describe(); !d.isEmpty())
            notes << QStringLiteral("dates in '%1': %2").arg(name, d);
    if (const auto it = columns_.find(first_); it != columns_.end()) {
        o.insert(QStringLiteral("date_property"), first_);
        o.insert(QStringLiteral("date_order"), DateColumn::orderName(it->second.order()));
        if (const QString d = it->second.describe(); !d.isEmpty())
            o.insert(QStringLiteral("dates"), d);
    }
    if (!notes.isEmpty()) o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}
