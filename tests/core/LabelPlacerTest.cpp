#include "render/LabelPlacer.h"

#include "TestCatch.h"

#include <random>

TEST_CASE("LabelPlacer: labels never overlap", "[map][labels]")
{
    LabelPlacer placer(QSizeF(500, 500));
    CHECK(placer.tryReserve(QRectF(10, 10, 100, 20)));
    CHECK_FALSE(placer.tryReserve(QRectF(100, 25, 50, 20))); // overlaps the first
    CHECK(placer.tryReserve(QRectF(111, 10, 100, 20)));      // beside it
    placer.reserve(QRectF(300, 300, 10, 10));                // an event symbol
    CHECK_FALSE(placer.tryReserve(QRectF(290, 295, 30, 12)));
    CHECK(placer.collides(QRectF(305, 305, 1, 1)));
    placer.clear();
    CHECK(placer.tryReserve(QRectF(290, 295, 30, 12)));
}

TEST_CASE("LabelPlacer: accepted rectangles are pairwise disjoint, across bucket edges",
          "[map][labels]")
{
    LabelPlacer placer(QSizeF(800, 600));
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> x(-50, 820), y(-30, 610), w(5, 150), h(5, 30);
    std::vector<QRectF> accepted;
    for (int i = 0; i < 2000; ++i) {
        const QRectF r(x(rng), y(rng), w(rng), h(rng));
        bool free = true;
        for (const QRectF& a : accepted)
            free = free && !a.intersects(r);
        // The placer agrees with a brute-force check, also for rectangles off the area's edge.
        CHECK(placer.tryReserve(r) == free);
        if (free) accepted.push_back(r);
    }
    CHECK(accepted.size() > 20);
}
