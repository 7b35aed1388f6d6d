#pragma once

class MapWidget;
class QKeyEvent;
class QMouseEvent;
class QPainter;

// One way the map answers the mouse and keys (as QMapShack's IMouse): pan and select, rubber
// band, draw a line, draw an area, move a vertex. MapWidget holds the current mode, forwards
// its input to it and lets it paint over the map; a mode hands over to the next with
// MapWidget::setMode (the old one is destroyed after its handler returns) or resetMode.
// Wheel zoom, the context menu, cursor position and hover tooltips are the widget's in every
// mode.
class MapMode {
  public:
    explicit MapMode(MapWidget& map) : map_(map) {}
    virtual ~MapMode() = default;
    MapMode(const MapMode&) = delete;
    MapMode& operator=(const MapMode&) = delete;

    virtual void enter() {} // now current: set a cursor, take the focus
    virtual void leave() {} // replaced: undo what enter did
    virtual void mousePress(QMouseEvent*) {}
    virtual void mouseMove(QMouseEvent*) {}
    virtual void mouseRelease(QMouseEvent*) {}
    virtual void mouseDoubleClick(QMouseEvent*) {}
    virtual bool keyPress(QKeyEvent*) { return false; } // true: handled, the map does no more
    virtual void paintOverlay(QPainter&) const {}       // over the layers, in screen pixels
    virtual bool isSketching() const { return false; }

  protected:
    MapWidget& map_;
};
