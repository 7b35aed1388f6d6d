#pragma once

#include "geo/GeoBox.h"

#include <QPoint>
#include <QRectF>
#include <QString>

// XYZ ("slippy map") tile arithmetic in normalised Web Mercator (see WebMercator.h): at zoom z
// the world is 2^z × 2^z tiles of 256 px; tile (x, y) covers [x, x+1)/2^z × [y, y+1)/2^z,
// x from the west, y from the north.
namespace TileMath {

// Tiles x0..x1 × y0..y1 (inclusive) at zoom z; empty when x1 < x0.
struct TileRange {
    int z = 0;
    int x0 = 0, y0 = 0, x1 = -1, y1 = -1;
    bool isEmpty() const { return x1 < x0 || y1 < y0; }
    int count() const { return isEmpty() ? 0 : (x1 - x0 + 1) * (y1 - y0 + 1); }
    bool contains(int x, int y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

constexpr int kMaxZoom = 24;

int tilesPerSide(int z); // 2^z
// The tile containing a world point (clamped to the grid) or a geographic position.
QPoint tileAt(QPointF world, int z);
QPoint tileAt(double lat, double lon, int z);
QRectF tileWorldRect(int z, int x, int y);
GeoBox tileGeoBox(int z, int x, int y);
// The tiles that intersect `world` (e.g. MapViewport::visibleWorldRect()), clipped to the
// world: right and bottom edges are exclusive, so a view ending on a tile edge needs no more.
TileRange tilesCovering(const QRectF& world, int z);
// The integer tile zoom for a fractional view zoom: tiles are drawn at 256–512 physical
// pixels (never magnified past 2x) and at most maxZoom, at least 0.
int tileZoomFor(double viewZoom, double pixelRatio = 1.0, int maxZoom = 19);
// Bing Maps quadkey, e.g. z=3 x=3 y=5 → "213"; empty at z=0.
QString quadkey(int z, int x, int y);

} // namespace TileMath
