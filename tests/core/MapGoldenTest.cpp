// A headless render of the bundled dataset compared with a reviewed image, with a tolerance
// for antialiasing differences. To accept a deliberate change in the picture, delete
// tests/fixtures/render/iraq2014-golden.png, run the test once (it writes the new image next
// to the old path with a .new.png suffix), look at it, and rename it.
#include "TestCatch.h"
#include "io/SampleProject.h"
#include "render/MapExport.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QFile>
#include <QTemporaryDir>

TEST_CASE("The headless map of the bundled dataset matches the reviewed image", "[map][golden]")
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
    const QImage image = MapExport::render(*store, options).convertToFormat(QImage::Format_RGB32);

    const QString goldenPath = QStringLiteral(TIGRIS_FIXTURES "/render/iraq2014-golden.png");
    QImage golden(goldenPath);
    if (golden.isNull()) {
        image.save(goldenPath + QStringLiteral(".new.png"));
        FAIL("no golden image; wrote " << (goldenPath + QStringLiteral(".new.png")).toStdString());
    }
    golden = golden.convertToFormat(QImage::Format_RGB32);
    REQUIRE(golden.size() == image.size());
    // A pixel differs when any channel is off by more than 48; at most 1.5 % may differ
    // (text hinting and antialiasing), far less than a moved symbol or a missing layer causes.
    int differing = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb a = image.pixel(x, y), b = golden.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) > 48 || std::abs(qGreen(a) - qGreen(b)) > 48 ||
                std::abs(qBlue(a) - qBlue(b)) > 48)
                ++differing;
        }
    const double fraction = double(differing) / (image.width() * image.height());
    if (fraction > 0.015) image.save(goldenPath + QStringLiteral(".new.png"));
    INFO("differing pixels: " << fraction * 100 << " %");
    CHECK(fraction <= 0.015);
}
