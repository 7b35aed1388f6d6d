#include "render/LabelPlacer.h"

#include <algorithm>
#include <cmath>

LabelPlacer::LabelPlacer(QSizeF area) : area_(area)
{
    cols_ = std::max(1, int(std::ceil(area.width() / cell_)));
    rows_ = std::max(1, int(std::ceil(area.height() / cell_)));
    buckets_.resize(std::size_t(cols_ * rows_));
}

bool LabelPlacer::collides(const QRectF& rect) const
{
    const int c0 = std::clamp(int(rect.left() / cell_), 0, cols_ - 1);
    const int c1 = std::clamp(int(rect.right() / cell_), 0, cols_ - 1);
    const int r0 = std::clamp(int(rect.top() / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(int(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (const QRectF& other : buckets_[std::size_t(r * cols_ + c)])
                if (other.intersects(rect)) return true;
    return false;
}

void LabelPlacer::reserve(const QRectF& rect)
{
    const int c0 = std::clamp(int(rect.left() / cell_), 0, cols_ - 1);
    const int c1 = std::clamp(int(rect.right() / cell_), 0, cols_ - 1);
    const int r0 = std::clamp(int(rect.top() / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(int(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            buckets_[std::size_t(r * cols_ + c)].push_back(rect);
}

bool LabelPlacer::tryReserve(const QRectF& rect)
{
    if (collides(rect)) return false;
    reserve(rect);
    return true;
}

void LabelPlacer::clear()
{
    for (auto& b : buckets_)
        b.clear();
}
