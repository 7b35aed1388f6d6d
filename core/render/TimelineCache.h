#pragma once

#include "render/TimelinePainter.h"

#include <QImage>
#include <QSizeF>
#include <vector>

class QPainter;

// What a timeline's picture keeps between frames that differ only in the window, its mask,
// the selection or the hover (a scrub or playback step): the layer under the marks (background,
// lanes, axis, histogram) as an image, and the marks' placement. A step then copies the layer
// and draws the marks, faded by the new mask, and the brush over it: about a tenth of a full
// repaint at 1M events. Pixel for pixel the same as TimelinePainter::paint on a raster device;
// other devices (SVG, PDF, a transformed painter) get paint() itself.
// The scene's plain values are compared on every paint (axis, size, histogram, colours, lanes,
// pointers); what changes in place behind a pointer (columns reloaded, a row filter refilled,
// actors) needs invalidate().
class TimelineCache {
  public:
    void paint(QPainter& painter, const TimelineScene& scene, QSizeF size);
    void invalidate() { valid_ = false; }
    bool lastPaintReused() const { return reused_; } // for tests and benchmarks

  private:
    struct Key {
        double axisFrom = 0, axisTo = 0, axisWidth = 0;
        QSizeF size;
        double density = 0;
        const EventColumns* columns = nullptr;
        std::size_t rows = 0;
        const void* columnData = nullptr;
        const std::vector<std::uint8_t>* filtered = nullptr;
        TimelineScene::Lanes lanes = TimelineScene::Lanes::None;
        const EventActors* actors = nullptr;
        double histogramScale = 0;
        std::vector<QColor> colours;
        std::vector<QString> categoryNames;
        bool hasHistogram = false;
        TimeHistogram::Bins histogram;
        bool operator==(const Key&) const;
    };
    static void fill(Key& key, const TimelineScene& scene, QSizeF size, double density);

    Key key_, probe_;
    QImage under_;
    std::vector<TimelinePainter::Mark> marks_;
    bool sparse_ = true;
    bool valid_ = false, reused_ = false;
};
