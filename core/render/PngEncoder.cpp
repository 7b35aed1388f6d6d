#include "render/PngEncoder.h"

#include "base/Error.h"

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

// Deflates `in` into band.deflated, growing it as needed; false on a zlib error.
bool deflateInto(z_stream& zs, Band& band, const std::uint8_t* in, std::size_t size, int flush)
{
    zs.next_in = const_cast<Bytef*>(in);
    zs.avail_in = uInt(size);
    for (;;) {
        if (band.deflated.size() - qsizetype(zs.total_out) < 64 * 1024)
            band.deflated.resize(std::max<qsizetype>(band.deflated.size() * 2, 256 * 1024));
        zs.next_out = reinterpret_cast<Bytef*>(band.deflated.data()) + zs.total_out;
        zs.avail_out = uInt(band.deflated.size() - qsizetype(zs.total_out));
        const int rc = deflate(&zs, flush);
        if (rc == Z_STREAM_END) return true;
        if (rc != Z_OK && rc != Z_BUF_ERROR) return false;
        // Done when the input is used up and zlib had room to spare (nothing left to flush).
        if (zs.avail_in == 0 && zs.avail_out > 0) return flush != Z_FINISH;
    }
}

// A few rows at a time through one small buffer that stays in the cache: the filtered image
// is never whole in memory (25 MB at 4K, all of it fresh pages to fault in).
constexpr int kRowsPerChunk = 16;

void encodeBand(const QImage& image, int level, Band& band)
{
    const int w = image.width();
    const qsizetype stride = 1 + 3 * qsizetype(w);
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    std::vector<std::uint8_t> raw(std::size_t(stride) * kRowsPerChunk);
    bool ok = true;
    for (int y0 = band.y0; ok && y0 < band.y1; y0 += kRowsPerChunk) {
        const int y1 = std::min(band.y1, y0 + kRowsPerChunk);
        for (int y = y0; y < y1; ++y) {
            const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            const QRgb* above =
                y > 0 ? reinterpret_cast<const QRgb*>(image.constScanLine(y - 1)) : nullptr;
            std::uint8_t* out = raw.data() + stride * (y - y0);
            *out++ = 2; // Up: each byte minus the one above; flat areas become runs of zeros
            for (int x = 0; x < w; ++x) {
                const QRgb p = line[x], q = above ? above[x] : 0;
                out[3 * x] = std::uint8_t(qRed(p) - qRed(q));
                out[3 * x + 1] = std::uint8_t(qGreen(p) - qGreen(q));
                out[3 * x + 2] = std::uint8_t(qBlue(p) - qBlue(q));
            }
        }
        const std::size_t bytes = std::size_t(stride) * std::size_t(y1 - y0);
        band.adler = adler32(band.adler, raw.data(), uInt(bytes));
        band.length += uLong(bytes);
        ok = deflateInto(zs, band, raw.data(), bytes, Z_NO_FLUSH);
    }
    band.ok = ok && deflateInto(zs, band, nullptr, 0, band.last ? Z_FINISH : Z_SYNC_FLUSH);
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
        if (!b.ok) throw ExportError(QStringLiteral("PNG: zlib could not compress the image"));
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
