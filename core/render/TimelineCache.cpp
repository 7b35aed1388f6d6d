#include "render/TimelineCache.h"

#include <QPaintEngine>
#include <QPainter>

bool TimelineCache::Key::operator==(const Key& o) const
{
    return axisFrom == o.axisFrom && axisTo == o.axisTo && axisWidth == o.axisWidth &&
           size == o.size && density == o.density && columns == o.columns && rows == o.rows &&
           columnData == o.columnData && filtered == o.filtered && lanes == o.lanes &&
           actors == o.actors && histogramScale == o.histogramScale && colours == o.colours &&
           categoryNames == o.categoryNames && hasHistogram == o.hasHistogram &&
           histogram.edges == o.histogram.edges && histogram.categories == o.histogram.categories &&
           histogram.counts == o.histogram.counts && histogram.maxTotal == o.histogram.maxTotal;
}

void TimelineCache::fill(Key& k, const TimelineScene& s, QSizeF size, double density)
{
    // Assigned member by member into a kept key: vectors reuse their buffers, so a step
    // allocates nothing.
    k.axisFrom = s.axis.from();
    k.axisTo = s.axis.to();
    k.axisWidth = s.axis.width();
    k.size = size;
    k.density = density;
    k.columns = s.columns;
    k.rows = s.columns ? s.columns->size() : 0;
    k.columnData = s.columns ? static_cast<const void*>(s.columns->lo.data()) : nullptr;
    k.filtered = s.filtered;
    k.lanes = s.lanes;
    k.actors = s.actors;
    k.histogramScale = s.histogramScale;
    k.colours.assign(s.colours.begin(), s.colours.end());
    k.categoryNames.assign(s.categoryNames.begin(), s.categoryNames.end());
    k.hasHistogram = s.histogram != nullptr;
    if (s.histogram) {
        k.histogram.edges.assign(s.histogram->edges.begin(), s.histogram->edges.end());
        k.histogram.categories = s.histogram->categories;
        k.histogram.counts.assign(s.histogram->counts.begin(), s.histogram->counts.end());
        k.histogram.maxTotal = s.histogram->maxTotal;
    } else {
        k.histogram.edges.clear();
        k.histogram.counts.clear();
        k.histogram.categories = 0;
        k.histogram.maxTotal = 0;
    }
}

void TimelineCache::paint(QPainter& painter, const TimelineScene& scene, QSizeF size)
{
    reused_ = false;
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster || !painter.transform().isIdentity()) {
        TimelinePainter::paint(painter, scene, size);
        return;
    }
    // At the device's density, as CachedLayer: a high-DPI widget paints logical pixels.
    const double density = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    fill(probe_, scene, size, density);
    if (valid_ && probe_ == key_) {
        reused_ = true;
    } else {
        std::swap(key_, probe_);
        const QSize pixels = (size * density).toSize();
        if (under_.size() != pixels) under_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        under_.setDevicePixelRatio(density);
        under_.fill(Qt::transparent);
        {
            QPainter p(&under_);
            p.setRenderHints(painter.renderHints());
            p.setFont(painter.font());
            TimelinePainter::paintUnder(p, scene, size);
        }
        sparse_ = TimelinePainter::place(scene, size, marks_);
        valid_ = true;
    }
    painter.drawImage(QPointF(0, 0), under_);
    TimelinePainter::paintOver(painter, scene, size, marks_, sparse_);
}
