// The timeline's sprite path (raster devices) against its plain shapes: the same picture to the
// eye at the ratios exports use.
#include "render/TimelineSprites.h"

#include "ImageCompare.h"
#include "TestCatch.h"
#include "render/TimelinePainter.h"
#include "time/DatePrecision.h"

#include <QPainter>
#include <QPicture>
#include <algorithm>
#include <random>

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kFrom = 1'500'000'000 / kDay * kDay;
const QSizeF kSize(800, 170);

struct Scene {
    EventColumns columns;
    std::vector<std::uint8_t> inWindow;
    TimelineScene scene;
};

void add(Scene& s, qint64 lo, qint64 hi, int category, DatePrecision precision, bool approximate,
         std::uint8_t alpha)
{
    EventColumns& c = s.columns;
    c.id.push_back(qint64(c.size()) * 7919 + 13);
    c.x.push_back(0.5);
    c.y.push_back(0.5);
    c.lo.push_back(lo);
    c.hi.push_back(hi);
    c.category.push_back(std::uint16_t(category));
    c.precision.push_back(std::uint8_t(precision));
    c.geoPrecision.push_back(1);
    c.approximate.push_back(approximate ? 1 : 0);
    s.inWindow.push_back(alpha);
}

// Every mark kind: instants and bars, precise, imprecise, approximate, faded, graded, selected;
// at random sub-pixel places. Row 0 is a lone precise instant, row 1 a lone dashed bar.
std::unique_ptr<Scene> everyKind()
{
    auto s = std::make_unique<Scene>();
    add(*s, kFrom + 5 * kDay, kFrom + 5 * kDay + 3600, 0, DatePrecision::Day, false, 255);
    add(*s, kFrom + 90 * kDay + 3000, kFrom + 97 * kDay, 1, DatePrecision::Day, true, 255);
    std::mt19937 random(7);
    const DatePrecision precisions[] = {DatePrecision::Day, DatePrecision::Month,
                                        DatePrecision::Minute};
    const std::uint8_t alphas[] = {255, 0, 150, 255, 37};
    for (int k = 0; k < 240; ++k) {
        const qint64 lo = kFrom + 12 * kDay + qint64(random() % (70 * kDay));
        const bool bar = random() % 3 == 0;
        const qint64 hi = lo + (bar ? qint64(kDay + random() % (9 * kDay)) : 1800);
        add(*s, lo, hi, int(random() % 4), precisions[random() % 3], random() % 3 == 0,
            alphas[random() % 5]);
    }
    TimelineScene& scene = s->scene;
    scene.axis = TimeAxis(kFrom, kFrom + 100 * kDay, kSize.width());
    scene.columns = &s->columns;
    scene.inWindow = &s->inWindow;
    scene.colours = {QColor(200, 60, 40), QColor(40, 110, 200), QColor(60, 160, 70),
                     QColor(150, 80, 170)};
    scene.selection = {3, 10, 17, 40, 41, 77};
    return s;
}

QImage render(const TimelineScene& scene, double ratio)
{
    QImage image((kSize * ratio).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(ratio, ratio);
    TimelinePainter::paint(painter, scene, kSize);
    return image;
}

int darkness(QRgb c)
{
    return 765 - qRed(c) - qGreen(c) - qBlue(c);
}
} // namespace

TEST_CASE("Timeline sprites draw the same marks as the shapes", "[timeline][sprites]")
{
    const auto s = everyKind();
    for (const double ratio : {1.0, 1.2, 2.4}) {
        INFO("ratio " << ratio);
        TimelineScene plainScene = s->scene;
        const QImage plain = render(plainScene, ratio);
        TimelineSprites sprites;
        TimelineScene spriteScene = s->scene;
        spriteScene.sprites = &sprites;
        const QImage fast = render(spriteScene, ratio);
        CHECK(sprites.size() > 20); // the cache did the drawing

        // The picture without events, to know which pixels the marks cover.
        TimelineScene emptyScene = s->scene;
        emptyScene.columns = nullptr;
        emptyScene.selection.clear();
        const QImage empty = render(emptyScene, ratio);
        const long inked = compareImages(plain, empty, 48).differing;
        CHECK(inked > long(2000 * ratio * ratio));

        const ImageDifference d = compareImages(fast, plain, 48);
        INFO("differing " << d.differing << " of " << inked << " inked pixels, max delta "
                          << d.maxChannelDelta);
        CHECK(d.fraction < 0.01);
        CHECK(d.differing < inked / 20);
        if (qEnvironmentVariableIsSet("TIGRIS_KEEP_SPRITE_IMAGES")) {
            fast.save(QStringLiteral("timeline-sprites-%1.png").arg(ratio));
            plain.save(QStringLiteral("timeline-shapes-%1.png").arg(ratio));
            d.mask.save(QStringLiteral("timeline-sprites-diff-%1.png").arg(ratio));
        }

        // The lone instant: its colour at its centre; the lone bar: dashes along its top edge.
        // Where the painter stacked them (TimelinePainter::place, as paint does).
        std::vector<TimelinePainter::Mark> marks;
        REQUIRE(TimelinePainter::place(s->scene, kSize, marks));
        const auto markOf = [&](int row) {
            const auto m =
                std::find_if(marks.begin(), marks.end(),
                             [row](const TimelinePainter::Mark& k) { return k.row == row; });
            REQUIRE(m != marks.end());
            return m->rect;
        };
        const QRectF lone = markOf(0), bar = markOf(1);
        const QColor centre =
            fast.pixelColor(int(lone.center().x() * ratio), int(lone.center().y() * ratio));
        CHECK(centre.red() > 150);
        CHECK(centre.blue() < 100);
        const double barLeft = bar.left();
        const double top = bar.top();
        std::vector<int> edge; // darkness along the top edge: dashes over the fill, and gaps
        for (double x = barLeft + 1; x < barLeft + 40; x += 1.0 / ratio)
            edge.push_back(darkness(fast.pixel(int(x * ratio), int(std::floor(top * ratio)))));
        const auto [lightest, darkest] = std::minmax_element(edge.begin(), edge.end());
        CHECK(*darkest - *lightest > 80);
        const int middle = (*darkest + *lightest) / 2;
        CHECK(std::count_if(edge.begin(), edge.end(), [&](int v) { return v > middle; }) > 5);
        CHECK(std::count_if(edge.begin(), edge.end(), [&](int v) { return v < middle; }) > 2);
    }
}

TEST_CASE("Timeline sprites are refused where they would not look right", "[timeline][sprites]")
{
    TimelineSprites sprites;
    QPicture picture; // a vector device: real shapes
    QPainter onPicture(&picture);
    CHECK_FALSE(sprites.begin(onPicture));
    onPicture.end();

    QImage image(100, 100, QImage::Format_RGB32);
    QPainter painter(&image);
    CHECK(sprites.begin(painter));
    painter.rotate(10);
    CHECK_FALSE(sprites.begin(painter));
    painter.resetTransform();
    painter.scale(0.5, 0.5); // thinner than a device pixel: Qt's fast path already
    CHECK_FALSE(sprites.begin(painter));
}

TEST_CASE("The timeline sprite cache stays bounded", "[timeline][sprites]")
{
    QImage image(200, 200, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.scale(1.2, 1.2);
    TimelineSprites sprites;
    REQUIRE(sprites.begin(painter));
    TimelineMarkLook look;
    int most = 0;
    for (int colour = 0; colour < 200; ++colour) // 10,400 looks
        for (int alpha = 0; alpha < 256; alpha += 3) {
            look.colour = QColor::fromHsv(colour * 359 / 200, 200, 100 + colour % 2 * 100);
            look.alpha = alpha;
            sprites.drawInstant(painter, QRectF(10.1 + colour % 7 * 0.3, 20.6, 6, 6), look);
            most = std::max(most, sprites.size());
        }
    CHECK(most <= 8192);
    CHECK(most > 4000);
}

TEST_CASE("Dashed and solid bar outlines from sprites match the shapes", "[timeline][sprites]")
{
    // Bars only, most of them approximate (dashed), so the outlines are most of the ink.
    auto s = std::make_unique<Scene>();
    std::mt19937 random(11);
    for (int k = 0; k < 40; ++k) {
        const qint64 lo = kFrom + qint64(random() % (90 * kDay));
        add(*s, lo, lo + kDay + qint64(random() % (6 * kDay)), k % 4,
            k % 5 == 0 ? DatePrecision::Month : DatePrecision::Day, k % 5 != 1, 255);
    }
    TimelineScene& scene = s->scene;
    scene.axis = TimeAxis(kFrom, kFrom + 100 * kDay, kSize.width());
    scene.columns = &s->columns;
    scene.colours = {QColor(200, 60, 40), QColor(40, 110, 200), QColor(60, 160, 70),
                     QColor(150, 80, 170)};
    scene.selection = {5};
    for (const double ratio : {1.2, 2.4, 3.0}) {
        INFO("ratio " << ratio);
        const QImage plain = render(scene, ratio);
        TimelineSprites sprites;
        TimelineScene spriteScene = scene;
        spriteScene.sprites = &sprites;
        const QImage fast = render(spriteScene, ratio);
        TimelineScene emptyScene = scene;
        emptyScene.columns = nullptr;
        emptyScene.selection.clear();
        const long inked = compareImages(plain, render(emptyScene, ratio), 48).differing;
        const ImageDifference d = compareImages(fast, plain, 48);
        INFO("differing " << d.differing << " of " << inked << " inked pixels, max delta "
                          << d.maxChannelDelta);
        CHECK(sprites.size() > 0); // dash textures
        CHECK(inked > long(3000 * ratio));
        // Dash ends and corners move by up to a quarter pixel: about 1 %. A dash pattern out
        // of phase along one edge differs on 4-5 %.
        CHECK(d.differing < inked / 40);
        if (qEnvironmentVariableIsSet("TIGRIS_KEEP_SPRITE_IMAGES")) {
            fast.save(QStringLiteral("bars-sprites-%1.png").arg(ratio));
            plain.save(QStringLiteral("bars-shapes-%1.png").arg(ratio));
            d.mask.save(QStringLiteral("bars-diff-%1.png").arg(ratio));
        }
    }
}
