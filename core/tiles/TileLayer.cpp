#include "tiles/TileLayer.h"

#include "render/MapViewport.h"
#include "tiles/TileSource.h"

#include <QEventLoop>
#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace {
// Screen rectangle of a tile, its corners rounded to whole pixels so neighbours meet with no
// hairline gap at fractional zoom.
QRectF tileRect(const MapViewport& view, const TileKey& key)
{
    const double n = std::exp2(key.z);
    const QPointF a = view.toScreen(QPointF(key.x / n, key.y / n));
    const QPointF b = view.toScreen(QPointF((key.x + 1) / n, (key.y + 1) / n));
    return QRectF(QPointF(std::round(a.x()), std::round(a.y())),
                  QPointF(std::round(b.x()), std::round(b.y())));
}
} // namespace

TileLayer::TileLayer(TileSource* source) : source_(source) {}

QString TileLayer::attribution() const
{
    return source_ ? source_->attribution() : QString();
}

int TileLayer::tileZoom(const MapViewport& view)
{
    return static_cast<int>(std::lround(std::log2(view.worldSizePx() / 256.0)));
}

int TileLayer::loadTiles(const MapViewport& view, int timeoutMs)
{
    if (!source_) return 0;
    const int z = std::clamp(tileZoom(view), source_->minZoom(), source_->maxZoom());
    const std::vector<TileKey> keys = visibleTiles(view, z);
    auto missing = [&] {
        int n = 0;
        for (const TileKey& k : keys)
            n += source_->tile(k, false).isNull() ? 1 : 0;
        return n;
    };
    auto loading = [&] {
        return std::any_of(keys.begin(), keys.end(),
                           [&](const TileKey& k) { return source_->isLoading(k); });
    };
    for (const TileKey& k : keys)
        source_->tile(k, true);
    if (timeoutMs <= 0) return missing();
    QEventLoop loop;
    auto check = [&] {
        if (!loading()) loop.quit();
    };
    const auto ready = QObject::connect(source_, &TileSource::tileReady, &loop, check);
    const auto failed = QObject::connect(source_, &TileSource::tileFailed, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (loading()) loop.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return missing();
}

std::vector<TileKey> TileLayer::visibleTiles(const MapViewport& view, int z)
{
    std::vector<TileKey> keys;
    if (z < 0 || z > 30) return keys;
    const int n = 1 << z;
    const QRectF r = view.visibleWorldRect().normalized().intersected(QRectF(0, 0, 1, 1));
    if (r.isEmpty()) return keys;
    auto cell = [n](double v) { return std::clamp(static_cast<int>(std::floor(v * n)), 0, n - 1); };
    const int x0 = cell(r.left()), x1 = cell(std::nextafter(r.right(), 0.0));
    const int y0 = cell(r.top()), y1 = cell(std::nextafter(r.bottom(), 0.0));
    const qint64 count = qint64(x1 - x0 + 1) * (y1 - y0 + 1);
    if (count > kMaxTilesPerFrame) return keys;
    keys.reserve(static_cast<size_t>(count));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            keys.push_back({z, x, y});
    const QPointF c = view.centre() * n;
    auto distance = [c](const TileKey& k) {
        const double dx = k.x + 0.5 - c.x(), dy = k.y + 0.5 - c.y();
        return dx * dx + dy * dy;
    };
    std::sort(keys.begin(), keys.end(),
              [&](const TileKey& a, const TileKey& b) { return distance(a) < distance(b); });
    return keys;
}

void TileLayer::paint(QPainter& painter, const MapViewport& view)
{
    if (!source_) return;
    const int z = std::clamp(tileZoom(view), source_->minZoom(), source_->maxZoom());
    const std::vector<TileKey> keys = visibleTiles(view, z);

    painter.save();
    painter.setOpacity(painter.opacity() * opacity_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth_);
    wanted_.clear();
    for (const TileKey& key : keys) {
        wanted_.insert(key);
        const QImage image = source_->tile(key, true);
        if (!image.isNull())
            painter.drawImage(tileRect(view, key), image);
        else
            paintFallback(painter, view, key);
    }
    painter.restore();
    source_->retainOnly(wanted_);
}

bool TileLayer::paintFallback(QPainter& painter, const MapViewport& view, const TileKey& key)
{
    const QRectF target = tileRect(view, key);
    for (int levels = 1; levels <= std::min(kAncestorLevels, key.z); ++levels) {
        const TileKey parent = key.ancestor(levels);
        const QImage image = source_->tile(parent, false);
        if (image.isNull()) continue;
        // The part of the ancestor that covers `key`: a 1/2^levels square of it.
        const double side = image.width() / std::exp2(levels);
        const double sideY = image.height() / std::exp2(levels);
        const int mask = (1 << levels) - 1;
        const QRectF source((key.x & mask) * side, (key.y & mask) * sideY, side, sideY);
        painter.drawImage(target, image, source);
        return true;
    }
    // Zooming out: the children from the previous zoom are likely still in memory.
    bool any = false;
    for (int i = 0; i < 4; ++i) {
        const TileKey child{key.z + 1, 2 * key.x + (i & 1), 2 * key.y + (i >> 1)};
        const QImage image = source_->tile(child, false);
        if (image.isNull()) continue;
        painter.drawImage(tileRect(view, child), image);
        any = true;
    }
    return any;
}
