#include "render/ScaleBar.h"

#include "geo/WebMercator.h"
#include "render/MapViewport.h"

#include <QCoreApplication>
#include <cmath>

ScaleBar ScaleBar::fitting(const MapViewport& view, double maxPx)
{
    const double lat = WebMercator::unproject(view.centre()).latitude();
    const double metresPerPx = WebMercator::metresPerPixel(lat, view.zoom()) / view.pixelRatio();
    const double maxMetres = maxPx * metresPerPx;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    ScaleBar bar;
    bar.metres = magnitude;
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres * (1 + 1e-12)) {
            bar.metres = step * magnitude;
            break;
        }
    bar.pixels = bar.metres / metresPerPx;
    bar.label = bar.metres >= 1000
                    ? QCoreApplication::translate("ScaleBar", "%1 km").arg(bar.metres / 1000)
                    : QCoreApplication::translate("ScaleBar", "%1 m").arg(bar.metres);
    return bar;
}
