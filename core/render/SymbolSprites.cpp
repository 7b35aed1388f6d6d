#include "render/SymbolSprites.h"

#include <QPainter>
#include <QRadialGradient>
#include <cmath>

namespace {
// Bounded: zooming through many halo sizes must not grow the cache for ever.
constexpr int kMaxSprites = 512;
constexpr qint64 kMaxBytes = 24 << 20;

quint64 keyOf(int kind, QColor c, int quantisedRadius, int extra)
{
    return (quint64(kind) << 60) | (quint64(extra & 0xFFF) << 48) |
           (quint64(quantisedRadius & 0xFFFF) << 32) | quint64(c.rgba());
}
} // namespace

void SymbolSprites::setDevicePixelRatio(double ratio)
{
    if (ratio == ratio_) return;
    ratio_ = ratio;
    cache_.clear();
    bytes_ = 0;
}

QImage SymbolSprites::make(double radius,
                           const std::function<void(QPainter&, QPointF, double)>& draw) const
{
    const int side = int(std::ceil((2 * radius + 4) * ratio_));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(ratio_);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const double logicalSide = side / ratio_;
    draw(p, QPointF(logicalSide / 2, logicalSide / 2), radius);
    return image;
}

const QImage& SymbolSprites::cached(quint64 key, double radius,
                                    const std::function<void(QPainter&, QPointF, double)>& draw)
{
    auto it = cache_.find(key);
    if (it != cache_.end()) return *it;
    if (cache_.size() >= kMaxSprites || bytes_ > kMaxBytes) {
        cache_.clear();
        bytes_ = 0;
    }
    QImage image = make(radius, draw);
    bytes_ += image.sizeInBytes();
    return *cache_.insert(key, std::move(image));
}

const QImage& SymbolSprites::dot(QColor fill, double radius, double rimWidth, bool hollow)
{
    const int q = int(std::lround(radius * 8));
    const quint64 key = keyOf(hollow ? 2 : 1, fill, q, int(std::lround(rimWidth * 8)));
    return cached(key, q / 8.0 + rimWidth, [=](QPainter& p, QPointF c, double) {
        p.setPen(QPen(QColor(255, 255, 255, 230), rimWidth));
        p.setBrush(fill);
        p.drawEllipse(c, q / 8.0, q / 8.0);
        if (hollow) {
            p.setBrush(QColor(255, 255, 255, 200));
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, q / 8.0 * 0.4, q / 8.0 * 0.4);
        }
    });
}

const QImage& SymbolSprites::disc(QColor fill, double radius, double rimWidth)
{
    const int q = int(std::lround(radius * 4));
    const quint64 key = keyOf(3, fill, q, int(std::lround(rimWidth * 8)));
    return cached(key, q / 4.0 + rimWidth, [=](QPainter& p, QPointF c, double) {
        p.setPen(QPen(Qt::white, rimWidth));
        p.setBrush(fill);
        p.drawEllipse(c, q / 4.0, q / 4.0);
    });
}

const QImage& SymbolSprites::halo(QColor colour, double radius)
{
    // Radii on a 2 % geometric scale: the halos of one zoom level share a handful of images.
    const int q = int(std::lround(std::log(std::max(radius, 1.0)) / std::log(1.02)));
    const double r = std::pow(1.02, q);
    return cached(keyOf(4, colour, q, 0), r, [=](QPainter& p, QPointF c, double) {
        QRadialGradient g(c, r);
        QColor inner = colour, mid = colour, outer = colour;
        inner.setAlphaF(0.28);
        mid.setAlphaF(0.28 * 0.6);
        outer.setAlphaF(0);
        g.setColorAt(0, inner);
        g.setColorAt(0.7, mid);
        g.setColorAt(1, outer);
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawEllipse(c, r, r);
    });
}

void SymbolSprites::drawCentred(QPainter& painter, QPointF centre, const QImage& image)
{
    const QSizeF s = image.deviceIndependentSize();
    painter.drawImage(
        QPointF(std::round(centre.x() - s.width() / 2), std::round(centre.y() - s.height() / 2)),
        image);
}
