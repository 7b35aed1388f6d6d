#include "render/SiteLabels.h"

#include "geo/WebMercator.h"
#include "render/HaloText.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

// Positions are compared bit for bit: an event placed by its location carries exactly the
// projection of the location's coordinate.
quint64 key(double x, double y)
{
    const auto fx = static_cast<float>(x), fy = static_cast<float>(y);
    quint32 bx = 0, by = 0;
    std::memcpy(&bx, &fx, sizeof bx);
    std::memcpy(&by, &fy, sizeof by);
    return (quint64(bx) << 32) | by;
}

} // namespace

void SiteLabels::build(const std::vector<Location>& locations, const EventColumns& columns)
{
    sites_.clear();
    QHash<quint64, std::size_t> at;
    std::vector<Site> all;
    for (const Location& l : locations) {
        if (!l.hasCoordinate() || l.name.trimmed().isEmpty()) continue;
        const QPointF w = WebMercator::project(l.lat, l.lon);
        const quint64 k = key(w.x(), w.y());
        if (at.contains(k)) continue; // two names for one point: the first stored
        at.insert(k, all.size());
        all.push_back(Site{l.name.trimmed(), w, 0});
    }
    if (all.empty()) return;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (std::isnan(columns.x[i])) continue;
        const auto it = at.constFind(key(columns.x[i], columns.y[i]));
        if (it != at.cend()) ++all[*it].events;
    }
    for (Site& s : all)
        if (s.events > 0) sites_.push_back(std::move(s));
    std::stable_sort(sites_.begin(), sites_.end(),
                     [](const Site& a, const Site& b) { return a.events > b.events; });
}

QFont SiteLabels::font(const QFont& base, double pixelRatio)
{
    QFont f = base;
    f.setPointSizeF(8.5 * pixelRatio);
    f.setWeight(QFont::DemiBold);
    return f;
}

std::vector<SiteLabels::Label> SiteLabels::layout(const MapViewport& view, LabelPlacer& placer,
                                                  const QFontMetricsF& metrics,
                                                  double markerRadius) const
{
    std::vector<Label> labels;
    const QRectF visible = view.visibleWorldRect();
    const QRectF screen(QPointF(0, 0), view.size());
    const double r = view.pixelRatio();
    const double gap = markerRadius + 3 * r, h = metrics.height();
    int candidates = 0;
    for (const Site& site : sites_) {
        if (int(labels.size()) >= kMaxLabels || candidates >= kMaxCandidates) break;
        if (!visible.contains(site.world)) continue;
        ++candidates;
        const QPointF p = view.toScreen(site.world);
        const double w = metrics.horizontalAdvance(site.name);
        // Beside the marker: right, left, above, below.
        const QRectF spots[] = {
            QRectF(p.x() + gap, p.y() - h / 2, w, h), QRectF(p.x() - gap - w, p.y() - h / 2, w, h),
            QRectF(p.x() - w / 2, p.y() - gap - h, w, h), QRectF(p.x() - w / 2, p.y() + gap, w, h)};
        const bool mayCover = candidates <= kOverSymbols;
        for (const auto over : {LabelPlacer::Over::Nothing, LabelPlacer::Over::Symbols}) {
            if (over == LabelPlacer::Over::Symbols && !mayCover) break;
            const auto fits =
                std::find_if(std::begin(spots), std::end(spots), [&](const QRectF& s) {
                    return screen.contains(s) &&
                           placer.tryReserve(s.adjusted(-2 * r, -r, 2 * r, r), over);
                });
            if (fits != std::end(spots)) {
                placer.addName(site.name, p);
                labels.push_back(Label{&site, *fits});
                break;
            }
        }
    }
    return labels;
}

void SiteLabels::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer,
                             double markerRadius) const
{
    if (sites_.empty()) return;
    const QFont f = font(painter.font(), view.pixelRatio());
    const QFontMetricsF metrics(f, painter.device());
    const std::vector<Label> labels = layout(view, placer, metrics, markerRadius);
    if (labels.empty()) return;
    painter.save();
    painter.setFont(f);
    for (const Label& l : labels)
        HaloText::draw(painter, QPointF(l.text.left(), l.text.top() + metrics.ascent()),
                       l.site->name, textColour, 1.2 * view.pixelRatio());
    painter.restore();
}
