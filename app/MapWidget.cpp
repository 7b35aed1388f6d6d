#include "MapWidget.h"

#include "PanSelectMode.h"
#include "SketchMode.h"
#include "geo/WebMercator.h"
#include "model/ViewState.h"
#include "render/DataExtent.h"
#include "render/MapPainter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

MapWidget::MapWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Map"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    view_ = MapViewport(QSizeF(size()), QPointF(0.5, 0.5), 1);
    mode_ = std::make_unique<PanSelectMode>(*this);
}

MapWidget::~MapWidget() = default;

void MapWidget::setViewState(ViewState* view)
{
    viewState_ = view;
    connect(view, &ViewState::projectChanged, this, [this, view] {
        setEvents(view->columns(), view->categories());
        setVisibility(&view->visibility());
        view->setMapArea(view_.visibleWorldRect());
    });
    connect(view, &ViewState::visibilityChanged, this,
            [this, view] { setVisibility(&view->visibility()); });
    connect(view, &ViewState::selectionChanged, this,
            [this, view] { setSelection(view->selection()); });
    connect(view, &ViewState::activated, this, &MapWidget::centreOn);
    connect(this, &MapWidget::selectionChanged, view, &ViewState::select);
    connect(this, &MapWidget::activated, view, [view](int row) {
        view->select({row});
        view->activate(row);
    });
    connect(this, &MapWidget::viewChanged, view,
            [this, view] { view->setMapArea(view_.visibleWorldRect()); });
}

void MapWidget::setTooltipProvider(std::function<QString(qint64)> provider)
{
    tooltip_ = std::move(provider);
}

void MapWidget::setEvents(const EventColumns* columns, const std::vector<Category>& categories)
{
    columns_ = columns;
    std::vector<QColor> colours(categories.size());
    std::transform(categories.begin(), categories.end(), colours.begin(),
                   [](const Category& c) { return c.colour; });
    events_.setColumns(columns, EventClusterIndex::Pyramid::Later); // the window has a mask
    events_.setColours(std::move(colours));
    events_.setSelection({});
    events_.sites().clear();
    hovered_ = -1;
    update();
}

void MapWidget::setSites(const std::vector<Location>& locations)
{
    if (columns_)
        events_.sites().build(locations, *columns_);
    else
        events_.sites().clear();
    update();
}

void MapWidget::setVisibility(const std::vector<std::uint8_t>* visible)
{
    events_.setVisibility(visible);
    update();
}

void MapWidget::setSelection(const std::vector<int>& rows)
{
    events_.setSelection(rows);
    update();
}

void MapWidget::setViewport(const MapViewport& view)
{
    autoFit_.reset();
    view_ = view;
    view_.setSize(QSizeF(size()));
    update();
    emit viewChanged();
}

void MapWidget::zoomToBox(const GeoBox& box)
{
    setViewport(MapViewport::fitting(box, QSizeF(size()), 32));
    autoFit_ = box;
}

void MapWidget::zoomToData()
{
    if (!columns_) return;
    if (const auto box = dataExtent(*columns_)) zoomToBox(*box);
}

void MapWidget::zoomToSelection()
{
    const auto& rows = events_.selection();
    if (!columns_ || rows.empty()) return;
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (int r : rows) {
        if (std::isnan(columns_->x[std::size_t(r)])) continue; // no position: not on the map
        minX = std::min(minX, columns_->x[std::size_t(r)]);
        maxX = std::max(maxX, columns_->x[std::size_t(r)]);
        minY = std::min(minY, columns_->y[std::size_t(r)]);
        maxY = std::max(maxY, columns_->y[std::size_t(r)]);
    }
    if (minX > maxX) return; // none of them has a position
    const QGeoCoordinate nw = WebMercator::unproject(QPointF(minX, minY));
    const QGeoCoordinate se = WebMercator::unproject(QPointF(maxX, maxY));
    // A single event: show its surroundings rather than zooming to street level.
    const double pad = 0.25;
    zoomToBox(GeoBox{nw.longitude() - pad, se.latitude() - pad, se.longitude() + pad,
                     nw.latitude() + pad});
}

void MapWidget::zoomBy(double delta)
{
    zoomAbout(QPointF(width() / 2.0, height() / 2.0), delta);
}

void MapWidget::centreOn(int row)
{
    if (!columns_ || row < 0 || std::size_t(row) >= columns_->size()) return;
    if (std::isnan(columns_->x[std::size_t(row)])) return; // no position: the map stays put
    autoFit_.reset();
    view_.setCentre(QPointF(columns_->x[std::size_t(row)], columns_->y[std::size_t(row)]));
    if (view_.zoom() < 8) view_.setZoom(8);
    update();
    emit viewChanged();
}

void MapWidget::setTileSource(std::unique_ptr<TileSource> source)
{
    tileSource_ = std::move(source);
    tiles_.setSource(tileSource_.get());
    if (tileSource_)
        connect(tileSource_.get(), &TileSource::tileReady, this, qOverload<>(&QWidget::update));
    update();
}

int MapWidget::waitForTiles(int timeoutMs)
{
    return tileSource_ ? tiles_.loadTiles(view_, timeoutMs) : 0;
}

void MapWidget::setAnnotations(std::vector<Annotation>* annotations)
{
    annotations_ = annotations;
    annotationLayer_.setAnnotations(annotations);
    update();
}

void MapWidget::setAnnotationWindow(std::optional<TimeWindow> window)
{
    annotationLayer_.setWindow(window);
    update();
}

void MapWidget::setSelectedAnnotation(qint64 id)
{
    annotationLayer_.setSelected(id);
    update();
}

void MapWidget::startSketch(Annotation::Kind kind)
{
    if (kind == Annotation::Kind::Polygon)
        setMode(std::make_unique<DrawAreaMode>(*this));
    else
        setMode(std::make_unique<DrawLineMode>(*this));
}

bool MapWidget::isSketching() const
{
    return mode_->isSketching();
}

void MapWidget::setMode(std::unique_ptr<MapMode> mode)
{
    mode_->leave();
    retired_ = std::move(mode_);
    mode_ = std::move(mode);
    mode_->enter();
    update();
}

void MapWidget::resetMode()
{
    setMode(std::make_unique<PanSelectMode>(*this));
}

std::optional<EventLayer::Hit> MapWidget::eventAt(QPointF screen) const
{
    return events_.hitTest(screen);
}

std::vector<int> MapWidget::rowsIn(const QRectF& screenRect) const
{
    return events_.rowsIn(screenRect, view_);
}

std::optional<AnnotationLayer::Hit> MapWidget::annotationAt(QPointF screen) const
{
    return annotationLayer_.hitTest(screen, view_);
}

const Annotation* MapWidget::annotation(qint64 id) const
{
    if (!annotations_) return nullptr;
    for (const Annotation& a : *annotations_)
        if (a.id == id) return &a;
    return nullptr;
}

void MapWidget::moveVertexOnScreen(qint64 id, int vertex, QPointF lonLat)
{
    if (!annotations_) return;
    for (Annotation& a : *annotations_)
        if (a.id == id && vertex >= 0 && vertex < a.vertices.size()) a.vertices[vertex] = lonLat;
    update();
}

void MapWidget::select(const std::vector<int>& rows)
{
    events_.setSelection(rows);
    update();
    emit selectionChanged(rows);
}

void MapWidget::viewMoved()
{
    autoFit_.reset();
    update();
    emit viewChanged();
}

void MapWidget::panByPixels(QPointF delta)
{
    view_.panByPixels(delta);
    viewMoved();
}

void MapWidget::zoomAbout(QPointF screen, double delta)
{
    view_.zoomAbout(screen, delta);
    viewMoved();
}

void MapWidget::zoomIntoCluster(const QRectF& worldBounds)
{
    const QGeoCoordinate nw = WebMercator::unproject(worldBounds.topLeft());
    const QGeoCoordinate se = WebMercator::unproject(worldBounds.bottomRight());
    const GeoBox box{nw.longitude(), se.latitude(), se.longitude(), nw.latitude()};
    const auto fitted = MapViewport::fitting(box, QSizeF(size()), 48);
    view_.setCentre(fitted.centre());
    view_.setZoom(std::max(fitted.zoom(), view_.zoom() + 1));
    viewMoved();
}

QPointF MapWidget::lonLatAt(QPointF screen) const
{
    const QGeoCoordinate c = WebMercator::unproject(view_.toWorld(screen));
    return QPointF(c.longitude(), c.latitude());
}

void MapWidget::contextMenuEvent(QContextMenuEvent* e)
{
    const auto a = annotationLayer_.hitTest(e->pos(), view_);
    const auto hit = events_.hitTest(e->pos());
    emit contextRequested(lonLatAt(e->pos()), a ? std::optional<qint64>(a->id) : std::nullopt,
                          a ? a->vertex : -1, hit && hit->event >= 0 ? hit->event : -1,
                          e->globalPos());
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    view_.setSize(QSizeF(size()));
    std::vector<MapLayer*> layers{&cachedBasemap_};
    if (tileSource_) layers.push_back(&tiles_);
    layers.push_back(&events_);
    layers.push_back(&annotationLayer_);
    MapPainter::paint(painter, view_, layers);
    // Screen readers hear how many events the map shows (changed only when it changes).
    if (const int n = events_.lastDrawnCount(); n != describedCount_) {
        describedCount_ = n;
        setAccessibleDescription(tr("%1 events in view").arg(locale().toString(qlonglong(n))));
    }
    mode_->paintOverlay(painter);
}

void MapWidget::resizeEvent(QResizeEvent*)
{
    view_.setSize(QSizeF(size()));
    if (autoFit_) view_ = MapViewport::fitting(*autoFit_, QSizeF(size()), 32);
    if (viewState_) viewState_->setMapArea(view_.visibleWorldRect());
}

void MapWidget::wheelEvent(QWheelEvent* e)
{
    // Trackpads send pixel deltas, wheels send eighths of a degree: both zoom smoothly.
    const double steps =
        !e->pixelDelta().isNull() ? e->pixelDelta().y() / 120.0 : e->angleDelta().y() / 120.0;
    zoomAbout(e->position(), steps * 0.5);
    e->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* e)
{
    mode_->mousePress(e);
    retired_.reset();
}

void MapWidget::mouseMoveEvent(QMouseEvent* e)
{
    const QGeoCoordinate c = WebMercator::unproject(view_.toWorld(e->position()));
    emit cursorMoved(c.latitude(), c.longitude());
    mode_->mouseMove(e);
    retired_.reset();
    if (e->buttons() & Qt::LeftButton) return;
    const auto hit = events_.hitTest(e->position());
    const int row = hit && hit->event >= 0 ? hit->event : -1;
    emit hovered(row);
    if (hit && hit->event < 0)
        setToolTip(tr("%n events — click to zoom in", nullptr, hit->count));
    else if (!hit)
        setToolTip(QString());
    else if (row != hovered_ && tooltip_ && columns_)
        setToolTip(tooltip_(columns_->id[std::size_t(row)])); // one read per event entered
    hovered_ = row;
}

void MapWidget::mouseReleaseEvent(QMouseEvent* e)
{
    mode_->mouseRelease(e);
    retired_.reset();
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* e)
{
    mode_->mouseDoubleClick(e);
    retired_.reset();
}

void MapWidget::keyPressEvent(QKeyEvent* e)
{
    const bool handled = mode_->keyPress(e);
    retired_.reset();
    if (handled) return;
    const double pan = 80;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        return;
    case Qt::Key_Minus:
        zoomBy(-0.5);
        return;
    case Qt::Key_Left:
        panByPixels(QPointF(pan, 0));
        return;
    case Qt::Key_Right:
        panByPixels(QPointF(-pan, 0));
        return;
    case Qt::Key_Up:
        panByPixels(QPointF(0, pan));
        return;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -pan));
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}
