#include "RunTigris.h"
#include "TestCatch.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("export-image writes PNG, JPEG, SVG and PDF at the size asked", "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);

    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(
        runTigris({QStringLiteral("export-image"), project, png, QStringLiteral("--size"),
                   QStringLiteral("3840x2160"), QStringLiteral("--layout"),
                   QStringLiteral("map+timeline"), QStringLiteral("--title"),
                   QStringLiteral("Mosul"), QStringLiteral("--from"), QStringLiteral("2014-06-10"),
                   QStringLiteral("--to"), QStringLiteral("2014-06-12")})
            .code == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(3840, 2160));
    // Not blank: the basemap's land, sea and the event colours give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 37)
        for (int x = 0; x < image.width(); x += 37)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);

    const QString jpg = dir.filePath(QStringLiteral("map.jpg"));
    REQUIRE(runTigris({QStringLiteral("export-image"), project, jpg, QStringLiteral("--size"),
                       QStringLiteral("800x600")})
                .code == 0);
    CHECK(QImage(jpg).size() == QSize(800, 600));

    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(runTigris({QStringLiteral("export-image"), project, svg, QStringLiteral("--size"),
                       QStringLiteral("1200x800")})
                .code == 0);
    QDomDocument doc;
    REQUIRE(doc.setContent(readAll(svg)));
    CHECK(doc.documentElement().tagName() == QStringLiteral("svg"));
    CHECK(doc.elementsByTagName(QStringLiteral("text")).size() > 5); // labels stay text
    CHECK(doc.elementsByTagName(QStringLiteral("image")).isEmpty()); // and nothing is raster
    CHECK(doc.elementsByTagName(QStringLiteral("path")).size() > 20);

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(runTigris({QStringLiteral("export-image"), project, pdf, QStringLiteral("--page"),
                       QStringLiteral("a4"), QStringLiteral("--dpi"), QStringLiteral("150")})
                .code == 0);
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") +
              bytes.count("/Type/Page\n") >=
          1);
    CHECK_FALSE(bytes.contains("/Subtype /Image")); // vectors only
    // A4 portrait is 595 × 842 points.
    CHECK((bytes.contains("/MediaBox [0 0 595") || bytes.contains("/MediaBox [0 0 594")));

    CHECK(
        runTigris({QStringLiteral("export-image"), project, dir.filePath(QStringLiteral("x.bmp"))})
            .code == 2);
    CHECK(runTigris({QStringLiteral("export-image"), project, png, QStringLiteral("--size"),
                     QStringLiteral("9000x100")})
              .code == 2);
}

TEST_CASE("export-frames steps the window and writes one PNG per step", "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString frames = dir.filePath(QStringLiteral("frames"));
    const TigrisRun r = runTigris(
        {QStringLiteral("export-frames"), project, frames, QStringLiteral("--from"),
         QStringLiteral("2014-06-05"), QStringLiteral("--to"), QStringLiteral("2014-06-12"),
         QStringLiteral("--step"), QStringLiteral("1d"), QStringLiteral("--size"),
         QStringLiteral("640x360"), QStringLiteral("--mode"), QStringLiteral("cumulative")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList files =
        QDir(frames).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 8); // 5 … 12 June
    CHECK(files.first() == QStringLiteral("frame-00000.png"));
    CHECK(QImage(QDir(frames).filePath(files.last())).size() == QSize(640, 360));
    // Cumulative frames only add events: the last differs from the first.
    CHECK(QImage(QDir(frames).filePath(files.first())) !=
          QImage(QDir(frames).filePath(files.last())));
}

TEST_CASE("export-frames --video assembles an MP4 or GIF with ffmpeg", "[cli][export][ffmpeg]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString frames = dir.filePath(QStringLiteral("frames"));
    const QStringList common{QStringLiteral("export-frames"),
                             project,
                             frames,
                             QStringLiteral("--from"),
                             QStringLiteral("2014-06-05"),
                             QStringLiteral("--to"),
                             QStringLiteral("2014-06-09"),
                             QStringLiteral("--size"),
                             QStringLiteral("480x270")};
    CHECK(
        runTigris(common + QStringList{QStringLiteral("--video"), QStringLiteral("x.avi")}).code ==
        2);
    CHECK(runTigris(common + QStringList{QStringLiteral("--fps"), QStringLiteral("0")}).code == 2);
    CHECK(runTigris(common + QStringList{QStringLiteral("--step"), QStringLiteral("1y")}).code ==
          2);
    const QString mp4 = dir.filePath(QStringLiteral("june.mp4"));
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
        // Without ffmpeg (ctest's no_ffmpeg entries hide it): a clear error, no video.
        const TigrisRun r = runTigris(common + QStringList{QStringLiteral("--video"), mp4});
        CHECK(r.code != 0);
        CHECK(r.err.contains("ffmpeg is not installed"));
        CHECK_FALSE(QFile::exists(mp4));
        return;
    }
    const TigrisRun r =
        runTigris(common + QStringList{QStringLiteral("--video"), mp4, QStringLiteral("--fps"),
                                       QStringLiteral("2")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("5 frames"));
    CHECK(readAll(mp4).mid(4, 4) == "ftyp");
    CHECK(QDir(frames).entryList({QStringLiteral("*.png")}).size() == 5);
}

TEST_CASE("export-image: Letter at 300 dpi and the largest custom size", "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    const QString letter = dir.filePath(QStringLiteral("letter.png"));
    REQUIRE(runTigris({QStringLiteral("export-image"), project, letter, QStringLiteral("--page"),
                       QStringLiteral("letter"), QStringLiteral("--dpi"), QStringLiteral("300")})
                .code == 0);
    QImage image(letter);
    CHECK(image.size() == QSize(2550, 3300)); // 8.5 × 11 in
    CHECK(image.dotsPerMeterX() == 11811);    // 300 dpi recorded in the file
    const QString big = dir.filePath(QStringLiteral("big.png"));
    REQUIRE(runTigris({QStringLiteral("export-image"), project, big, QStringLiteral("--size"),
                       QStringLiteral("8192x8192")})
                .code == 0);
    CHECK(QImageReader(big).size() == QSize(8192, 8192));
}
