#include "basemap/BasemapReader.h"

#include "geo/WebMercator.h"

BasemapReader::BasemapReader(const QString& path, const char magic[4], quint32 version)
    : file_(path)
{
    if (!file_.open(QIODevice::ReadOnly)) return;
    in_.setDevice(&file_);
    in_.setByteOrder(QDataStream::LittleEndian);
    in_.setFloatingPointPrecision(QDataStream::SinglePrecision);
    char head[4];
    quint32 v = 0;
    if (in_.readRawData(head, 4) != 4 || QByteArray(head, 4) != QByteArray(magic, 4)) return;
    in_ >> v;
    ok_ = v == version;
}

bool BasemapReader::ok() const
{
    return ok_ && in_.status() == QDataStream::Ok;
}

quint32 BasemapReader::count(qint64 bytesPerItem)
{
    quint32 n = 0;
    in_ >> n;
    if (!ok() || qint64(n) * bytesPerItem > file_.size() - file_.pos()) {
        ok_ = false;
        return 0;
    }
    return n;
}

float BasemapReader::real()
{
    float v = 0;
    in_ >> v;
    return v;
}

quint32 BasemapReader::number()
{
    quint32 v = 0;
    in_ >> v;
    return v;
}

QString BasemapReader::text()
{
    quint16 length = 0;
    in_ >> length;
    QByteArray bytes(length, Qt::Uninitialized);
    if (in_.readRawData(bytes.data(), length) != length) ok_ = false;
    return ok_ ? QString::fromUtf8(bytes) : QString();
}

QPolygonF BasemapReader::projectedPoints()
{
    const quint32 n = count(8);
    QPolygonF points;
    points.reserve(qsizetype(n));
    for (quint32 i = 0; i < n; ++i) {
        float lon = 0, lat = 0;
        in_ >> lon >> lat;
        points << WebMercator::project(lat, lon);
    }
    return points;
}
