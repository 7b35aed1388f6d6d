// PolylineStroker: a long outline stroked in pieces looks like the stroke in one piece.
#include "render/PolylineStroker.h"

#include "ImageCompare.h"
#include "TestCatch.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <random>

namespace {
// A ragged coastline in world units of [0, 1]: two rings, one with a hole, of `points` each.
QPainterPath raggedOutline(int points = 3000)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> wobble(-0.004, 0.004);
    QPainterPath path;
    for (const double r : {0.4, 0.15}) {
        QPolygonF ring;
        for (int i = 0; i < points; ++i) {
            const double a = 2 * M_PI * i / points;
            ring << QPointF(0.5 + (r + wobble(rng)) * std::cos(a),
                            0.5 + (r + wobble(rng)) * std::sin(a));
        }
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

const QTransform kWorld(1400, 0, 0, 1100, 0, 0);
const QPointF kOffset(20, 10); // an outer transform, as the map's place on a page

QImage stroked(bool inPieces, const QPainterPath& path)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(kOffset);
    QPen pen(QColor(0xa8, 0x9f, 0x95), 1.92);
    pen.setCosmetic(true);
    p.setPen(pen);
    if (inPieces) {
        PolylineStroker::stroke(p, path, kWorld * p.transform());
    } else {
        p.setTransform(kWorld, true);
        p.drawPath(path);
    }
    return image;
}
} // namespace

TEST_CASE("PolylineStroker: a border stroked in pieces is the border in one stroke",
          "[render][stroke]")
{
    const QImage one = stroked(false, raggedOutline()), pieces = stroked(true, raggedOutline());
    const ImageDifference d = compareImages(pieces, one, 48);
    REQUIRE(d.sizesMatch);
    INFO("differing " << d.differing << " of " << one.width() * one.height());
    CHECK(d.fraction < 0.0005);
    // Something was drawn, where the outline runs: the ring of radius 0.4 crosses x = 0.9.
    long inked = 0;
    for (int y = 0; y < pieces.height(); ++y)
        for (int x = 0; x < pieces.width(); ++x)
            inked += pieces.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(inked > 20000);
    // Every segment is drawn, none skipped between pieces: with segments a few pixels long,
    // each one's middle is inked.
    const QPainterPath coarse = raggedOutline(500);
    const QImage coarsePieces = stroked(true, coarse);
    const QTransform toDevice = kWorld * QTransform::fromTranslate(kOffset.x(), kOffset.y());
    int blank = 0;
    for (int i = 1; i < coarse.elementCount(); ++i) {
        if (coarse.elementAt(i).isMoveTo()) continue;
        const QPointF a = toDevice.map(QPointF(coarse.elementAt(i - 1)));
        const QPointF b = toDevice.map(QPointF(coarse.elementAt(i)));
        const QPoint m = ((a + b) / 2).toPoint();
        blank += coarsePieces.pixel(m) == qRgb(255, 255, 255);
    }
    CHECK(blank == 0);
    // The painter's own transform is back as it was.
    QImage image(10, 10, QImage::Format_RGB32);
    QPainter p(&image);
    p.translate(3, 4);
    PolylineStroker::stroke(p, raggedOutline(), QTransform());
    CHECK(p.transform() == QTransform::fromTranslate(3, 4));
}
