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
