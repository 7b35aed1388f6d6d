#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QTransform>

class QPainter;

// How one event's mark looks on the timeline.
struct TimelineMarkLook {
    QColor colour; // the category's, opaque
    int alpha = 255;
    bool imprecise = false;   // hollow disc; hatched bar with an outline
    bool approximate = false; // dotted disc, dashed bar outline
    bool selected = false;    // black 2 px pen
};

// Timeline marks for raster devices at any scale. Qt's raster engine strokes pens wider than
// one device pixel through QStroker (30–150 µs a mark at ratio 1.2–2.4, with allocations);
// here instant marks are blitted from images made once per look and quarter-pixel phase,
// and bar outlines are filled as bands (dashes from a tiled texture). Without a cache (vector
// devices, rotated painters) TimelinePainter draws the shapes below directly.
class TimelineSprites {
  public:
    // Whether the painter can take sprites: a raster engine and a uniform scale of at least 1
    // with a translation. Clears the cache when the scale changes.
    bool begin(QPainter& painter);
    void drawInstant(QPainter& painter, const QRectF& rect, const TimelineMarkLook& look);
    void drawBarOutline(QPainter& painter, const QRectF& rect, const TimelineMarkLook& look);
    int size() const { return int(cache_.size()); }

    // The shapes themselves, in logical units.
    static void paintInstant(QPainter& painter, const QRectF& rect, const TimelineMarkLook& look);
    static void paintBarOutline(QPainter& painter, const QRectF& rect,
                                const TimelineMarkLook& look);

  private:
    const QImage& instantSprite(const QRectF& rect, const TimelineMarkLook& look, int qx, int qy,
                                int pad);
    const QImage& mask(int w8, int h8, int pad, double penWidth, bool dotted); // 0 = the fill
    const QImage& dashTexture(QRgb premultiplied, int qx, int qy, int rows);
    void dashedBand(QPainter& painter, double left, double right, double edgeY, double phase,
                    QRgb premultiplied);
    const QImage& insert(quint64 key, QImage image);

    double scale_ = 0;
    QTransform device_, toLogical_; // logical ↔ device pixels of the current painter
    QHash<quint64, QImage> cache_;
    QHash<quint64, QImage> masks_; // a few: one per size and pen
    qint64 bytes_ = 0;
};
