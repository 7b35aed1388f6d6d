// Headless renders compared with reviewed images, with a tolerance (see ImageCompare.h).
// To accept a deliberate change in the picture: run
//   TIGRIS_UPDATE_GOLDEN=1 build/tests/tigris_core_tests "[golden]"
// look at the rewritten PNGs under tests/fixtures/render/, and commit them (docs/map.md).
#include "compose/MapExport.h"

#include "EventTestData.h"
#include "ImageCompare.h"
#include "TestCatch.h"
#include "compose/SnapshotRenderer.h"
#include "io/SampleProject.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <stdexcept>

namespace {
const QString kFixtures = QStringLiteral(TIGRIS_FIXTURES "/render/");
}

TEST_CASE("MapExport: the bundled dataset's map matches the reviewed image", "[map][golden]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    MapExportOptions options;
    options.size = QSize(800, 500);
    options.bbox = GeoBox{38.0, 31.5, 47.0, 38.0};
    options.window = TimeWindow{FuzzyDate::parse(QStringLiteral("2014-06"))->begin(),
                                FuzzyDate::parse(QStringLiteral("2014-06"))->end()};
    const QImage image = MapExport::render(*store, options);
    REQUIRE(image.size() == QSize(800, 500));
    // A pixel differs when a channel is off by more than 48; at most 1.5 % may (text hinting
    // and antialiasing), far less than a moved symbol or a missing layer causes.
    const ImageDifference d =
        compareWithGolden(image, kFixtures + QStringLiteral("iraq2014-golden.png"), 48);
    REQUIRE(d.sizesMatch);
    INFO("differing pixels: " << d.fraction * 100 << " %");
    CHECK(d.fraction <= 0.015);
}

TEST_CASE("MapPainter: events alone match the reviewed image", "[map][golden]")
{
    // Synthetic events around Mosul, Baghdad and Tikrit at country zoom: clusters with their
    // category mix, single symbols, halos of "near" and "region" positions, hollow imprecise
    // dates, faded rows, a selection.
    EventColumns cols = mapTestColumns(12000, 9, 0.5);
    for (std::size_t i = 0; i < cols.size(); ++i) {
        cols.geoPrecision[i] = std::uint8_t(1 + i % 3);
        cols.precision[i] = i % 5 == 0 ? 2 : 3;
        cols.category[i] = std::uint16_t(i / 3 % 5 % 3); // mixed, unevenly, in every place
    }
    // Around Tikrit (every third row) all are shown, so the view holds more than the
    // individual limit and dense cells become clusters; elsewhere a few faded ones.
    std::vector<std::uint8_t> visible(cols.size(), 0);
    for (std::size_t i = 0; i < cols.size(); ++i)
        visible[i] = i % 3 == 2 ? 255 : i % 37 == 0 ? std::uint8_t(80 + i % 170) : 0;
    EventLayer layer;
    layer.setColumns(&cols);
    layer.setColours({QColor(0xD55E00), QColor(0x0072B2), QColor(0x009E73)});
    layer.setVisibility(&visible);
    layer.setSelection({37 * 4});
    const MapViewport view(QSizeF(640, 400), WebMercator::project(34.8, 43.8), 6.2);
    QImage image(640, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        MapPainter::paint(p, view, {&layer}, MapDecorations{true, false, {}});
    }
    const ImageDifference d =
        compareWithGolden(image, kFixtures + QStringLiteral("events-golden.png"), 48);
    REQUIRE(d.sizesMatch);
    INFO("differing pixels: " << d.fraction * 100 << " %");
    CHECK(d.fraction <= 0.005);
}

TEST_CASE("MapExport: files by suffix, clear errors", "[map][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    MapExportOptions options;
    options.size = QSize(480, 320);
    const QString png = dir.filePath(QStringLiteral("map.png"));
    MapExport::save(*store, options, png);
    CHECK(QImage(png).size() == QSize(480, 320));
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    MapExport::save(*store, options, svg);
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    CHECK(svgFile.readAll().contains("<svg"));
    try {
        MapExport::save(*store, options, dir.filePath(QStringLiteral("map.xyz")));
        FAIL("no error for an unknown format");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromUtf8(e.what()).contains(QStringLiteral("map.xyz")));
    }
    try {
        MapExport::save(*store, options, QStringLiteral("/nonexistent-dir/map.png"));
        FAIL("no error for an unwritable path");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent-dir/map.png")));
    }
    // A time window with no events draws fewer symbols than all of them.
    const QImage all = MapExport::render(*store, options);
    options.window = TimeWindow{FuzzyDate::parse(QStringLiteral("1990"))->begin(),
                                FuzzyDate::parse(QStringLiteral("1990"))->end()};
    const QImage none = MapExport::render(*store, options);
    CHECK(all != none);
}

TEST_CASE("MapExport: the timeline strip centres the window at any size", "[map][export]")
{
    // The window is drawn as a blue band with handles; it spans the middle fifth of the strip
    // (two window lengths of context on each side), at screen size and at 2.4× (4K).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    for (const QSize size : {QSize(1600, 900), QSize(3840, 2160)}) {
        INFO(size.width());
        MapExportOptions o;
        o.size = size;
        o.timeline = true;
        o.window = TimeWindow{FuzzyDate::parse(QStringLiteral("2014-06-10"))->begin(),
                              FuzzyDate::parse(QStringLiteral("2014-06-13"))->begin()};
        const QImage image = MapExport::render(*store, o);
        // A row inside the strip, below its header: find the band's blue edges.
        const int y = size.height() - size.height() / 9;
        int left = -1, right = -1;
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 60 && c.blue() > 150) {
                if (left < 0) left = x;
                right = x;
            }
        }
        REQUIRE(left >= 0);
        CHECK(double(left) / size.width() == Approx(0.4).margin(0.03));
        CHECK(double(right) / size.width() == Approx(0.6).margin(0.03));
    }
}

TEST_CASE("MapExport: a 300 dpi page has the layout of the same page at 96 dpi", "[map][export]")
{
    // Text, symbols and lines scale with the DPI exactly once: A4 at 300 dpi shrunk to 96 dpi
    // matches A4 drawn at 96 dpi, apart from antialiasing (text three times too large, as
    // when the device's DPI also scaled the fonts, differs on far more pixels).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    MapExportOptions o;
    o.title = QStringLiteral("Northern Iraq, June 2014");
    o.timeline = true;
    o.window = TimeWindow{FuzzyDate::parse(QStringLiteral("2014-06-05"))->begin(),
                          FuzzyDate::parse(QStringLiteral("2014-06-13"))->begin()};
    o.dpi = 96;
    o.size = MapExport::pageSize(QStringLiteral("a4"), 96);
    const QImage screen = MapExport::render(*store, o);
    o.dpi = 300;
    o.size = MapExport::pageSize(QStringLiteral("a4"), 300);
    const QImage page = MapExport::render(*store, o);
    CHECK(page.size() == QSize(2480, 3508));
    CHECK(page.dotsPerMeterX() == 11811);
    const QImage shrunk =
        page.scaled(screen.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const ImageDifference d = compareImages(shrunk, screen, 64);
    INFO("differing pixels: " << d.fraction * 100 << " %");
    CHECK(d.fraction < 0.03);

    // SVG and PDF: the same page size in inches, laid out at 96 dpi.
    const QString svg = dir.filePath(QStringLiteral("a4.svg"));
    MapExport::save(*store, o, svg);
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.contains("width=\"210.")); // mm, from 794 px at 96 dpi
}

TEST_CASE("MapExport: the first raster picture, its basemap painted beside the index, is the "
          "picture painted in order",
          "[map][export]")
{
    // Enough events for render() to paint the basemap on a second thread while the index is
    // built; paint() does the same steps one after the other, on the caller's painter.
    const EventColumns cols = mapTestColumns(120'000, 5, 0.8, 3);
    std::vector<Category> categories(3);
    for (int i = 0; i < 3; ++i) {
        categories[std::size_t(i)].name = QStringLiteral("category %1").arg(i);
        categories[std::size_t(i)].colour = QColor::fromHsv(i * 120, 200, 200);
    }
    MapExportOptions options;
    options.size = QSize(1200, 800);
    options.title = QStringLiteral("Northern Iraq");
    options.timeline = true;
    options.window = TimeWindow{100 * 86400, 400 * 86400};

    SnapshotRenderer threaded(cols, categories);
    const QImage first = threaded.render(options);

    SnapshotRenderer inOrder(cols, categories);
    QImage painted(options.size, QImage::Format_RGB32);
    {
        QPainter p(&painted);
        p.setRenderHint(QPainter::Antialiasing);
        inOrder.paint(p, QSizeF(options.size), options);
    }
    REQUIRE(first.size() == painted.size());
    CHECK(first == painted.convertToFormat(first.format()));
    // The basemap is there at all: the Mediterranean's sea and Syria's land.
    CHECK(first.pixel(20, 300) == qRgb(0xd4, 0xe4, 0xef));
    CHECK(first.pixel(300, 500) == qRgb(0xf4, 0xf1, 0xea));
    // The second picture from the same renderer (index kept) is the same again.
    CHECK(threaded.render(options) == first);
}
