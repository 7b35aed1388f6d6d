#pragma once

#include <QColor>
#include <QString>

// An event type with its display colour. The colour is stored with the project; a new category
// gets a colour derived from its name so it is the same on every run and every machine.
struct Category {
    qint64 id = 0;
    QString name;
    QColor colour;

    static QColor defaultColourFor(const QString& name);
    bool operator==(const Category&) const = default;
};
