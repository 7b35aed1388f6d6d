#pragma once

#include "annotations/Annotation.h"
#include "render/MapLayer.h"

#include <optional>
#include <vector>

// Draws annotations on the map: pins, lines and polygons in their colours, with titles that
// take part in label collision. Only those valid in the current time window are drawn.
class AnnotationLayer : public MapLayer {
  public:
    void setAnnotations(const std::vector<Annotation>* annotations) { annotations_ = annotations; }
    void setWindow(std::optional<TimeWindow> window) { window_ = window; }
    void setSelected(qint64 id) { selected_ = id; }

    void paint(QPainter& painter, const MapViewport& view) override;
    void paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer) override;

    // The annotation (and vertex, or -1) under a screen point in a view.
    struct Hit {
        qint64 id = 0;
        int vertex = -1;
    };
    std::optional<Hit> hitTest(QPointF screen, const MapViewport& view) const;

  private:
    bool shows(const Annotation& a) const { return !window_ || a.visibleIn(*window_); }
    const std::vector<Annotation>* annotations_ = nullptr;
    std::optional<TimeWindow> window_;
    qint64 selected_ = 0;
};
