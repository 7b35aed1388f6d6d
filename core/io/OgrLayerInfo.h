#pragma once

#include <QString>
#include <QStringList>

// What a layer of a GIS file holds, for the import dialog's layer list and for messages. Plain
// data: the GDAL plugin (gis/OgrLayerList) fills it, io and the app show it.
struct OgrLayerInfo {
    QString name;
    qint64 features = -1; // -1: not known without reading the whole file
    QString geometry;     // "Point", "Multi Line String", "None", "Unknown (any)" ...
    QString crs;          // "EPSG:32638", a CRS name, or empty when the layer has none
    QStringList fields;

    // "roads (1,234 features, Line String, EPSG:32638)"
    QString describe() const;
};
