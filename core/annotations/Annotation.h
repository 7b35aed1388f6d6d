#pragma once

#include "time/TimeWindow.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <limits>
#include <optional>

// A user's note on the map: a pin, a line (a front) or a polygon (an area of control), with a
// title, a plain-text note, a colour, and optionally a validity span during which it shows.
struct Annotation {
    enum class Kind { Point, Polyline, Polygon };

    qint64 id = 0; // 0 until stored
    Kind kind = Kind::Point;
    QString title;
    QString note; // plain text; shown as text, never as HTML
    QColor colour{0xd6, 0x27, 0x28};
    QString marker = QStringLiteral("pin");
    QList<QPointF> vertices;                  // x = longitude, y = latitude; one for a point
    std::optional<qint64> validFrom, validTo; // UTC seconds, [from, to); none = always
    std::optional<qint64> locationId, eventId;
    // On a server project, the row's version when read: an edit applies only to that version
    // (optimistic locking; AnnotationStore throws EditConflict otherwise). Always 0 in a file.
    int version = 0;

    // Shown when its span overlaps the window (the events' overlap rule). A missing end means
    // "from then on", a missing start "until then", neither "always".
    bool visibleIn(const TimeWindow& window) const
    {
        return window.overlaps(validFrom.value_or(std::numeric_limits<qint64>::min()),
                               validTo.value_or(std::numeric_limits<qint64>::max()));
    }
    bool operator==(const Annotation&) const = default;
};

QString toString(Annotation::Kind kind); // "point", "polyline", "polygon"
std::optional<Annotation::Kind> annotationKindFromString(const QString& s);
