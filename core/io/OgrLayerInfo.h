#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class OgrDataset;

// What a layer of a GIS file holds, for the import dialog's layer list and for messages.
struct OgrLayerInfo {
    QString name;
    qint64 features = -1; // -1: not known without reading the whole file
    QString geometry;     // "Point", "Multi Line String", "None", "Unknown (any)" ...
    QString crs;          // "EPSG:32638", a CRS name, or empty when the layer has none
    QStringList fields;

    // "roads (1,234 features, Line String, EPSG:32638)"
    QString describe() const;
    static std::vector<OgrLayerInfo> list(const OgrDataset& dataset);
    // The layers of the file at `path`; throws ImportError as OgrDataset does.
    static std::vector<OgrLayerInfo> list(const QString& path);
};
