#include "render/LabelPlacer.h"

#include <algorithm>
#include <cmath>

LabelPlacer::LabelPlacer(QSizeF area) : area_(area)
{
    cols_ = std::max(1, int(std::ceil(area.width() / cell_)));
    rows_ = std::max(1, int(std::ceil(area.height() / cell_)));
    hard_.buckets.resize(std::size_t(cols_ * rows_));
    soft_.buckets.resize(std::size_t(cols_ * rows_));
}

bool LabelPlacer::hits(const Grid& grid, const QRectF& rect) const
{
    const int c0 = std::clamp(int(rect.left() / cell_), 0, cols_ - 1);
    const int c1 = std::clamp(int(rect.right() / cell_), 0, cols_ - 1);
    const int r0 = std::clamp(int(rect.top() / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(int(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (const QRectF& other : grid.buckets[std::size_t(r * cols_ + c)])
                if (other.intersects(rect)) return true;
    return false;
}

void LabelPlacer::add(Grid& grid, const QRectF& rect)
{
    const int c0 = std::clamp(int(rect.left() / cell_), 0, cols_ - 1);
    const int c1 = std::clamp(int(rect.right() / cell_), 0, cols_ - 1);
    const int r0 = std::clamp(int(rect.top() / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(int(rect.bottom() / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            grid.buckets[std::size_t(r * cols_ + c)].push_back(rect);
}

bool LabelPlacer::collides(const QRectF& rect, Over over) const
{
    return hits(hard_, rect) || (over == Over::Nothing && hits(soft_, rect));
}

void LabelPlacer::reserve(const QRectF& rect)
{
    add(hard_, rect);
}

void LabelPlacer::reserveSymbol(const QRectF& rect)
{
    add(soft_, rect);
}

bool LabelPlacer::tryReserve(const QRectF& rect, Over over)
{
    if (collides(rect, over)) return false;
    reserve(rect);
    return true;
}

void LabelPlacer::addName(const QString& name, QPointF at)
{
    names_.emplace_back(name, at);
}

bool LabelPlacer::hasNameNear(const QString& name, QPointF at, double distance) const
{
    return std::any_of(names_.begin(), names_.end(), [&](const auto& n) {
        const QPointF d = n.second - at;
        return d.x() * d.x() + d.y() * d.y() <= distance * distance &&
               n.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void LabelPlacer::clear()
{
    names_.clear();
    for (Grid* g : {&hard_, &soft_})
        for (auto& b : g->buckets)
            b.clear();
}
