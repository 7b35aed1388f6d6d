#include "render/PngEncoder.h"

#include <QImage>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>
#include <zlib.h>

namespace {

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
    appendUint32(out,
                 std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(out.constData() + start),
                                     uInt(size + 4))));
}

// One band of rows, filtered and deflated as raw deflate; every band but the last ends on a
// sync flush (a byte boundary, no final block), so the bands concatenate into one stream.
struct Band {
    int y0 = 0, y1 = 0;
    bool last = false;
    QByteArray deflated;
    uLong adler = 1;
    uLong length = 0;
    bool ok = false;
};

void encodeBand(const QImage& image, int level, Band& band)
{
    const int w = image.width();
    const qsizetype stride = 1 + 3 * qsizetype(w);
    QByteArray raw(stride * (band.y1 - band.y0), Qt::Uninitialized);
    for (int y = band.y0; y < band.y1; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const QRgb* above =
            y > 0 ? reinterpret_cast<const QRgb*>(image.constScanLine(y - 1)) : nullptr;
        auto* out = reinterpret_cast<std::uint8_t*>(raw.data() + stride * (y - band.y0));
        *out++ = 2; // Up: each byte minus the one above; flat areas become runs of zeros
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x], q = above ? above[x] : 0;
            out[3 * x] = std::uint8_t(qRed(p) - qRed(q));
            out[3 * x + 1] = std::uint8_t(qGreen(p) - qGreen(q));
            out[3 * x + 2] = std::uint8_t(qBlue(p) - qBlue(q));
        }
    }
    band.length = uLong(raw.size());
    band.adler = adler32(1, reinterpret_cast<const Bytef*>(raw.constData()), uInt(raw.size()));
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    band.deflated.resize(qsizetype(deflateBound(&zs, uLong(raw.size())) + 16));
    zs.next_in = reinterpret_cast<Bytef*>(raw.data());
    zs.avail_in = uInt(raw.size());
    zs.next_out = reinterpret_cast<Bytef*>(band.deflated.data());
    zs.avail_out = uInt(band.deflated.size());
    const int rc = deflate(&zs, band.last ? Z_FINISH : Z_SYNC_FLUSH);
    band.ok = band.last ? rc == Z_STREAM_END : rc == Z_OK && zs.avail_in == 0;
    band.deflated.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
}

} // namespace

namespace PngEncoder {

QByteArray encode(const QImage& source, int level, int threads)
{
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    level = std::clamp(level, 1, 9);
    // Bands of at least 256 rows: below that the threads cost more than they save.
    const int bands = std::clamp(std::min(threads, h / 256), 1, 16);
    std::vector<Band> parts(static_cast<std::size_t>(bands));
    for (int i = 0; i < bands; ++i) {
        parts[std::size_t(i)].y0 = int(qint64(h) * i / bands);
        parts[std::size_t(i)].y1 = int(qint64(h) * (i + 1) / bands);
        parts[std::size_t(i)].last = i == bands - 1;
    }
    {
        std::vector<std::thread> workers;
        for (std::size_t i = 1; i < parts.size(); ++i)
            workers.emplace_back(encodeBand, std::cref(image), level, std::ref(parts[i]));
        encodeBand(image, level, parts[0]);
        for (std::thread& t : workers)
            t.join();
    }
    // zlib's header (deflate, 32 KB window, the level's FLEVEL, check bits), the bands, and
    // the Adler-32 of all the filtered bytes.
    const int flevel = level == 1 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
    const int cmf = 0x78;
    int flg = flevel << 6;
    flg += 31 - (cmf * 256 + flg) % 31;
    QByteArray z;
    qsizetype total = 6;
    for (const Band& b : parts) {
        if (!b.ok) throw std::runtime_error("PNG: zlib could not compress the image");
        total += b.deflated.size();
    }
    z.reserve(total);
    z.append(char(cmf));
    z.append(char(flg));
    uLong adler = 1;
    for (const Band& b : parts) {
        z.append(b.deflated);
        adler = adler32_combine(adler, b.adler, z_off_t(b.length));
    }
    char check[4];
    qToBigEndian(std::uint32_t(adler), check);
    z.append(check, 4);
    parts.clear();

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
    appendChunk(png, "IDAT", z.constData(), std::size_t(z.size()));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace PngEncoder
