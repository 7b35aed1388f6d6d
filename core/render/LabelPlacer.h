#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <utility>
#include <vector>

// Keeps labels from overlapping: each accepted rectangle is reserved; a candidate that hits a
// reserved one is refused. Two kinds of space are kept apart: labels, the legend and the scale
// bar are hard (nothing may overlap them); event symbols are soft, so that an ordinary label
// gives way to them while the names that tell the story (the project's own places, large
// cities, the country at country zoom) may still be written, haloed, over other events.
class LabelPlacer {
  public:
    enum class Over { Nothing, Symbols }; // what a new label may overlap

    explicit LabelPlacer(QSizeF area);
    // false (and nothing reserved) on collision
    bool tryReserve(const QRectF& rect, Over over = Over::Nothing);
    void reserve(const QRectF& rect);       // unconditional, hard: a label, the legend
    void reserveSymbol(const QRectF& rect); // unconditional, soft: an event symbol
    bool collides(const QRectF& rect, Over over = Over::Nothing) const;
    // Names written so far, so that a basemap town does not repeat a project place's name.
    void addName(const QString& name, QPointF at);
    bool hasNameNear(const QString& name, QPointF at, double distance) const;
    void clear();

  private:
    // A coarse grid of buckets keeps tryReserve O(labels in the neighbourhood).
    struct Grid {
        std::vector<std::vector<QRectF>> buckets;
    };
    bool hits(const Grid& grid, const QRectF& rect) const;
    void add(Grid& grid, const QRectF& rect);

    QSizeF area_;
    int cols_ = 1, rows_ = 1;
    double cell_ = 64;
    Grid hard_, soft_;
    std::vector<std::pair<QString, QPointF>> names_;
};
