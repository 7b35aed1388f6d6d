#pragma once

#include <QRectF>
#include <QSizeF>
#include <vector>

// Keeps labels from overlapping: each accepted rectangle is reserved; a candidate that hits a
// reserved one is refused. Event symbols reserve first so that place labels give way to them.
class LabelPlacer {
  public:
    explicit LabelPlacer(QSizeF area);
    bool tryReserve(const QRectF& rect); // false (and nothing reserved) on collision
    void reserve(const QRectF& rect);    // unconditional, e.g. an event symbol
    bool collides(const QRectF& rect) const;
    void clear();

  private:
    // A coarse grid of buckets keeps tryReserve O(labels in the neighbourhood).
    QSizeF area_;
    int cols_ = 1, rows_ = 1;
    double cell_ = 64;
    std::vector<std::vector<QRectF>> buckets_;
};
