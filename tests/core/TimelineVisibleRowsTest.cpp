// The timeline's visible-rows scan skips blocks of 64 rows that cannot meet the view; these
// check that it never skips one that does, at the edges of the value range too.
#include "TestCatch.h"
#include "render/TimelinePainter.h"
#include "time/DatePrecision.h"

#include <limits>

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kFrom = 1'500'000'000 / kDay * kDay;
const QSizeF kSize(800, 170);

void add(EventColumns& c, qint64 lo, qint64 hi)
{
    c.id.push_back(qint64(c.size()) + 1);
    c.x.push_back(0.5);
    c.y.push_back(0.5);
    c.lo.push_back(lo);
    c.hi.push_back(hi);
    c.category.push_back(0);
    c.precision.push_back(std::uint8_t(DatePrecision::Day));
    c.geoPrecision.push_back(1);
    c.approximate.push_back(0);
}

// The row hit at the centre of row `row`'s mark, found by scanning the lane's height.
int hitAt(const TimelineScene& scene, double x, int wanted)
{
    const TimelinePainter::Layout l = TimelinePainter::layout(kSize);
    int found = -1;
    for (double y = l.events.top() + 1; y < l.events.bottom(); y += 1) {
        const int hit = TimelinePainter::hitTest(scene, kSize, QPointF(x, y));
        if (hit == wanted) return hit;
        if (hit >= 0) found = hit;
    }
    return found;
}
} // namespace

TEST_CASE("The timeline finds a lone event in view among many out of it", "[timeline]")
{
    EventColumns c;
    const qint64 lo = std::numeric_limits<qint64>::min(), hi = std::numeric_limits<qint64>::max();
    for (int k = 0; k < 1000; ++k) {
        if (k == 700) // in view
            add(c, kFrom + 50 * kDay, kFrom + 50 * kDay + 3600);
        else if (k == 300) // spans all time: its differences overflow 64 bits
            add(c, lo, hi);
        else if (k == 301) // far out of view, with overflowing differences
            add(c, hi - 10, hi);
        else if (k % 2 == 0)
            add(c, kFrom - (k + 10) * kDay, kFrom - (k + 9) * kDay); // before the view
        else
            add(c, kFrom + (k + 110) * kDay, kFrom + (k + 111) * kDay); // after it
    }
    TimelineScene scene;
    scene.axis = TimeAxis(kFrom, kFrom + 100 * kDay, kSize.width());
    scene.columns = &c;
    const double x = scene.axis.xOf(double(kFrom + 50 * kDay + 1800));
    CHECK(hitAt(scene, x, 700) == 700);
    CHECK(hitAt(scene, scene.axis.xOf(double(kFrom + 20 * kDay)), 300) == 300);
    CHECK(hitAt(scene, scene.axis.xOf(double(kFrom + 20 * kDay)), 301) != 301);

    // More than kMaxMarks in view: only the histogram, nothing to hit.
    for (int k = 0; k < TimelinePainter::kMaxMarks; ++k)
        add(c, kFrom + k * 60, kFrom + k * 60 + 60);
    CHECK(hitAt(scene, x, 700) == -1);
}
