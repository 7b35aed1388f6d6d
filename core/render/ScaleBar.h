#pragma once

#include <QString>

class MapViewport;

// The map's scale bar: the longest round length — 1, 2 or 5 × 10^n metres or kilometres — that
// fits in maxPx screen pixels, measured at the view's centre latitude (Web Mercator's scale
// changes with latitude, so a bar is only true near where it is measured).
struct ScaleBar {
    double metres = 0;
    double pixels = 0; // device pixels, i.e. including the viewport's pixel ratio
    QString label;     // "500 m", "2 km", "1000 km"

    static ScaleBar fitting(const MapViewport& view, double maxPx);
};
