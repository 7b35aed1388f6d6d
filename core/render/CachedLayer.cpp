#include "render/CachedLayer.h"

#include "render/MapViewport.h"

#include <QPaintEngine>
#include <QPainter>

bool CachedLayer::opaque(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        QRgb all = 0xff000000u;
        for (int x = 0; x < image.width(); ++x)
            all &= row[x];
        if ((all >> 24) != 0xff) return false;
    }
    return true;
}

void CachedLayer::paint(QPainter& painter, const MapViewport& view)
{
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster || !painter.transform().isIdentity()) {
        inner_.paint(painter, view);
        return;
    }
    // A widget on a high-DPI screen paints in logical pixels onto a device twice as dense:
    // the copy is made at the device's density, or it would be blurred.
    const double density = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (cache_.isNull() || view.centre() != centre_ || view.zoom() != zoom_ ||
        view.size() != size_ || view.pixelRatio() != ratio_ ||
        cache_.devicePixelRatio() != density) {
        const QSize pixels = (view.size() * density).toSize();
        if (cache_.size() != pixels)
            cache_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        else
            cache_.reinterpretAsFormat(QImage::Format_ARGB32_Premultiplied); // was opaque
        cache_.setDevicePixelRatio(density);
        cache_.fill(Qt::transparent);
        {
            QPainter p(&cache_);
            p.setRenderHints(painter.renderHints());
            p.setFont(painter.font());
            inner_.paint(p, view);
        }
        // A layer that covers the whole view (the basemap's sea) is copied, not blended: the
        // same pixels, and a 1080p step saves a millisecond of per-pixel blending.
        if (opaque(cache_)) cache_.reinterpretAsFormat(QImage::Format_RGB32);
        centre_ = view.centre();
        zoom_ = view.zoom();
        size_ = view.size();
        ratio_ = view.pixelRatio();
    }
    painter.drawImage(QPointF(0, 0), cache_);
}

void CachedLayer::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer)
{
    inner_.paintLabels(painter, view, placer);
}
