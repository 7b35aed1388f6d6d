#pragma once
// Compares a rendered image with a reviewed ("golden") one with a tolerance: antialiasing and
// font hinting move a few channel values by a little on another machine or Qt version; a
// moved symbol, a missing layer or a changed colour moves many pixels by a lot.
#include <QImage>
#include <QString>
#include <cstdlib>

struct ImageDifference {
    bool sizesMatch = false;
    long differing = 0;      // pixels where some channel differs by more than the tolerance
    double fraction = 1.0;   // differing / all pixels
    int maxChannelDelta = 0; // the largest difference of any channel
    QImage mask;             // differing pixels in red, for looking at a failure
};

inline ImageDifference compareImages(const QImage& actual, const QImage& expected,
                                     int channelTolerance)
{
    ImageDifference d;
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    d.sizesMatch = !a.isNull() && a.size() == b.size();
    if (!d.sizesMatch) return d;
    d.mask = QImage(a.size(), QImage::Format_ARGB32);
    d.mask.fill(Qt::white);
    for (int y = 0; y < a.height(); ++y) {
        const auto* ra = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int delta = std::max(
                {std::abs(qRed(ra[x]) - qRed(rb[x])), std::abs(qGreen(ra[x]) - qGreen(rb[x])),
                 std::abs(qBlue(ra[x]) - qBlue(rb[x])), std::abs(qAlpha(ra[x]) - qAlpha(rb[x]))});
            d.maxChannelDelta = std::max(d.maxChannelDelta, delta);
            if (delta > channelTolerance) {
                ++d.differing;
                d.mask.setPixel(x, y, qRgb(255, 0, 0));
            }
        }
    }
    d.fraction = double(d.differing) / (double(a.width()) * a.height());
    return d;
}

// Compares with the golden file; with TIGRIS_UPDATE_GOLDEN=1 in the environment it (re)writes
// the golden instead (look at it before committing). On failure the actual image and the mask
// are written next to the golden as .actual.png and .diff.png.
inline ImageDifference compareWithGolden(const QImage& actual, const QString& goldenPath,
                                         int channelTolerance)
{
    if (qEnvironmentVariableIntValue("TIGRIS_UPDATE_GOLDEN") == 1) actual.save(goldenPath);
    ImageDifference d = compareImages(actual, QImage(goldenPath), channelTolerance);
    if (!d.sizesMatch || d.differing > 0) {
        const QString stem = goldenPath.chopped(4);
        actual.save(stem + QStringLiteral(".actual.png"));
        if (!d.mask.isNull()) d.mask.save(stem + QStringLiteral(".diff.png"));
    }
    return d;
}
