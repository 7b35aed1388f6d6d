// A halo label shaped once (HaloText) against the same label drawn with nine drawText calls, as
// it was: the same glyphs at the same places, at the ratios the screen and exports use.
#include "render/HaloText.h"

#include "ImageCompare.h"
#include "TestCatch.h"

#include <QPainter>

namespace {
QImage canvas(double ratio)
{
    QImage image((QSizeF(320, 60) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(90, 140, 90)); // a dark ground, so that the white halo shows
    return image;
}

void setUp(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont f = p.font();
    f.setPointSizeF(9);
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setLayoutDirection(Qt::LeftToRight);
}
} // namespace

TEST_CASE("A halo label shaped once draws as nine drawText calls do", "[render][labels]")
{
    const QPointF baseline(10.3, 35.6);
    const QColor colour(40, 40, 40);
    for (const QString& text :
         {QStringLiteral("Mosul"), QStringLiteral("Dayr az Zawr (Deir ez-Zor)"),
          QStringLiteral("الموصل"), QStringLiteral("Ārbīl – Hewlêr")}) {
        for (const double ratio : {1.0, 2.0}) {
            INFO(text.toStdString() << " at ratio " << ratio);
            QImage shaped = canvas(ratio), reference = canvas(ratio), empty = canvas(ratio);
            {
                QPainter p(&shaped);
                setUp(p);
                HaloText::draw(p, baseline, text, colour, 1.2);
            }
            {
                QPainter p(&reference);
                setUp(p);
                const double d = 1.2, e = 1.2 * 0.7071;
                p.setPen(QColor(255, 255, 255, 235));
                for (const QPointF o :
                     {QPointF(d, 0), QPointF(-d, 0), QPointF(0, d), QPointF(0, -d), QPointF(e, e),
                      QPointF(-e, e), QPointF(e, -e), QPointF(-e, -e)})
                    p.drawText(baseline + o, text);
                p.setPen(colour);
                p.drawText(baseline, text);
            }
            const long inked = compareImages(reference, empty, 48).differing;
            CHECK(inked > long(150 * ratio * ratio));
            const ImageDifference d = compareImages(shaped, reference, 48);
            INFO(d.differing << " of " << inked << " inked pixels differ, max delta "
                             << d.maxChannelDelta);
            CHECK(d.differing <= inked / 50);
        }
    }
}
