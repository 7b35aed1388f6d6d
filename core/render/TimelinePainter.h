#pragma once

#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "render/TimeAxis.h"
#include "render/TimeHistogram.h"
#include "time/TimeWindow.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <vector>

class QPainter;
class TimelineSprites;

// Everything the timeline draws, as plain data: the widget, export and tests fill one and get
// the same picture. Pointers may be null (nothing of that kind to draw).
struct TimelineScene {
    enum class Lanes : std::uint8_t { None, Category, Actor };

    TimeAxis axis;
    const EventColumns* columns = nullptr;
    // Rows hidden by the filters (categories, text): 0 = not drawn at all.
    const std::vector<std::uint8_t>* filtered = nullptr;
    // The window's visibility mask (EventFilter): events outside it are drawn faint.
    const std::vector<std::uint8_t>* inWindow = nullptr;
    const TimeHistogram::Bins* histogram = nullptr;
    double histogramScale = 0;          // the count at full height; 0 = the histogram's own maximum
    std::vector<QColor> colours;        // per category
    std::vector<QString> categoryNames; // lane titles
    Lanes lanes = Lanes::None;
    const EventActors* actors = nullptr; // for Lanes::Actor
    TimeWindow window;
    bool cumulative = false;
    std::vector<int> selection; // rows
    int hovered = -1;
    // Annotations with a validity span, drawn as coloured bands along the top.
    struct Mark {
        qint64 from = 0, to = 0;
        QColor colour;
        QString title;
    };
    const std::vector<Mark>* marks = nullptr;
    // Pre-rendered marks, kept by whoever paints repeatedly; null = plain shapes.
    TimelineSprites* sprites = nullptr;
};

// Draws a TimelineScene onto any QPainter, and answers what lies under a point. Pure: the
// result depends only on the scene and the size.
class TimelinePainter {
  public:
    struct Layout {
        QRectF header;    // the window's dates and its grip
        QRectF events;    // marks, bars and lanes
        QRectF histogram; // stacked density
        QRectF axis;      // ticks and labels
    };
    static Layout layout(QSizeF size);

    static void paint(QPainter& painter, const TimelineScene& scene, QSizeF size);
    // One event's mark in one lane (an event with two actors has two).
    struct Mark {
        int row;     // in the columns
        int lane;    // from the top
        QRectF rect; // a bar, or an instant's square
        bool bar;
    };
    // Every mark in view, in its lane, stacked into slots (rows of marks): exact dates from the
    // top, month- and year-only bars from the bottom around them; marks in a lane overlap only
    // when all its slots are taken there. Sorted by row. False (and no marks) when more than
    // kMaxMarks are in view: then only the histogram is drawn.
    static bool place(const TimelineScene& scene, QSizeF size, std::vector<Mark>& marks);
    // paint() in two layers, for TimelineCache: what does not depend on the window (background,
    // lanes, axis, histogram), then the rest over it (the placed marks, each faded by the
    // window's mask, or the "too many" note; the hover line, lane titles, annotation spans and
    // the window's brush). paintUnder then paintOver with place()'s result is paint().
    static void paintUnder(QPainter& painter, const TimelineScene& scene, QSizeF size);
    static void paintOver(QPainter& painter, const TimelineScene& scene, QSizeF size,
                          const std::vector<Mark>& marks, bool sparse);
    // The row under `point` (the one drawn on top), or -1.
    static int hitTest(const TimelineScene& scene, QSizeF size, QPointF point);
    // "10 Jun 2014 – 16 Jun 2014": the window with its end shown inclusively.
    static QString windowLabel(const TimeWindow& window);
    // "up to 16 Jun 2014": the plate in cumulative mode (its end shown inclusively).
    static QString cumulativeLabel(const TimeWindow& window);

    // With more events than this in view only the histogram is drawn.
    static constexpr int kMaxMarks = 6000;
    static constexpr int kMaxActorLanes = 12;
    static constexpr double kMinActorLaneHeight = 14; // room for the lane's title
};
