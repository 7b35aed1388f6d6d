#include "render/DataExtent.h"

#include "geo/WebMercator.h"
#include "model/HugePages.h"

#include <algorithm>
#include <cmath>

std::optional<GeoBox> dataExtent(const EventColumns& columns)
{
    // Events without a position (NaN) have no place in the extent.
    std::vector<double> xs, ys;
    xs.reserve(columns.size());
    ys.reserve(columns.size());
    HugePages::adviseCapacity(xs);
    HugePages::adviseCapacity(ys);
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (!std::isnan(columns.x[i]) && !std::isnan(columns.y[i])) {
            xs.push_back(columns.x[i]);
            ys.push_back(columns.y[i]);
        }
    if (xs.empty()) return std::nullopt;
    auto range = [](std::vector<double>& v) {
        const std::size_t cut = v.size() >= 20 ? v.size() * 5 / 100 : 0;
        const std::size_t lo = cut, hi = v.size() - 1 - cut;
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
        const double a = v[lo];
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(hi), v.end());
        return std::pair{a, v[hi]};
    };
    const auto [minX, maxX] = range(xs);
    const auto [minY, maxY] = range(ys);
    const QGeoCoordinate nw = WebMercator::unproject(QPointF(minX, minY));
    const QGeoCoordinate se = WebMercator::unproject(QPointF(maxX, maxY));
    const double padX = std::max(0.5, (se.longitude() - nw.longitude()) / 5);
    const double padY = std::max(0.5, (nw.latitude() - se.latitude()) / 5);
    return GeoBox{std::max(-180.0, nw.longitude() - padX), std::max(-85.0, se.latitude() - padY),
                  std::min(180.0, se.longitude() + padX), std::min(85.0, nw.latitude() + padY)};
}
