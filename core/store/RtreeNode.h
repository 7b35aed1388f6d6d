#pragma once

#include <QtGlobal>
#include <cstring>

// The byte layout of one node of SQLite's 2-D R*Tree (ext/rtree/rtree.c, "Database Format
// of R-Tree Tables"): a 2-byte depth (meaningful in the root, node 1, only), a 2-byte cell
// count, then cells of an 8-byte id (a row id in leaves, a child node number above) and four
// float32 (min_x, max_x, min_y, max_y), all big-endian.
namespace RtreeNode {

struct Box {
    float minX, maxX, minY, maxY;
};

constexpr int kHeaderSize = 4;
constexpr int kCellSize = 8 + 4 * 4;

inline quint32 readU32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}
inline void writeU32(uchar* p, quint32 v)
{
    p[0] = uchar(v >> 24);
    p[1] = uchar(v >> 16);
    p[2] = uchar(v >> 8);
    p[3] = uchar(v);
}
inline int cellCount(const uchar* node)
{
    return (node[2] << 8) | node[3];
}
inline void setHeader(uchar* node, int depth, int cells)
{
    node[0] = uchar(depth >> 8);
    node[1] = uchar(depth);
    node[2] = uchar(cells >> 8);
    node[3] = uchar(cells);
}
inline float readFloat(const uchar* p)
{
    const quint32 bits = readU32(p);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
inline Box readBox(const uchar* node, int cell)
{
    const uchar* p = node + kHeaderSize + cell * kCellSize + 8;
    return {readFloat(p), readFloat(p + 4), readFloat(p + 8), readFloat(p + 12)};
}
inline void writeCell(uchar* node, int cell, qint64 id, const Box& box)
{
    uchar* p = node + kHeaderSize + cell * kCellSize;
    writeU32(p, quint32(quint64(id) >> 32));
    writeU32(p + 4, quint32(quint64(id)));
    const float coords[4] = {box.minX, box.maxX, box.minY, box.maxY};
    for (int k = 0; k < 4; ++k) {
        quint32 bits;
        std::memcpy(&bits, &coords[k], sizeof bits);
        writeU32(p + 8 + 4 * k, bits);
    }
}

} // namespace RtreeNode
