#pragma once

#include "render/TimeAxisStep.h"

#include <QFontMetricsF>
#include <QString>
#include <vector>

// The timeline's view state: which span of UTC time is visible across how many pixels. A value
// type; the widget owns one and painters read it. Times are seconds (double inside, so zooming
// to minutes stays smooth) and every tick lies on an exact calendar boundary.
class TimeAxis {
  public:
    struct Tick {
        qint64 time = 0;
        double x = 0;
        QString label; // empty when the label was dropped to avoid a collision
    };
    // Minor ticks carry the fine labels ("Jun", "14:00"); major ticks the context ("2014",
    // "10 Jun 2014") on a second row. `pinned` is the context of the left edge, drawn at x = 0
    // when the major tick that introduces it is scrolled off to the left.
    struct Ticks {
        TimeAxisStep minorStep;
        TimeAxisStep majorStep;
        bool hasMajor = false;
        std::vector<Tick> minor;
        std::vector<Tick> major;
        Tick pinned;
    };

    TimeAxis() = default;
    TimeAxis(qint64 from, qint64 to, double widthPx);

    double from() const { return from_; }
    double to() const { return from_ + span_; }
    double span() const { return span_; }
    double width() const { return width_; }
    double secondsPerPixel() const { return span_ / width_; }

    double xOf(double t) const { return (t - from_) / span_ * width_; }
    double timeAt(double x) const { return from_ + x / width_ * span_; }

    void setWidth(double widthPx);           // keeps the left edge and the scale
    void setRange(double from, double to);   // clamped to [kMinSpan, kMaxSpan]
    void zoomAbout(double x, double factor); // factor > 1 zooms in; the time under x stays
    void panByPixels(double dx);             // positive dx moves the content right
    void centreOn(double t);

    // The finest calendar step whose labels fit without touching (labelGap pixels apart).
    Ticks ticks(const QFontMetricsF& metrics, double labelGap = 8) const;
    // The finest step of the ladder at least `minPixels` wide: histogram bins follow it.
    TimeAxisStep stepAtLeast(double minPixels) const;

    static constexpr double kMinSpan = 10 * 60.0;                 // ten minutes
    static constexpr double kMaxSpan = 2000 * 365.2425 * 86400.0; // two millennia
    static constexpr double kLabelPad = 3; // labels start this far right of their tick

  private:
    double from_ = 1388534400; // 2014
    double span_ = 365 * 86400.0;
    double width_ = 800;
};
