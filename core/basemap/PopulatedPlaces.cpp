#include "basemap/PopulatedPlaces.h"

#include "basemap/BasemapReader.h"
#include "geo/WebMercator.h"
#include "render/HaloText.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QPainter>
#include <algorithm>
#include <mutex>

namespace {

std::shared_ptr<const std::vector<PopulatedPlaces::Place>> loadPlaces()
{
    auto places = std::make_shared<std::vector<PopulatedPlaces::Place>>();
    BasemapReader in(QStringLiteral(":/tigris/basemap/places.bin"), "TGPL", 1);
    const quint32 count = in.count(14);
    places->reserve(count);
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        PopulatedPlaces::Place p;
        p.name = in.text();
        const double lon = in.real(), lat = in.real();
        p.world = WebMercator::project(lat, lon);
        p.population = in.number();
        p.minZoom = PopulatedPlaces::minZoomFor(p.population);
        places->push_back(std::move(p));
    }
    if (!in.ok()) places->clear();
    // Largest first, which paintLabels relies on to stop early.
    std::stable_sort(places->begin(), places->end(),
                     [](const auto& a, const auto& b) { return a.population > b.population; });
    return places;
}

std::shared_ptr<const std::vector<PopulatedPlaces::Place>> sharedPlaces()
{
    static std::once_flag once;
    static std::shared_ptr<const std::vector<PopulatedPlaces::Place>> places;
    std::call_once(once, [] { places = loadPlaces(); });
    return places;
}

} // namespace

PopulatedPlaces::PopulatedPlaces() : places_(sharedPlaces()) {}

double PopulatedPlaces::minZoomFor(quint32 population)
{
    // Roughly one more class of town per zoom level; the label placer thins out the rest.
    if (population >= 5'000'000) return 2;
    if (population >= 1'000'000) return 3.5;
    if (population >= 300'000) return 5;
    if (population >= 100'000) return 6;
    if (population >= 40'000) return 7;
    if (population >= 15'000) return 8;
    return 9; // small Middle East towns, and places GeoNames gives no population
}

QFont PopulatedPlaces::font(const QFont& base, bool large, double pixelRatio)
{
    QFont f = base;
    f.setPointSizeF((large ? 9 : 8) * pixelRatio);
    if (large) f.setWeight(QFont::DemiBold);
    return f;
}

std::vector<PopulatedPlaces::Label> PopulatedPlaces::layout(const MapViewport& view,
                                                            LabelPlacer& placer,
                                                            const QFontMetricsF& small,
                                                            const QFontMetricsF& large) const
{
    const double r = view.pixelRatio();
    const double zoom = view.zoom();
    const QRectF visible = view.visibleWorldRect();
    const QRectF screen(QPointF(0, 0), view.size());
    std::vector<Label> labels;
    for (const Place& place : *places_) {
        if (place.minZoom > zoom) break; // sorted by population, so by minZoom too
        if (!visible.contains(place.world)) continue;
        Label l;
        l.place = &place;
        l.large = place.population >= 1'000'000;
        l.radius = (l.large ? 3 : place.population >= 100'000 ? 2.5 : 2) * r;
        l.dot = view.toScreen(place.world);
        if (placer.hasNameNear(place.name, l.dot, 40 * r)) continue; // named as a project place
        const QRectF disc(l.dot.x() - l.radius, l.dot.y() - l.radius, 2 * l.radius, 2 * l.radius);
        // A large city keeps its name where events crowd it; smaller towns give way to them.
        const auto over = place.population >= kOverSymbols ? LabelPlacer::Over::Symbols
                                                           : LabelPlacer::Over::Nothing;
        if (placer.collides(disc, over)) continue; // cheap, before measuring the text
        const QFontMetricsF& fm = l.large ? large : small;
        const double w = fm.horizontalAdvance(place.name), h = fm.height();
        // The name to the right of the dot, else to its left; the space claimed includes both.
        for (const double x : {disc.right() + 2 * r, disc.left() - 2 * r - w}) {
            const QRectF box(x, l.dot.y() - h / 2, w, h);
            const QRectF claim = box.united(disc).adjusted(-2 * r, -r, 2 * r, r);
            if (screen.contains(box) && placer.tryReserve(claim, over)) { // no name cut at the edge
                l.text = box;
                l.haloed = over == LabelPlacer::Over::Symbols;
                labels.push_back(l);
                break;
            }
        }
    }
    return labels;
}

void PopulatedPlaces::paintLabels(QPainter& painter, const MapViewport& view,
                                  LabelPlacer& placer) const
{
    const double r = view.pixelRatio();
    const QFont small = font(painter.font(), false, r), large = font(painter.font(), true, r);
    const std::vector<Label> labels = layout(view, placer, QFontMetricsF(small, painter.device()),
                                             QFontMetricsF(large, painter.device()));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, r));
    painter.setBrush(dotColour);
    for (const Label& l : labels)
        painter.drawEllipse(l.dot, l.radius, l.radius);
    // Names that may lie over event symbols get a white halo, as the project's places do.
    for (const bool big : {false, true}) {
        painter.setFont(big ? large : small);
        const QFontMetricsF fm(big ? large : small, painter.device());
        for (const Label& l : labels)
            if (l.large == big && l.haloed)
                HaloText::draw(painter, QPointF(l.text.left(), l.text.top() + fm.ascent()),
                               l.place->name, textColour, 1.2 * r);
    }
    painter.setPen(textColour);
    for (const bool big : {false, true}) {
        painter.setFont(big ? large : small);
        for (const Label& l : labels)
            if (l.large == big && !l.haloed)
                painter.drawText(l.text, Qt::AlignVCenter | Qt::AlignLeft, l.place->name);
    }
    painter.restore();
}
