#pragma once

// A longitude/latitude rectangle in degrees (WGS 84); the default is the whole world.
struct GeoBox {
    double west = -180, south = -90, east = 180, north = 90;
};
