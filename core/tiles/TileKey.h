#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// One XYZ tile: zoom z, column x from the west, row y from the north (the slippy-map
// convention; MBTiles stores rows from the south and is flipped where it is read).
struct TileKey {
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const
    {
        return z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
    }
    // The tile `levels` zooms up that covers this one.
    TileKey ancestor(int levels = 1) const { return {z - levels, x >> levels, y >> levels}; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }

    friend bool operator==(const TileKey&, const TileKey&) = default;
};

inline size_t qHash(const TileKey& k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.z, k.x, k.y);
}

Q_DECLARE_METATYPE(TileKey)
