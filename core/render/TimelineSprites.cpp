#include "render/TimelineSprites.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

namespace {
// Bounded like SymbolSprites: graded alphas and zoom steps must not grow the cache for ever.
// Cumulative mode with 20 categories needs ~3,200 instant sprites (16 phases, 37 alphas); a
// cache smaller than a frame's needs would remake them every frame. 2.7 KB a sprite at 2.4.
constexpr int kMaxSprites = 8192;
constexpr qint64 kMaxBytes = 24 << 20;
constexpr double kEdge = 0.5; // half the outline's pen (1 logical pixel)
// Qt's DashLine: 4 on, 2 off, in pen widths, each dash with square caps of half a width.
constexpr double kDashPeriod = 6, kDashOn = 4;
constexpr int kSamples = 4; // a side of a pixel in the instants' coverage masks

// 255 (in the window) and 70 (outside) stay exact; graded alphas share 52 levels.
int quantisedAlpha(int alpha)
{
    return (std::clamp(alpha, 0, 255) + 2) / 5 * 5;
}

// Whole device pixel and quarter-pixel phase of a coordinate.
std::pair<int, int> split(double v)
{
    int whole = int(std::floor(v));
    int quarter = int(std::lround((v - whole) * 4));
    if (quarter == 4) {
        ++whole;
        quarter = 0;
    }
    return {whole, quarter};
}

QColor edgeColour(const TimelineMarkLook& look)
{
    QColor edge = look.colour.darker(130);
    edge.setAlpha(look.alpha);
    return edge;
}

// Length of [a, b) covered by the dashes of a pattern starting at 0 with this period (device px).
double dashCoverage(double a, double b, double period, double scale)
{
    double covered = 0;
    const double on0 = -kEdge * scale, on1 = (kDashOn + kEdge) * scale;
    for (double k = std::floor((a - on1) / period); k * period + on0 < b; ++k)
        covered += std::max(0.0, std::min(b, k * period + on1) - std::max(a, k * period + on0));
    return covered;
}
} // namespace

bool TimelineSprites::begin(QPainter& painter)
{
    const QPaintEngine* engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster) return false;
    const QTransform d = painter.deviceTransform();
    const double s = d.m11();
    if (d.type() > QTransform::TxScale || s < 1 || std::abs(d.m22() - s) > 1e-9 * s) return false;
    if (s != scale_) {
        scale_ = s;
        cache_.clear();
        masks_.clear();
        bytes_ = 0;
    }
    device_ = d;
    toLogical_ = d.inverted();
    return true;
}

void TimelineSprites::paintInstant(QPainter& p, const QRectF& rect, const TimelineMarkLook& look)
{
    QColor colour = look.colour;
    colour.setAlpha(look.alpha);
    p.setBrush(look.imprecise ? QBrush(Qt::white) : QBrush(colour));
    QPen pen(look.imprecise ? colour : colour.darker(140), look.imprecise ? 1.5 : 1);
    if (look.approximate) pen.setStyle(Qt::DotLine);
    p.setPen(look.selected ? QPen(Qt::black, 2) : pen);
    p.drawEllipse(rect);
}

void TimelineSprites::paintBarOutline(QPainter& p, const QRectF& rect, const TimelineMarkLook& look)
{
    QPen pen(edgeColour(look), 1);
    if (look.approximate) pen.setStyle(Qt::DashLine);
    p.setPen(look.selected ? QPen(Qt::black, 2) : pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
}

const QImage& TimelineSprites::insert(quint64 key, QImage image)
{
    if (cache_.size() >= kMaxSprites || bytes_ > kMaxBytes) {
        cache_.clear();
        bytes_ = 0;
    }
    bytes_ += image.sizeInBytes();
    return *cache_.insert(key, std::move(image));
}

const QImage& TimelineSprites::instantSprite(const QRectF& rect, const TimelineMarkLook& look,
                                             int qx, int qy, int pad)
{
    const int w8 = int(std::lround(rect.width() * 8)), h8 = int(std::lround(rect.height() * 8));
    const int alpha = quantisedAlpha(look.alpha);
    const quint64 key =
        (quint64(1) << 62) | (quint64(h8) << 47) | (quint64(w8) << 37) | (quint64(qy) << 35) |
        (quint64(qx) << 33) |
        (quint64(look.imprecise | look.approximate << 1 | look.selected << 2) << 30) |
        (quint64(alpha / 5) << 24) | (look.colour.rgb() & 0xFFFFFF);
    if (auto it = cache_.constFind(key); it != cache_.constEnd()) return *it;

    // Composed from coverage masks (fill, pen) drawn once per size and pen at 4x4 samples a
    // pixel: shifting a mask by a sample is a quarter-pixel phase, and composing costs ~10 µs
    // where drawing each sprite with its pen cost 25-140 µs. Qt draws the fill, then the pen
    // over it: the same source-over here.
    const int side = int(std::ceil(w8 / 8.0 * scale_)) + 2 * pad + 1;
    const int sideH = int(std::ceil(h8 / 8.0 * scale_)) + 2 * pad + 1;
    const double penWidth = look.selected ? 2 : look.imprecise ? 1.5 : 1;
    TimelineMarkLook quantised = look;
    quantised.alpha = alpha;
    if (penWidth * scale_ <= 1) {
        // Qt draws pens of a device pixel or less its own way (not by area): drawn the same
        // way here, and cheaply, since that is its fast path.
        QImage image(side, sideH, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.translate(pad + qx / 4.0, pad + qy / 4.0);
        p.scale(scale_, scale_);
        paintInstant(p, QRectF(0, 0, w8 / 8.0, h8 / 8.0), quantised);
        p.end();
        return insert(key, std::move(image));
    }
    const bool dotted = look.approximate && !look.selected;
    const QImage& fill = mask(w8, h8, pad, 0, false);
    const QImage& pen = mask(w8, h8, pad, penWidth, dotted);
    QColor penColour = look.colour;
    penColour.setAlpha(alpha);
    if (!look.imprecise) penColour = penColour.darker(140);
    if (look.selected) penColour = Qt::black;
    QColor fillColour = look.colour;
    fillColour.setAlpha(alpha);
    if (look.imprecise) fillColour = Qt::white;
    const auto premultiplied = [](QColor c) {
        const double a = c.alphaF();
        return std::array<double, 4>{c.redF() * a, c.greenF() * a, c.blueF() * a, a};
    };
    const auto pc = premultiplied(penColour), fc = premultiplied(fillColour);
    QImage image(side, sideH, QImage::Format_ARGB32_Premultiplied);
    const int mw = fill.width(), mh = fill.height();
    for (int y = 0; y < sideH; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            int cf = 0, cp = 0;
            for (int b = 0; b < kSamples; ++b) {
                const int my = kSamples * y - qy + b;
                if (my < 0 || my >= mh) continue;
                const uchar* f = fill.constScanLine(my);
                const uchar* q = pen.constScanLine(my);
                for (int a = 0; a < kSamples; ++a) {
                    const int mx = kSamples * x - qx + a;
                    if (mx < 0 || mx >= mw) continue;
                    cf += f[mx];
                    cp += q[mx];
                }
            }
            const double f = cf / (255.0 * kSamples * kSamples);
            const double q = cp / (255.0 * kSamples * kSamples);
            const double keep = f * (1 - pc[3] * q);
            const auto channel = [&](int k) { return int((pc[k] * q + fc[k] * keep) * 255 + 0.5); };
            line[x] = qRgba(channel(0), channel(1), channel(2), channel(3));
        }
    }
    return insert(key, std::move(image));
}

const QImage& TimelineSprites::mask(int w8, int h8, int pad, double penWidth, bool dotted)
{
    const quint64 key = (quint64(w8) << 32) | (quint64(h8) << 16) |
                        (quint64(std::lround(penWidth * 4)) << 4) | quint64(dotted);
    if (auto it = masks_.constFind(key); it != masks_.constEnd()) return *it;
    const int w = (int(std::ceil(w8 / 8.0 * scale_)) + 2 * pad + 1) * kSamples;
    const int h = (int(std::ceil(h8 / 8.0 * scale_)) + 2 * pad + 1) * kSamples;
    QImage image(w, h, QImage::Format_Alpha8);
    image.fill(0);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(pad * kSamples, pad * kSamples);
    p.scale(scale_ * kSamples, scale_ * kSamples);
    if (penWidth > 0) {
        QPen pen(Qt::black, penWidth);
        if (dotted) pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
    }
    p.drawEllipse(QRectF(0, 0, w8 / 8.0, h8 / 8.0));
    p.end();
    return *masks_.insert(key, std::move(image));
}

void TimelineSprites::drawInstant(QPainter& painter, const QRectF& rect,
                                  const TimelineMarkLook& look)
{
    if (rect.width() > 100 || rect.height() > 100) return paintInstant(painter, rect, look);
    const QPointF at = device_.map(rect.topLeft());
    const auto [ix, qx] = split(at.x());
    const auto [iy, qy] = split(at.y());
    const int pad = int(std::ceil(1.5 * scale_)) + 1; // the 2 px selection pen and antialiasing
    const QImage& sprite = instantSprite(rect, look, qx, qy, pad);
    // A target of exactly the sprite's size in device pixels: Qt blits it 1:1.
    painter.drawImage(
        toLogical_.mapRect(QRectF(ix - pad, iy - pad, sprite.width(), sprite.height())), sprite);
}

const QImage& TimelineSprites::dashTexture(QRgb premultiplied, int qx, int qy, int rows)
{
    const quint64 key = (quint64(2) << 62) | (quint64(qy) << 36) | (quint64(qx) << 34) |
                        (quint64(rows) << 40) | premultiplied;
    if (auto it = cache_.constFind(key); it != cache_.constEnd()) return *it;

    // A whole number of periods in (nearly) a whole number of pixels, so the tiles join.
    const double period = kDashPeriod * scale_;
    const auto miss = [&](int n) { return std::abs(n * period - std::round(n * period)); };
    int periods = 1;
    for (int n = 2; n <= 40 && miss(periods) >= 0.01; ++n)
        if (miss(n) < miss(periods)) periods = n;
    const int width = int(std::lround(periods * period));
    const double tilePeriod = double(width) / periods;
    const int height = 2 * rows + 1;
    // Band of the pen across, dashes along; coverage as area, as the rasteriser computes it.
    const double centre = rows + qy / 4.0, half = kEdge * scale_;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < height; ++y) {
        const double cy =
            std::max(0.0, std::min(y + 1.0, centre + half) - std::max(double(y), centre - half));
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double c = cy * dashCoverage(x - qx / 4.0, x + 1 - qx / 4.0, tilePeriod, scale_);
            line[x] =
                qRgba(int(qRed(premultiplied) * c + 0.5), int(qGreen(premultiplied) * c + 0.5),
                      int(qBlue(premultiplied) * c + 0.5), int(qAlpha(premultiplied) * c + 0.5));
        }
    }
    return insert(key, std::move(image));
}

void TimelineSprites::dashedBand(QPainter& painter, double left, double right, double edgeY,
                                 double phase, QRgb premultiplied)
{
    const auto [x0, qx] = split(phase);
    const auto [y0, qy] = split(edgeY);
    const int rows = int(std::ceil(kEdge * scale_)) + 1;
    QBrush brush(dashTexture(premultiplied, qx, qy, rows));
    // Texture pixel (0, 0) on device pixel (x0, y0 - rows): an untransformed, tiled fill.
    brush.setTransform(QTransform::fromTranslate(x0, y0 - rows) * toLogical_);
    const double from = std::floor(left), to = std::ceil(right);
    painter.fillRect(toLogical_.mapRect(QRectF(from, y0 - rows, to - from, 2 * rows + 1)), brush);
}

void TimelineSprites::drawBarOutline(QPainter& painter, const QRectF& r,
                                     const TimelineMarkLook& look)
{
    const double penWidth = look.selected ? 2 : 1;
    // One device pixel or less is Qt's own fast path, and a texture cannot be finer.
    if (penWidth * scale_ <= 1 || r.width() < 2 * penWidth || r.height() < 2 * penWidth)
        return paintBarOutline(painter, r, look);
    const double h = penWidth / 2;
    if (look.selected || !look.approximate) {
        // Four bands that do not overlap (translucent edges must not double up at corners).
        const QColor colour = look.selected ? QColor(Qt::black) : edgeColour(look);
        painter.fillRect(QRectF(r.left() - h, r.top() - h, r.width() + 2 * h, 2 * h), colour);
        painter.fillRect(QRectF(r.left() - h, r.bottom() - h, r.width() + 2 * h, 2 * h), colour);
        painter.fillRect(QRectF(r.left() - h, r.top() + h, 2 * h, r.height() - 2 * h), colour);
        painter.fillRect(QRectF(r.right() - h, r.top() + h, 2 * h, r.height() - 2 * h), colour);
        return;
    }
    // Dashed: the pattern runs clockwise from the top left corner, as QPainter::drawRect's path.
    // The textures are cached by colour: graded alphas share the instants' 52 levels.
    TimelineMarkLook quantised = look;
    quantised.alpha = quantisedAlpha(look.alpha);
    const QColor colour = edgeColour(quantised);
    const QRgb premultiplied = qPremultiply(colour.rgba());
    const double w = r.width(), ht = r.height(), s = scale_;
    const double left = device_.map(QPointF(r.left() - h, 0)).x();
    const double right = device_.map(QPointF(r.right() + h, 0)).x();
    const double xl = device_.map(QPointF(r.left(), 0)).x();
    const double xr = device_.map(QPointF(r.right(), 0)).x();
    dashedBand(painter, left, right, device_.map(QPointF(0, r.top())).y(), xl, premultiplied);
    // Along the bottom the pattern runs right to left; mirrored, it is the same pattern moved
    // by 2 widths (a dash is symmetric about 2 widths past its start).
    dashedBand(painter, left, right, device_.map(QPointF(0, r.bottom())).y(),
               xr + (w + ht) * s + 2 * s, premultiplied);
    // The short sides (between the corners, which the long bands cover): a few dashes.
    const auto side = [&](double from, double to, auto&& place) {
        for (double k = std::floor((from - kDashOn - h) / kDashPeriod); k * kDashPeriod - h < to;
             ++k) {
            const double a = std::max(from, k * kDashPeriod - h);
            const double b = std::min(to, k * kDashPeriod + kDashOn + h);
            if (b > a) place(a, b);
        }
    };
    side(w + h, w + ht - h, [&](double a, double b) {
        painter.fillRect(QRectF(r.right() - h, r.top() + a - w, 2 * h, b - a), colour);
    });
    side(2 * w + ht + h, 2 * w + 2 * ht - h, [&](double a, double b) {
        painter.fillRect(QRectF(r.left() - h, r.bottom() - (b - 2 * w - ht), 2 * h, b - a), colour);
    });
}
