#include "render/EventLayer.h"

#include "geo/WebMercator.h"
#include "model/GeoPrecision.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"
#include "render/MarkerShape.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace {
constexpr double kCellPx = 56;

double clusterRadius(std::uint32_t count, double pixelRatio)
{
    return (9 + 4 * std::log10(double(count))) * pixelRatio;
}
} // namespace

QColor EventLayer::colourOf(std::size_t category) const
{
    return category < colours_.size() ? colours_[category] : QColor(Qt::darkGray);
}

void EventLayer::drawUncertainty(QPainter& painter, const MapViewport& view, QPointF p,
                                 double worldY, GeoPrecision geo, QColor colour, double radius)
{
    // The place is only known to within a radius: a soft halo of that size, not a pin.
    const double lat = WebMercator::unproject(QPointF(0.5, worldY)).latitude();
    const double r = uncertaintyRadiusMetres(geo) / WebMercator::metresPerPixel(lat, view.zoom()) *
                     view.pixelRatio();
    if (r <= radius * 1.5) return; // smaller than the symbol itself
    const double diagonal = std::hypot(view.size().width(), view.size().height());
    if (r > 300 * view.pixelRatio()) {
        // Zoomed far in: the whole view may lie inside the uncertainty, and hundreds of
        // screen-sized discs would only veil the map. A faint ring of the true radius says the
        // same, for a few events; otherwise the symbol alone stands.
        if (r > 2 * diagonal || drawnEvents_ > kMaxRings) return;
        QColor ring = colour;
        ring.setAlphaF(0.5);
        // On a raster device a cosmetic pen is 20x cheaper than a 1.2 px wide one.
        QPen pen(ring,
                 raster_ ? std::max(1.0, std::round(view.pixelRatio())) : 1.2 * view.pixelRatio());
        pen.setCosmetic(raster_);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        // Antialiasing a ring thousands of pixels round costs more than the whole map.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.drawEllipse(p, r, r);
        painter.setRenderHint(QPainter::Antialiasing, true);
        return;
    }
    // Halos share a pixel budget of a few screens: past it, a dense crowd of imprecise events
    // would be a uniform wash that costs a frame and shows nothing.
    const double area = 4 * r * r;
    if (haloArea_ + area > kHaloScreens * view.size().width() * view.size().height()) return;
    haloArea_ += area;
    if (raster_) {
        SymbolSprites::drawCentred(painter, p, sprites_.halo(colour, r));
        return;
    }
    // Vector devices: nested discs of a flat, faint alpha build up the sprite's radial fade.
    // Qt's PDF engine paints a radial gradient's transparent stops opaque (a disc hiding the
    // map); a flat alpha it writes as a translucent fill, and the output stays vectors.
    QColor faint = colour;
    faint.setAlphaF(0.05);
    painter.setPen(Qt::NoPen);
    painter.setBrush(faint);
    for (const double f : {1.0, 0.9, 0.8, 0.7, 0.5, 0.3})
        painter.drawEllipse(p, r * f, r * f);
}

void EventLayer::drawEvent(QPainter& painter, const MapViewport& view, std::size_t i, double radius,
                           Part part)
{
    const EventColumns& c = *columns_;
    const QPointF p = view.toScreen(QPointF(c.x[i], c.y[i]));
    const QColor colour = colourOf(c.category[i]);
    const double alpha = visible_ ? (*visible_)[i] / 255.0 : 1.0;
    if (alpha < 1) painter.setOpacity(alpha);
    const auto geo = static_cast<GeoPrecision>(c.geoPrecision[i]);
    if (part != Part::Symbol && geo != GeoPrecision::Exact)
        drawUncertainty(painter, view, p, c.y[i], geo, colour, radius);
    if (part != Part::Halo) {
        // An imprecise date is drawn hollow-centred: it reads as "some time in this span".
        const bool hollow = c.precision[i] < 3 || (c.approximate[i] & 1) != 0;
        const double rim = 1.2 * view.pixelRatio();
        if (raster_) {
            SymbolSprites::drawCentred(painter, p, sprites_.dot(colour, radius, rim, hollow));
        } else {
            painter.setPen(QPen(QColor(255, 255, 255, 230), rim));
            painter.setBrush(colour);
            MarkerShape::draw(painter, Category::markerFor(colour), p, radius);
            if (hollow) {
                painter.setBrush(QColor(255, 255, 255, 200));
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(p, radius * 0.4, radius * 0.4);
            }
        }
    }
    if (alpha < 1) painter.setOpacity(1);
}

void EventLayer::drawCluster(QPainter& painter, const MapViewport& view, QPointF centre,
                             std::uint32_t count, QColor colour)
{
    const double ratio = view.pixelRatio();
    const double r = clusterRadius(count, ratio);
    colour.setAlpha(215);
    if (raster_) {
        SymbolSprites::drawCentred(painter, centre, sprites_.disc(colour, r, 1.5 * ratio));
    } else {
        painter.setPen(QPen(Qt::white, 1.5 * ratio));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
    }
    const QString label =
        count >= 10000 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
    // Centred by metrics: a text layout per cluster (drawText in a rectangle) costs 3–12 µs.
    const QFontMetricsF fm(painter.font(), painter.device());
    painter.setPen(Qt::white);
    painter.drawText(QPointF(centre.x() - fm.horizontalAdvance(label) / 2,
                             centre.y() + (fm.ascent() - fm.descent()) / 2),
                     label);
    drawn_.push_back({centre, r, Hit{-1, int(count), {}}});
}

void EventLayer::setColumns(const EventColumns* columns, EventClusterIndex::Pyramid pyramid)
{
    columns_ = columns;
    grid_.invalidate(); // the columns may have been reloaded in place
    if (columns_)
        index_.build(*columns_, pyramid);
    else
        index_.clear();
    drawn_.clear();
    drawnEvents_ = 0;
}

void EventLayer::paint(QPainter& painter, const MapViewport& view)
{
    drawn_.clear();
    drawnEvents_ = 0;
    if (!columns_ || columns_->size() == 0) return;
    const EventColumns& c = *columns_;
    if (!index_.isBuiltFor(c)) { // the columns were reloaded in place
        index_.build(c, EventClusterIndex::Pyramid::Later);
        grid_.invalidate();
    }
    if (!visible_) index_.ensurePyramid(c); // only a frame without a mask aggregates by it
    const double ratio = view.pixelRatio();
    grid_.aggregate(index_, c, visible_, view, kCellPx * ratio);
    drawnEvents_ = int(grid_.events());
    const bool individual = drawnEvents_ <= kIndividualLimit;
    if (!individual) grid_.mergeOverlapping(view, clusterRadius, ratio);
    inView_.clear();
    haloArea_ = 0;
    raster_ = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (raster_) sprites_.setDevicePixelRatio(painter.device()->devicePixelRatioF());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double radius = kMarkerRadius * ratio;
    QFont font = painter.font();
    font.setPointSizeF(7.5 * ratio);
    font.setBold(true);
    painter.setFont(font);

    // Halos first, under every symbol; then sparse cells' events, clusters, or every event.
    const auto& cells = grid_.cells();
    if (individual) {
        // Few enough to draw one by one, in data order (later rows on top).
        inView_.clear();
        index_.rowsIn(view.visibleWorldRect(), inView_);
        inView_.erase(std::remove_if(inView_.begin(), inView_.end(),
                                     [this](int row) { return !isVisible(std::size_t(row)); }),
                      inView_.end());
        std::sort(inView_.begin(), inView_.end());
    } else {
        for (const EventClusterGrid::Cell& cell : cells)
            for (std::uint32_t j = 0; cell.count <= 3 && j < cell.count; ++j)
                inView_.push_back(cell.rows[j]);
    }
    for (int row : inView_)
        drawEvent(painter, view, std::size_t(row), radius, Part::Halo);
    for (int row : inView_) {
        const auto i = std::size_t(row);
        drawEvent(painter, view, i, radius, Part::Symbol);
        drawn_.push_back(
            {view.toScreen(QPointF(c.x[i], c.y[i])), radius + 2 * ratio, Hit{row, 1, {}}});
    }
    for (std::size_t k = 0; k < cells.size() && !individual; ++k) {
        const EventClusterGrid::Cell& cell = cells[k];
        if (cell.count <= 3) continue;
        drawCluster(painter, view, view.toScreen(grid_.centroid(k)), cell.count,
                    colourOf(std::size_t(grid_.dominantCategory(k))));
        drawn_.back().hit.worldBounds = grid_.worldBounds(k);
    }

    // The selection on top, ringed, whatever the aggregation.
    for (int row : selection_) {
        if (row < 0 || std::size_t(row) >= c.size() || std::isnan(c.x[std::size_t(row)]))
            continue; // no position: selected in the list and on the timeline only
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

std::vector<int> EventLayer::rowsAt(QPointF screen, std::size_t* total) const
{
    std::vector<int> rows;
    const auto hit = hitTest(screen);
    if (total) *total = 0;
    if (!hit || !columns_) return rows;
    if (hit->event < 0) {
        index_.rowsIn(hit->worldBounds, rows);
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](int row) { return !isVisible(std::size_t(row)); }),
                   rows.end());
    } else {
        // Every symbol under the point, however many are stacked there.
        for (const Drawn& d : drawn_) {
            const double dx = d.centre.x() - screen.x(), dy = d.centre.y() - screen.y();
            if (d.hit.event >= 0 && std::sqrt(dx * dx + dy * dy) <= d.radius + 3)
                rows.push_back(d.hit.event);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (total) *total = rows.size();
    if (rows.size() > kPickLimit) rows.resize(kPickLimit);
    return rows;
}

std::vector<int> EventLayer::rowsIn(const QRectF& screenRect, const MapViewport& view) const
{
    std::vector<int> rows;
    if (!columns_) return rows;
    const QRectF world(view.toWorld(screenRect.normalized().topLeft()),
                       view.toWorld(screenRect.normalized().bottomRight()));
    if (index_.isBuiltFor(*columns_)) {
        index_.rowsIn(world, rows);
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](int row) { return !isVisible(std::size_t(row)); }),
                   rows.end());
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    for (std::size_t i = 0; i < columns_->size(); ++i)
        if (isVisible(i) && !std::isnan(columns_->x[i]) &&
            world.contains(QPointF(columns_->x[i], columns_->y[i])))
            rows.push_back(int(i));
    return rows;
}

void EventLayer::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer)
{
    for (const Drawn& d : drawn_)
        placer.reserveSymbol(
            QRectF(d.centre.x() - d.radius, d.centre.y() - d.radius, 2 * d.radius, 2 * d.radius));
    sites_.paintLabels(painter, view, placer, kMarkerRadius * view.pixelRatio());
}
