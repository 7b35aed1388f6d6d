#include "render/DataExtent.h"

#include "geo/WebMercator.h"

#include <algorithm>

std::optional<GeoBox> dataExtent(const EventColumns& columns)
{
    if (columns.size() == 0) return std::nullopt;
    auto range = [](std::vector<double> v) {
        const std::size_t cut = v.size() >= 20 ? v.size() * 5 / 100 : 0;
        const std::size_t lo = cut, hi = v.size() - 1 - cut;
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
        const double a = v[lo];
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(hi), v.end());
        return std::pair{a, v[hi]};
    };
    const auto [minX, maxX] = range(columns.x);
    const auto [minY, maxY] = range(columns.y);
    const QGeoCoordinate nw = WebMercator::unproject(QPointF(minX, minY));
    const QGeoCoordinate se = WebMercator::unproject(QPointF(maxX, maxY));
    const double padX = std::max(0.5, (se.longitude() - nw.longitude()) / 5);
    const double padY = std::max(0.5, (nw.latitude() - se.latitude()) / 5);
    return GeoBox{std::max(-180.0, nw.longitude() - padX), std::max(-85.0, se.latitude() - padY),
                  std::min(180.0, se.longitude() + padX), std::min(85.0, nw.latitude() + padY)};
}
