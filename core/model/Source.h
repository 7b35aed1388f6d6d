#pragma once

#include <QString>

// Where an event's account comes from: the outlet, a link, and the words quoted.
struct Source {
    QString name;
    QString url;
    QString quote;

    bool operator==(const Source&) const = default;
};
