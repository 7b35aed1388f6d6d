#pragma once

#include <algorithm>
#include <cstdint>

// Z-order (Morton) keys of positions in the unit square (normalised Web Mercator): 31 bits per
// axis, interleaved x in the even bits and y in the odd ones. Sorting by key puts every
// quadtree cell's events in one contiguous run: the cell of level L is the key's top 2·L bits.
namespace MortonCode {
constexpr int kBits = 31;
constexpr double kCells = 2147483648.0; // 2^31 cells per axis at the deepest level

// [0,1] → [0, 2^31); floor keeps dyadic cell boundaries exact.
inline std::uint32_t quantise(double v)
{
    const double q = std::clamp(v, 0.0, 1.0) * kCells;
    return std::uint32_t(std::min(q, kCells - 1));
}

inline std::uint64_t spread(std::uint32_t v)
{
    std::uint64_t x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

inline std::uint32_t compact(std::uint64_t x)
{
    x &= 0x5555555555555555ull;
    x = (x | (x >> 1)) & 0x3333333333333333ull;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFull;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFull;
    x = (x | (x >> 16)) & 0x00000000FFFFFFFFull;
    return std::uint32_t(x);
}

inline std::uint64_t encode(std::uint32_t cx, std::uint32_t cy)
{
    return spread(cx) | (spread(cy) << 1);
}
inline std::uint64_t key(double x, double y)
{
    return encode(quantise(x), quantise(y));
}
inline std::uint32_t cellX(std::uint64_t code)
{
    return compact(code);
}
inline std::uint32_t cellY(std::uint64_t code)
{
    return compact(code >> 1);
}
// The key's cell at `level` (0 = the whole world, kBits = the key itself).
inline std::uint64_t prefix(std::uint64_t key, int level)
{
    return key >> (2 * (kBits - level));
}
} // namespace MortonCode
