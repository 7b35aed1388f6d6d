#include "render/EventLayer.h"

#include "geo/WebMercator.h"
#include "model/GeoPrecision.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QPainter>
#include <QRadialGradient>
#include <algorithm>
#include <cmath>
#include <thread>

namespace {
constexpr int kMaxCategories = 32;
constexpr double kCellPx = 56;
} // namespace

void EventLayer::drawEvent(QPainter& painter, const MapViewport& view, std::size_t i, double radius)
{
    const EventColumns& c = *columns_;
    const QPointF p = view.toScreen(QPointF(c.x[i], c.y[i]));
    QColor colour =
        c.category[i] < colours_.size() ? colours_[c.category[i]] : QColor(Qt::darkGray);
    const double alpha = visible_ ? (*visible_)[i] / 255.0 : 1.0;
    const auto geo = static_cast<GeoPrecision>(c.geoPrecision[i]);
    if (geo != GeoPrecision::Exact) {
        // The place is only known to within a radius: a soft halo of that size, not a pin.
        const double lat = WebMercator::unproject(QPointF(c.x[i], c.y[i])).latitude();
        const double r = uncertaintyRadiusMetres(geo) /
                         WebMercator::metresPerPixel(lat, view.zoom()) * view.pixelRatio();
        const double diagonal = std::hypot(view.size().width(), view.size().height());
        if (r > 2 * diagonal || (r > 300 * view.pixelRatio() && drawnEvents_ > kMaxRings)) {
            // The whole view lies within the uncertainty, or hundreds of screen-sized rings
            // would only hide the map: the hollow symbol alone says "imprecise".
        } else if (r > 300 * view.pixelRatio()) {
            // Zoomed far in, a gradient the size of the screen costs a whole frame: a faint
            // ring of the same radius says the same thing.
            QColor ring = colour;
            ring.setAlphaF(0.5 * alpha);
            painter.setPen(QPen(ring, 1.2 * view.pixelRatio()));
            painter.setBrush(Qt::NoBrush);
            // Antialiasing a ring thousands of pixels round costs more than the whole map.
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.drawEllipse(p, r, r);
            painter.setRenderHint(QPainter::Antialiasing, true);
        } else if (r > radius * 1.5) {
            QRadialGradient g(p, r);
            QColor inner = colour, outer = colour;
            inner.setAlphaF(0.28 * alpha);
            outer.setAlphaF(0.0);
            g.setColorAt(0, inner);
            g.setColorAt(
                0.7, QColor(inner.red(), inner.green(), inner.blue(), int(inner.alpha() * 0.6)));
            g.setColorAt(1, outer);
            painter.setPen(Qt::NoPen);
            painter.setBrush(g);
            painter.drawEllipse(p, r, r);
        }
    }
    colour.setAlphaF(alpha);
    painter.setPen(QPen(QColor(255, 255, 255, int(230 * alpha)), 1.2 * view.pixelRatio()));
    painter.setBrush(colour);
    // An imprecise date is drawn hollow-centred so that it reads as "some time in this span".
    painter.drawEllipse(p, radius, radius);
    if (c.precision[i] < 3 || c.approximate[i]) {
        painter.setBrush(QColor(255, 255, 255, int(200 * alpha)));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(p, radius * 0.4, radius * 0.4);
    }
}

void EventLayer::bin(std::size_t begin, std::size_t end, const MapViewport& view, int cols,
                     double cellPx, Bins& out) const
{
    const EventColumns& c = *columns_;
    const double s = view.worldSizePx();
    const QPointF origin = view.toScreen(QPointF(0, 0));
    const double w = view.size().width(), h = view.size().height();
    for (std::size_t i = begin; i < end; ++i) {
        if (!isVisible(i)) continue;
        const double sx = origin.x() + c.x[i] * s;
        const double sy = origin.y() + c.y[i] * s;
        if (sx < 0 || sy < 0 || sx >= w || sy >= h) continue;
        const std::size_t k = std::size_t(int(sy / cellPx) * cols + int(sx / cellPx));
        Cell& cell = out.cells[k];
        if (cell.count < 3) cell.rows[cell.count] = int(i);
        ++cell.count;
        cell.sx += c.x[i];
        cell.sy += c.y[i];
        cell.minX = std::min(cell.minX, c.x[i]);
        cell.maxX = std::max(cell.maxX, c.x[i]);
        cell.minY = std::min(cell.minY, c.y[i]);
        cell.maxY = std::max(cell.maxY, c.y[i]);
        ++out.categoryCounts[k * kMaxCategories +
                             std::min<std::size_t>(c.category[i], kMaxCategories - 1)];
        ++out.events;
    }
}

void EventLayer::paint(QPainter& painter, const MapViewport& view)
{
    drawn_.clear();
    drawnEvents_ = 0;
    if (!columns_ || columns_->size() == 0) return;
    const EventColumns& c = *columns_;
    const double ratio = view.pixelRatio();
    const double cellPx = kCellPx * ratio;
    const int cols = std::max(1, int(std::ceil(view.size().width() / cellPx)));
    const int rows = std::max(1, int(std::ceil(view.size().height() / cellPx)));
    const std::size_t n = c.size();
    const double w = view.size().width(), h = view.size().height();
    for (Bins& b : bins_) {
        b.cells.assign(std::size_t(cols * rows), Cell{});
        b.categoryCounts.assign(std::size_t(cols * rows * kMaxCategories), 0);
        b.events = 0;
    }
    // Two halves in parallel (the reference machine has two cores), then merged cell by cell.
    if (n > 50'000) {
        std::thread second([&] { bin(n / 2, n, view, cols, cellPx, bins_[1]); });
        bin(0, n / 2, view, cols, cellPx, bins_[0]);
        second.join();
        Bins& a = bins_[0];
        const Bins& b = bins_[1];
        for (std::size_t k = 0; k < a.cells.size(); ++k) {
            const Cell& cb = b.cells[k];
            if (cb.count == 0) continue;
            Cell& ca = a.cells[k];
            for (int j = 0; j < cb.count && j < 3 && ca.count + j < 3; ++j)
                ca.rows[ca.count + j] = cb.rows[j];
            ca.count += cb.count;
            ca.sx += cb.sx;
            ca.sy += cb.sy;
            ca.minX = std::min(ca.minX, cb.minX);
            ca.maxX = std::max(ca.maxX, cb.maxX);
            ca.minY = std::min(ca.minY, cb.minY);
            ca.maxY = std::max(ca.maxY, cb.maxY);
            for (int m = 0; m < kMaxCategories; ++m)
                a.categoryCounts[k * kMaxCategories + std::size_t(m)] +=
                    b.categoryCounts[k * kMaxCategories + std::size_t(m)];
        }
        a.events += b.events;
    } else {
        bin(0, n, view, cols, cellPx, bins_[0]);
    }
    drawnEvents_ = bins_[0].events;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double radius = 5.0 * ratio;
    const bool individual = drawnEvents_ <= kIndividualLimit;
    QFont font = painter.font();
    font.setPointSizeF(7.5 * ratio);
    font.setBold(true);
    painter.setFont(font);

    for (std::size_t k = 0; k < cells_.size(); ++k) {
        Cell& cell = cells_[k];
        if (cell.count == 0) continue;
        if (individual) continue; // drawn below, in data order
        if (cell.count <= 3) {
            for (int j = 0; j < cell.count; ++j) {
                const auto i = std::size_t(cell.rows[j]);
                drawEvent(painter, view, i, radius);
                drawn_.push_back({view.toScreen(QPointF(c.x[i], c.y[i])), radius + 2 * ratio,
                                  Hit{int(i), 1, {}}});
            }
            continue;
        }
        const auto* counts = &cellCategoryCounts_[k * kMaxCategories];
        cell.category = int(std::max_element(counts, counts + kMaxCategories) - counts);
        const QPointF centre = view.toScreen(QPointF(cell.sx / cell.count, cell.sy / cell.count));
        const double r = (9 + 4 * std::log10(double(cell.count))) * ratio;
        QColor colour = std::size_t(cell.category) < colours_.size()
                            ? colours_[std::size_t(cell.category)]
                            : QColor(Qt::darkGray);
        colour.setAlpha(215);
        painter.setPen(QPen(Qt::white, 1.5 * ratio));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        painter.setPen(Qt::white);
        const QString label = cell.count >= 10000 ? QStringLiteral("%1k").arg(cell.count / 1000)
                                                  : QString::number(cell.count);
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                         label);
        drawn_.push_back(
            {centre, r,
             Hit{-1, cell.count,
                 QRectF(QPointF(cell.minX, cell.minY), QPointF(cell.maxX, cell.maxY))}});
    }

    if (individual) {
        for (std::size_t i = 0; i < n; ++i) {
            if (!isVisible(i)) continue;
            const QPointF p = view.toScreen(QPointF(c.x[i], c.y[i]));
            if (p.x() < 0 || p.y() < 0 || p.x() >= w || p.y() >= h) continue;
            drawEvent(painter, view, i, radius);
            drawn_.push_back({p, radius + 2 * ratio, Hit{int(i), 1, {}}});
        }
    }

    // The selection on top, ringed, whatever the aggregation.
    for (int row : selection_) {
        if (row < 0 || std::size_t(row) >= n) continue;
        const QPointF p = view.toScreen(QPointF(c.x[std::size_t(row)], c.y[std::size_t(row)]));
        drawEvent(painter, view, std::size_t(row), radius * 1.3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(20, 20, 20), 2.2 * ratio));
        painter.drawEllipse(p, radius * 1.3 + 3 * ratio, radius * 1.3 + 3 * ratio);
    }
    painter.restore();
}

std::optional<EventLayer::Hit> EventLayer::hitTest(QPointF screen) const
{
    const Drawn* best = nullptr;
    double bestDistance = 1e300;
    for (const Drawn& d : drawn_) {
        const double dx = d.centre.x() - screen.x(), dy = d.centre.y() - screen.y();
        const double dist = std::sqrt(dx * dx + dy * dy);
        if (dist <= d.radius + 3 && dist < bestDistance) {
            bestDistance = dist;
            best = &d;
        }
    }
    if (!best) return std::nullopt;
    return best->hit;
}

std::vector<int> EventLayer::rowsIn(const QRectF& screenRect, const MapViewport& view) const
{
    std::vector<int> rows;
    if (!columns_) return rows;
    const QRectF world(view.toWorld(screenRect.normalized().topLeft()),
                       view.toWorld(screenRect.normalized().bottomRight()));
    for (std::size_t i = 0; i < columns_->size(); ++i)
        if (isVisible(i) && world.contains(QPointF(columns_->x[i], columns_->y[i])))
            rows.push_back(int(i));
    return rows;
}

void EventLayer::paintLabels(QPainter&, const MapViewport&, LabelPlacer& placer)
{
    for (const Drawn& d : drawn_)
        placer.reserve(
            QRectF(d.centre.x() - d.radius, d.centre.y() - d.radius, 2 * d.radius, 2 * d.radius));
}
