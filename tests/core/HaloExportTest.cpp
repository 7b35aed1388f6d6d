// Uncertainty halos are translucent on every device: PDF and SVG as in PNG (issue 17).
#include "EventTestData.h"
#include "TestCatch.h"
#include "geo/WebMercator.h"
#include "render/EventLayer.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>

namespace {
constexpr int kSide = 400;
const QColor kBackground(0x30, 0x90, 0x30); // the "map" under the halo: green

// One event known only to its region: a halo ~100 px round about the view's centre.
EventColumns regionEvent()
{
    EventColumns c = mapTestColumns(1);
    const QPointF p = WebMercator::project(34.0, 43.0);
    c.x[0] = p.x();
    c.y[0] = p.y();
    c.geoPrecision[0] = std::uint8_t(GeoPrecision::Region);
    return c;
}

void paintOn(QPainter& p, EventLayer& layer, const MapViewport& view)
{
    p.fillRect(QRectF(0, 0, kSide, kSide), kBackground);
    layer.paint(p, view);
}

// A pixel inside the halo but outside the symbol: halfway out along the diagonal.
QPoint probe()
{
    return QPoint(kSide / 2 + 22, kSide / 2 + 22);
}

void checkTranslucent(const QImage& png, const QImage& other)
{
    const QColor a = png.pixelColor(probe()), b = other.pixelColor(probe());
    INFO("PNG " << a.name().toStdString() << ", other " << b.name().toStdString());
    // The halo tints the map; it does not hide it (an opaque disc would be the category's red).
    CHECK(a != kBackground);
    CHECK(std::abs(a.red() - b.red()) <= 24);
    CHECK(std::abs(a.green() - b.green()) <= 24);
    CHECK(std::abs(a.blue() - b.blue()) <= 24);
    CHECK(b.green() > 100); // the green map shows through
}
} // namespace

TEST_CASE("Halos: SVG and PDF keep the halo's transparency, as PNG", "[map][export][halo]")
{
    const EventColumns cols = regionEvent();
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setColours({QColor(0xd5, 0x10, 0x10)});
    const MapViewport view(QSizeF(kSide, kSide), QPointF(cols.x[0], cols.y[0]), 7);

    QImage png(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&png);
        paintOn(p, layer, view);
    }
    REQUIRE(png.pixelColor(probe()) != kBackground); // the probe lies in the halo

    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("halo.svg"));
    {
        QSvgGenerator svg;
        svg.setFileName(svgPath);
        svg.setSize(QSize(kSide, kSide));
        svg.setViewBox(QRect(0, 0, kSide, kSide));
        QPainter p(&svg);
        paintOn(p, layer, view);
    }
    QImage fromSvg(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
    fromSvg.fill(Qt::white);
    {
        QSvgRenderer renderer(svgPath);
        REQUIRE(renderer.isValid());
        QPainter p(&fromSvg);
        renderer.render(&p, QRectF(0, 0, kSide, kSide));
    }
    checkTranslucent(png, fromSvg);

    // The PDF's pixels, through poppler when it is installed.
    const QString pdfPath = dir.filePath(QStringLiteral("halo.pdf"));
    {
        QPdfWriter pdf(pdfPath);
        pdf.setResolution(72); // a device pixel per point
        pdf.setPageSize(QPageSize(QSizeF(kSide, kSide), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        paintOn(p, layer, view);
    }
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) return;
    QProcess run;
    run.start(pdftoppm,
              {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
               QStringLiteral("-singlefile"), pdfPath, dir.filePath(QStringLiteral("pdf"))});
    REQUIRE(run.waitForFinished(60000));
    const QImage fromPdf(dir.filePath(QStringLiteral("pdf.png")));
    REQUIRE(fromPdf.size() == QSize(kSide, kSide));
    checkTranslucent(png, fromPdf.convertToFormat(QImage::Format_ARGB32_Premultiplied));
}
