#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <functional>

class QPainter;

// Event symbols pre-rendered for raster devices. On the raster engine an antialiased ellipse
// with a pen costs 5–120 µs and a radial gradient ~150 µs; blitting a cached image costs
// under 1 µs, which is what lets a frame draw thousands of symbols. Vector devices (SVG, PDF)
// draw real shapes instead (see EventLayer). Sizes are in logical pixels; images are made at
// the device's pixel ratio.
class SymbolSprites {
  public:
    void setDevicePixelRatio(double ratio); // clears the cache when it changes

    // An event: a disc with a white rim; `hollow` adds the pale centre of an imprecise date.
    const QImage& dot(QColor fill, double radius, double rimWidth, bool hollow);
    // A cluster: a translucent disc with a white rim (the count is drawn over it).
    const QImage& disc(QColor fill, double radius, double rimWidth);
    // Location uncertainty: a soft disc fading out at `radius` (quantised to ~2 %).
    const QImage& halo(QColor colour, double radius);

    static void drawCentred(QPainter& painter, QPointF centre, const QImage& image);
    int size() const { return int(cache_.size() + halos_.size()); }

  private:
    QImage make(double radius, const std::function<void(QPainter&, QPointF, double)>& draw) const;
    const QImage& insert(quint64 key, QImage image);
    const QImage& cached(quint64 key, double radius,
                         const std::function<void(QPainter&, QPointF, double)>& draw);

    double ratio_ = 1;
    QHash<quint64, QImage> cache_, halos_;
    qint64 bytes_ = 0, haloBytes_ = 0;
};
