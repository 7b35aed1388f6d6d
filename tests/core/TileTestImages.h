#pragma once
// Shared by the tile tests: a distinct colour per tile and PNG bytes of that colour, so that a
// test can tell from a pixel which tile was drawn.

#include "tiles/TileKey.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

inline QColor tileTestColour(const TileKey& k)
{
    return QColor((k.z * 37 + 20) % 256, (k.x * 53 + 10) % 256, (k.y * 71 + 30) % 256);
}

inline QByteArray colourTileBytes(const QColor& colour, const char* format = "PNG")
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

inline QByteArray tileTestImage(const TileKey& k)
{
    return colourTileBytes(tileTestColour(k));
}

// The share of an image's pixels that are exactly `rgb`: how much of a picture a tile covers.
inline double colourShare(const QImage& image, QRgb rgb)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == rgb;
    return image.isNull() ? 0 : double(n) / (double(image.width()) * image.height());
}
