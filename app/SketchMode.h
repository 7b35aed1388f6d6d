#pragma once

#include "MapMode.h"
#include "annotations/Annotation.h"

#include <QPointF>
#include <QString>

// Sketching a shape: each click adds a vertex, the shape follows the cursor with a rubber
// segment; double-click or Enter finishes (the map emits sketchFinished when there are
// enough vertices), Escape cancels, Backspace removes the last vertex; the keys are shown in
// the status bar (MapWidget::modeHint) while the mode is on. An area is previewed closed.
// Dragging still pans the map between clicks.
class SketchMode : public MapMode {
  public:
    void enter() override;
    void leave() override;
    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    void mouseDoubleClick(QMouseEvent* e) override;
    bool keyPress(QKeyEvent* e) override;
    void paintOverlay(QPainter& painter) const override;
    bool isSketching() const override { return true; }
    static QString keysHint(); // the status bar's text while sketching

  protected:
    SketchMode(MapWidget& map, Annotation::Kind kind, int minimumVertices);

  private:
    void finish();
    Annotation sketch_;
    int minimum_;
    QPointF pressPos_, lastPos_;
    bool pressed_ = false;
    bool dragging_ = false;
};

// Edit → Draw a line: a front line or a route, two vertices or more.
class DrawLineMode : public SketchMode {
  public:
    explicit DrawLineMode(MapWidget& map) : SketchMode(map, Annotation::Kind::Polyline, 2) {}
};

// Edit → Draw an area: an area of control, three vertices or more.
class DrawAreaMode : public SketchMode {
  public:
    explicit DrawAreaMode(MapWidget& map) : SketchMode(map, Annotation::Kind::Polygon, 3) {}
};
