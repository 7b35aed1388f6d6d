#include "basemap/BasemapLayer.h"

#include "basemap/BasemapReader.h"
#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"
#include "render/PolylineStroker.h"

#include <QPainter>
#include <QRegion>
#include <algorithm>
#include <mutex>

namespace {

std::shared_ptr<const std::vector<BasemapLayer::Band>> loadBands()
{
    auto bands = std::make_shared<std::vector<BasemapLayer::Band>>();
    BasemapReader in(QStringLiteral(":/tigris/basemap/countries.bin"), "TGBM", 2);
    const quint32 bandCount = in.count(24);
    for (quint32 b = 0; b < bandCount && in.ok(); ++b) {
        BasemapLayer::Band band;
        band.minZoom = in.real();
        const double west = in.real(), south = in.real(), east = in.real(), north = in.real();
        band.regional = west > -180 || south > -90 || east < 180 || north < 90;
        band.region = QRectF(WebMercator::project(north, west), WebMercator::project(south, east));
        const quint32 count = in.count(18);
        for (quint32 c = 0; c < count && in.ok(); ++c) {
            BasemapLayer::Country country;
            country.name = in.text();
            const double lx = in.real(), ly = in.real();
            country.label = WebMercator::project(ly, lx);
            country.area = in.real();
            const quint32 rings = in.count(4);
            for (quint32 r = 0; r < rings && in.ok(); ++r) {
                country.path.addPolygon(in.projectedPoints());
                country.path.closeSubpath();
            }
            country.path.setFillRule(Qt::OddEvenFill);
            country.bounds = country.path.boundingRect();
            band.countries.push_back(std::move(country));
        }
        bands->push_back(std::move(band));
    }
    if (!in.ok()) bands->clear(); // a damaged resource draws sea only, never half a map
    return bands;
}

std::shared_ptr<const std::vector<BasemapLayer::Band>> sharedBands()
{
    static std::once_flag once;
    static std::shared_ptr<const std::vector<BasemapLayer::Band>> bands;
    std::call_once(once, [] { bands = loadBands(); });
    return bands;
}

QTransform worldToScreen(const MapViewport& view)
{
    const double s = view.worldSizePx();
    const QPointF origin = view.toScreen(QPointF(0, 0));
    return QTransform(s, 0, 0, s, origin.x(), origin.y());
}

// Whole pixels, so that a base level clipped outside a region and the region's detail meet
// without a seam.
QRect screenRect(const MapViewport& view, const QRectF& world)
{
    return QRectF(view.toScreen(world.topLeft()), view.toScreen(world.bottomRight()))
        .toAlignedRect();
}

} // namespace

BasemapLayer::BasemapLayer() : bands_(sharedBands()) {}

const BasemapLayer::Band& BasemapLayer::bandFor(double zoom) const
{
    static const Band empty;
    const Band* best = &empty;
    for (const Band& b : *bands_)
        if (!b.regional && (best == &empty || zoom >= b.minZoom)) best = &b;
    return *best;
}

std::vector<const BasemapLayer::Band*> BasemapLayer::detailFor(double zoom,
                                                               const QRectF& visible) const
{
    std::vector<const Band*> detail;
    for (const Band& b : *bands_)
        if (b.regional && zoom >= b.minZoom && b.region.intersects(visible)) detail.push_back(&b);
    return detail;
}

void BasemapLayer::paintCountries(QPainter& painter, const MapViewport& view, bool fill) const
{
    const QRectF visible = view.visibleWorldRect();
    const QRect screen(QPoint(0, 0), view.size().toSize());
    const std::vector<const Band*> detail = detailFor(view.zoom(), visible);
    QRegion baseArea(screen);
    for (const Band* d : detail)
        baseArea -= screenRect(view, d->region);

    // A base-level country wholly inside a region is clipped away anyway: skip it.
    auto covered = [&](const QRectF& bounds) {
        return std::any_of(detail.begin(), detail.end(),
                           [&](const Band* d) { return d->region.contains(bounds); });
    };
    auto draw = [&](const Band& band, const QRegion& area, const QRectF& within) {
        painter.save();
        if (!detail.empty()) painter.setClipRegion(area, Qt::IntersectClip);
        painter.setTransform(worldToScreen(view), true);
        const QTransform toDevice = painter.transform();
        if (fill) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.land);
        } else {
            QPen pen(style.border, 0.8 * view.pixelRatio());
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
        }
        for (const Country& c : band.countries) {
            if (!c.bounds.intersects(within) || (!band.regional && covered(c.bounds))) continue;
            if (fill)
                painter.drawPath(c.path);
            else
                PolylineStroker::stroke(painter, c.path, toDevice);
        }
        painter.restore();
    };
    if (!baseArea.isEmpty()) draw(bandFor(view.zoom()), baseArea, visible);
    for (const Band* d : detail)
        draw(*d, QRegion(screenRect(view, d->region)), visible.intersected(d->region));
}

void BasemapLayer::paint(QPainter& painter, const MapViewport& view)
{
    painter.fillRect(QRectF(QPointF(0, 0), view.size()), style.sea);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Land, then water on it, then borders on top, so that rivers run under the borders.
    paintCountries(painter, view, true);
    waterways.paint(painter, view, style.sea);
    paintCountries(painter, view, false);
    painter.restore();
}

void BasemapLayer::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer)
{
    // Country names lead at world zoom; closer in, towns matter more than the country's name.
    if (view.zoom() < PopulatedPlaces::kLeadZoom) {
        paintCountryLabels(painter, view, placer);
        places.paintLabels(painter, view, placer);
    } else {
        places.paintLabels(painter, view, placer);
        paintCountryLabels(painter, view, placer);
    }
}

void BasemapLayer::paintCountryLabels(QPainter& painter, const MapViewport& view,
                                      LabelPlacer& placer) const
{
    const Band& band = bandFor(view.zoom());
    const bool lead = view.zoom() < PopulatedPlaces::kLeadZoom;
    std::vector<const Country*> order;
    const QRectF visible = view.visibleWorldRect();
    for (const Country& c : band.countries)
        if (visible.contains(c.label) && !c.name.isEmpty()) order.push_back(&c);
    std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->area > b->area; });

    QFont font = painter.font();
    font.setPointSizeF(8.5 * view.pixelRatio());
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    painter.save();
    painter.setFont(font);
    painter.setPen(style.label);
    const QFontMetricsF fm(font, painter.device());
    const QRectF screen(QPointF(0, 0), view.size()); // no name cut at the map's edge
    for (const Country* c : order) {
        const double widthPx = c->bounds.width() * view.worldSizePx();
        const QString text = c->name.toUpper();
        const double w = fm.horizontalAdvance(text);
        if (widthPx < w * 0.6) continue; // the country is too small on screen for its name
        // At its label point, else a little above or below it while still inside the country;
        // at country zoom the name may lie over event symbols (it is drawn faint, under none).
        const QPointF p = view.toScreen(c->label);
        const auto over = lead ? LabelPlacer::Over::Symbols : LabelPlacer::Over::Nothing;
        const double h = fm.height();
        for (const double dy : {0.0, -2 * h, 2 * h, -4 * h, 4 * h}) {
            const QRectF rect(p.x() - w / 2, p.y() + dy - h / 2, w, h);
            if (dy != 0 && !c->path.contains(view.toWorld(rect.center()))) continue;
            if (screen.contains(rect) && placer.tryReserve(rect.adjusted(-3, -2, 3, 2), over)) {
                painter.drawText(rect, Qt::AlignCenter, text);
                break;
            }
        }
    }
    painter.restore();
}

QString BasemapLayer::attribution() const
{
    return QStringLiteral("Natural Earth · GeoNames");
}
