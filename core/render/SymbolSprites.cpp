#include "render/SymbolSprites.h"

#include "render/MarkerShape.h"

#include <QPainter>
#include <cmath>

namespace {
// Bounded: zooming through many halo sizes must not grow the cache for ever.
constexpr int kMaxSprites = 2048;
constexpr qint64 kMaxSymbolBytes = 8 << 20;
constexpr qint64 kMaxHaloBytes = 16 << 20; // a 300 px halo is 1.4 MB

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
    halos_.clear();
    bytes_ = haloBytes_ = 0;
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
    return insert(key, make(radius, draw));
}

const QImage& SymbolSprites::insert(quint64 key, QImage image)
{
    // Halos are large and change size with every zoom step; they are evicted on their own, so
    // that zooming never throws away the small symbols every frame needs.
    const bool halo = (key >> 60) == 4;
    QHash<quint64, QImage>& cache = halo ? halos_ : cache_;
    qint64& bytes = halo ? haloBytes_ : bytes_;
    if (cache.size() >= kMaxSprites || bytes > (halo ? kMaxHaloBytes : kMaxSymbolBytes)) {
        cache.clear();
        bytes = 0;
    }
    bytes += image.sizeInBytes();
    return *cache.insert(key, std::move(image));
}

const QImage& SymbolSprites::dot(QColor fill, double radius, double rimWidth, bool hollow)
{
    const int q = int(std::lround(radius * 8));
    const quint64 key = keyOf(hollow ? 2 : 1, fill, q, int(std::lround(rimWidth * 8)));
    // The category's shape goes with its colour (Category::markerFor): the key has both.
    return cached(key, q / 8.0 * 1.35 + rimWidth, [=](QPainter& p, QPointF c, double) {
        p.setPen(QPen(QColor(255, 255, 255, 230), rimWidth));
        p.setBrush(fill);
        MarkerShape::draw(p, Category::markerFor(fill), c, q / 8.0);
        if (hollow) {
            p.setBrush(QColor(255, 255, 255, 200));
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, q / 8.0 * 0.4, q / 8.0 * 0.4);
        }
    });
}

const QImage& SymbolSprites::disc(QColor fill, double radius, double rimWidth)
{
    const int q = int(std::lround(radius)) * 4; // whole pixels: few sizes to make
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
    const quint64 key = keyOf(4, colour, q, 0);
    auto it = halos_.find(key);
    if (it != halos_.end()) return *it;
    // Written pixel by pixel: every zoom step needs new sizes, and a QRadialGradient fill costs
    // ~20 ns a pixel (7 ms for a 300 px halo). Here a table by squared distance (no square
    // roots) and one quadrant mirrored. Alpha falls linearly from 0.28 at the centre to 0.168
    // at 70 % of the radius and to nothing at the radius.
    constexpr int kSteps = 1024;
    QRgb table[kSteps + 1];
    for (int i = 0; i <= kSteps; ++i) {
        const double d = std::sqrt(double(i) / kSteps);
        const double a = d >= 1 ? 0 : d < 0.7 ? 0.28 - 0.112 * d / 0.7 : 0.168 * (1 - d) / 0.3;
        table[i] = qRgba(int(colour.red() * a + 0.5), int(colour.green() * a + 0.5),
                         int(colour.blue() * a + 0.5), int(255 * a + 0.5));
    }
    const double r = std::pow(1.02, q) * ratio_;
    const int half = int(std::ceil(r + 2 * ratio_));
    const int side = 2 * half;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    const double scale = kSteps / (r * r);
    for (int y = 0; y < half; ++y) {
        auto* top = reinterpret_cast<QRgb*>(image.scanLine(half - 1 - y));
        auto* bottom = reinterpret_cast<QRgb*>(image.scanLine(half + y));
        const double dy = y + 0.5;
        for (int x = 0; x < half; ++x) {
            const double dx = x + 0.5;
            const QRgb v = table[std::min(kSteps, int((dx * dx + dy * dy) * scale))];
            top[half - 1 - x] = top[half + x] = bottom[half - 1 - x] = bottom[half + x] = v;
        }
    }
    image.setDevicePixelRatio(ratio_);
    return insert(key, std::move(image));
}

void SymbolSprites::drawCentred(QPainter& painter, QPointF centre, const QImage& image)
{
    const QSizeF s = image.deviceIndependentSize();
    painter.drawImage(
        QPointF(std::round(centre.x() - s.width() / 2), std::round(centre.y() - s.height() / 2)),
        image);
}
