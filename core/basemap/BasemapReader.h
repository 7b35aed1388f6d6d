#pragma once

#include <QDataStream>
#include <QFile>
#include <QPolygonF>
#include <QString>

// Reads the little-endian basemap resources written by scripts/basemap/*.mjs: a magic, a
// version, then counts, strings and lon/lat point lists. A damaged file never crashes: every
// count is checked against the bytes left, and ok() turns false for good at the first fault.
class BasemapReader {
  public:
    BasemapReader(const QString& path, const char magic[4], quint32 version);
    bool ok() const;
    quint32 count(qint64 bytesPerItem); // 0 and !ok() if more items than bytes are left
    float real();
    quint32 number();
    QString text();
    QPolygonF projectedPoints(); // Web Mercator world units

  private:
    QFile file_;
    QDataStream in_;
    bool ok_ = false;
};
