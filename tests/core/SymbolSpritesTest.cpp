#include "render/SymbolSprites.h"

#include "TestCatch.h"

#include <QImage>
#include <QPainter>

TEST_CASE("SymbolSprites: a halo fades from 28 % to nothing at its radius", "[map][uncertainty]")
{
    SymbolSprites sprites;
    const QImage& halo = sprites.halo(QColor(200, 0, 0), 100);
    const int c = halo.width() / 2;
    CHECK(halo.width() >= 200);
    CHECK(halo.width() <= 212);
    CHECK(qAlpha(halo.pixel(c, c)) == Approx(0.28 * 255).margin(2));
    CHECK(qAlpha(halo.pixel(c + 70, c)) == Approx(0.168 * 255).margin(3));
    CHECK(qAlpha(halo.pixel(c + 95, c)) < 20);
    CHECK(qAlpha(halo.pixel(c + 103, c)) == 0);
    CHECK(qAlpha(halo.pixel(c, c - 50)) == qAlpha(halo.pixel(c, c + 49))); // symmetric
    CHECK(qAlpha(halo.pixel(0, 0)) == 0);
    // Radii within 1 % share an image; the same call returns the cached one.
    CHECK(sprites.halo(QColor(200, 0, 0), 100.5).cacheKey() == halo.cacheKey());
    CHECK(sprites.halo(QColor(200, 0, 0), 110).cacheKey() != halo.cacheKey());
}

TEST_CASE("SymbolSprites: sized in logical pixels, made at the device's ratio", "[map]")
{
    SymbolSprites sprites;
    const QImage one = sprites.dot(Qt::blue, 5, 1.2, false);
    sprites.setDevicePixelRatio(2);
    const QImage two = sprites.dot(Qt::blue, 5, 1.2, false);
    CHECK(two.width() == Approx(2 * one.width()).margin(1));
    CHECK(two.deviceIndependentSize().width() == Approx(one.width()).margin(0.5));
    // Drawn centred: the disc's middle lands on the point.
    QImage target(40, 40, QImage::Format_ARGB32_Premultiplied);
    target.fill(Qt::white);
    QPainter p(&target);
    SymbolSprites::drawCentred(p, QPointF(20, 20), one);
    p.end();
    CHECK(target.pixel(20, 20) == QColor(Qt::blue).rgb());
    CHECK(target.pixel(20, 28) == qRgb(255, 255, 255));
    CHECK(target.pixel(28, 20) == qRgb(255, 255, 255));
}
