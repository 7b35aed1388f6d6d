#include "render/PngEncoder.h"

#include <QImage>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cstring>

namespace {

std::uint32_t crc32(const char* data, std::size_t size, std::uint32_t crc = 0)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i)
        crc = table[(crc ^ std::uint8_t(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void appendUint32(QByteArray& out, std::uint32_t v)
{
    char bytes[4];
    qToBigEndian(v, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char type[4], const char* data, std::size_t size)
{
    appendUint32(out, std::uint32_t(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, qsizetype(size));
    appendUint32(out, crc32(out.constData() + start, size + 4));
}

} // namespace

namespace PngEncoder {

QByteArray encode(const QImage& source, int level)
{
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    const qsizetype stride = 1 + 3 * qsizetype(w);
    QByteArray raw(stride * h, Qt::Uninitialized);
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const QRgb* above =
            y > 0 ? reinterpret_cast<const QRgb*>(image.constScanLine(y - 1)) : nullptr;
        auto* out = reinterpret_cast<std::uint8_t*>(raw.data() + stride * y);
        *out++ = 2; // Up: each byte minus the one above; flat areas become runs of zeros
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x], q = above ? above[x] : 0;
            out[3 * x] = std::uint8_t(qRed(p) - qRed(q));
            out[3 * x + 1] = std::uint8_t(qGreen(p) - qGreen(q));
            out[3 * x + 2] = std::uint8_t(qBlue(p) - qBlue(q));
        }
    }
    // qCompress gives a 4-byte length, then exactly the zlib stream PNG's IDAT holds.
    const QByteArray z = qCompress(raw, std::clamp(level, 1, 9));
    raw = QByteArray();

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(z.size() + 128);
    char header[13];
    qToBigEndian(std::uint32_t(w), header);
    qToBigEndian(std::uint32_t(h), header + 4);
    header[8] = 8;  // bits per channel
    header[9] = 2;  // truecolour (RGB)
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering (one filter byte a row)
    header[12] = 0; // not interlaced
    appendChunk(png, "IHDR", header, 13);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        char phys[9];
        qToBigEndian(std::uint32_t(image.dotsPerMeterX()), phys);
        qToBigEndian(std::uint32_t(image.dotsPerMeterY()), phys + 4);
        phys[8] = 1; // per metre
        appendChunk(png, "pHYs", phys, 9);
    }
    appendChunk(png, "IDAT", z.constData() + 4, std::size_t(z.size() - 4));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace PngEncoder
