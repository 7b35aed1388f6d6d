#include "render/PngEncoder.h"

#include "TestCatch.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <random>

namespace {
QImage decode(const QByteArray& png)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    return reader.read();
}
} // namespace

TEST_CASE("PngEncoder: lossless RGB that any reader opens, resolution kept", "[export][png]")
{
    // Noise (no filter helps), a drawing (flat areas, antialiased edges) and odd sizes.
    std::mt19937 rng(3);
    QImage noise(257, 33, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, qRgb(int(rng() % 256), int(rng() % 256), int(rng() % 256)));
    QImage drawing(640, 401, QImage::Format_ARGB32_Premultiplied);
    drawing.fill(Qt::white);
    {
        QPainter p(&drawing);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xD5, 0x5E, 0x00));
        p.drawEllipse(QPointF(300, 200), 150, 90);
        p.drawText(20, 380, QStringLiteral("Mosul – 10 June 2014"));
    }
    drawing.setDotsPerMeterX(11811);
    drawing.setDotsPerMeterY(11811);
    QImage dot(1, 1, QImage::Format_RGB32);
    dot.fill(qRgb(1, 2, 3));
    for (const QImage& image : {noise, drawing, dot}) {
        for (int level : {1, 6, 9}) {
            const QByteArray png = PngEncoder::encode(image, level);
            CHECK(png.startsWith("\x89PNG\r\n\x1a\n"));
            const QImage back = decode(png);
            REQUIRE(back.size() == image.size());
            CHECK(back.convertToFormat(QImage::Format_RGB32) ==
                  image.convertToFormat(QImage::Format_RGB32));
            CHECK(back.dotsPerMeterX() ==
                  (image.dotsPerMeterX() > 0 ? image.dotsPerMeterX() : back.dotsPerMeterX()));
        }
    }
    CHECK(decode(PngEncoder::encode(drawing)).dotsPerMeterY() == 11811);
    // A flat drawing compresses to a small fraction of its pixels.
    CHECK(PngEncoder::encode(drawing, 1).size() < 640 * 401 * 3 / 20);
}

TEST_CASE("PngEncoder: bands encoded on several threads read back as the same pixels",
          "[export][png]")
{
    // Tall enough for several bands of 256 rows, with a height that does not divide evenly,
    // noise at the band edges (the Up filter reads the row above across them) and flat areas.
    std::mt19937 rng(11);
    QImage image(300, 1031, QImage::Format_RGB32);
    image.fill(qRgb(240, 238, 230));
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((y / 7 + x / 13) % 3 == 0)
                image.setPixel(x, y, qRgb(int(rng() % 256), int(rng() % 256), int(rng() % 256)));
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    const QByteArray one = PngEncoder::encode(image, 3, 1);
    for (int threads : {2, 3, 4, 64}) {
        const QByteArray png = PngEncoder::encode(image, 3, threads);
        const QImage back = decode(png);
        REQUIRE(back.size() == image.size());
        CHECK(back.convertToFormat(QImage::Format_RGB32) == image);
        CHECK(back.dotsPerMeterX() == 11811);
        // Sync flushes between bands cost a few bytes each, not a different compression.
        CHECK(png.size() < one.size() + one.size() / 20);
        if (threads > 1) CHECK(png != one); // the bands really were joined
    }
}
