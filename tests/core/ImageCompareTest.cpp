#include "ImageCompare.h"

#include "TestCatch.h"

TEST_CASE("ImageCompare: tolerance per channel and fraction of pixels", "[map][golden]")
{
    QImage a(100, 50, QImage::Format_ARGB32);
    a.fill(qRgb(100, 150, 200));
    QImage b = a;
    CHECK(compareImages(a, b, 0).differing == 0);
    CHECK(compareImages(a, b, 0).fraction == 0);
    b.setPixel(3, 4, qRgb(110, 150, 200)); // off by 10 in red
    CHECK(compareImages(a, b, 10).differing == 0);
    CHECK(compareImages(a, b, 9).differing == 1);
    CHECK(compareImages(a, b, 9).fraction == Approx(1.0 / 5000));
    CHECK(compareImages(a, b, 9).maxChannelDelta == 10);
    CHECK(compareImages(a, b, 9).mask.pixel(3, 4) == qRgb(255, 0, 0));
    // Formats do not matter, sizes do.
    CHECK(compareImages(a.convertToFormat(QImage::Format_RGB32), a, 0).differing == 0);
    CHECK_FALSE(compareImages(a, a.scaled(50, 50), 0).sizesMatch);
    CHECK_FALSE(compareImages(a, QImage(), 0).sizesMatch);
}
