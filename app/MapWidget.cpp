#include "MapWidget.h"

#include "EventPickList.h"
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
}

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
    events_.setColumns(columns);
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
    autoFit_.reset();
    view_.zoomAbout(QPointF(width() / 2.0, height() / 2.0), delta);
    update();
    emit viewChanged();
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
    sketching_ = Annotation{};
    sketching_->kind = kind;
    sketching_->colour = QColor(0x1f, 0x77, 0xb4);
    setCursor(Qt::CrossCursor);
    setFocus();
}

QPointF MapWidget::lonLatAt(QPointF screen) const
{
    const QGeoCoordinate c = WebMercator::unproject(view_.toWorld(screen));
    return QPointF(c.longitude(), c.latitude());
}

void MapWidget::finishSketch()
{
    if (!sketching_) return;
    const Annotation sketch = *sketching_;
    sketching_.reset();
    unsetCursor();
    update();
    const int needed = sketch.kind == Annotation::Kind::Polygon ? 3 : 2;
    if (sketch.vertices.size() >= needed) emit sketchFinished(sketch.kind, sketch.vertices);
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
    if (sketching_ && !sketching_->vertices.isEmpty()) {
        // The shape being drawn, with the rubber segment to the cursor.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(sketching_->colour, 2, Qt::DashLine));
        QPolygonF poly;
        for (const QPointF& v : sketching_->vertices)
            poly << view_.geoToScreen(v.y(), v.x());
        poly << mapFromGlobal(QCursor::pos());
        painter.drawPolyline(poly);
    }
    if (rubberBand_) {
        painter.setPen(QPen(QColor(0, 90, 180), 1, Qt::DashLine));
        painter.setBrush(QColor(0, 90, 180, 30));
        painter.drawRect(band_);
    }
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
    autoFit_.reset();
    view_.zoomAbout(e->position(), steps * 0.5);
    update();
    emit viewChanged();
    e->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton) return;
    pressPos_ = lastPos_ = e->position();
    rubberBand_ = e->modifiers() & Qt::ControlModifier;
    dragging_ = false;
    drag_.reset();
    if (sketching_ || rubberBand_) return;
    if (const auto a = annotationLayer_.hitTest(e->position(), view_);
        a && a->vertex >= 0 && annotations_)
        for (const Annotation& an : *annotations_)
            if (an.id == a->id) drag_ = Drag{a->id, a->vertex, an.vertices.value(a->vertex)};
}

void MapWidget::mouseMoveEvent(QMouseEvent* e)
{
    const QGeoCoordinate c = WebMercator::unproject(view_.toWorld(e->position()));
    emit cursorMoved(c.latitude(), c.longitude());
    if (e->buttons() & Qt::LeftButton) {
        if ((e->position() - pressPos_).manhattanLength() > 3) dragging_ = true;
        if (rubberBand_) {
            band_ = QRectF(pressPos_, e->position()).normalized();
        } else if (drag_ && dragging_) {
            // Move the vertex on screen only; it is saved (undoably) on release.
            for (Annotation& an : *annotations_)
                if (an.id == drag_->id && drag_->vertex < an.vertices.size())
                    an.vertices[drag_->vertex] = lonLatAt(e->position());
        } else if (dragging_) {
            autoFit_.reset();
            view_.panByPixels(e->position() - lastPos_);
            emit viewChanged();
        }
        lastPos_ = e->position();
        update();
        return;
    }
    if (sketching_) update();
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
    if (e->button() != Qt::LeftButton) return;
    if (rubberBand_) {
        rubberBand_ = false;
        const auto rows = events_.rowsIn(band_, view_);
        events_.setSelection(rows);
        band_ = {};
        update();
        emit selectionChanged(rows);
        return;
    }
    if (sketching_) {
        if (!dragging_) {
            sketching_->vertices.append(lonLatAt(e->position()));
            update();
        }
        dragging_ = false;
        return;
    }
    if (drag_ && dragging_) {
        const Drag d = *drag_;
        drag_.reset();
        dragging_ = false;
        emit annotationMoved(d.id, d.vertex, d.from, lonLatAt(e->position()));
        return;
    }
    drag_.reset();
    if (!dragging_) {
        if (const auto a = annotationLayer_.hitTest(e->position(), view_)) {
            annotationLayer_.setSelected(a->id);
            update();
            emit annotationClicked(a->id);
            return;
        }
        clickAt(e->position());
    }
    dragging_ = false;
}

void MapWidget::clickAt(QPointF pos)
{
    const auto hit = events_.hitTest(pos);
    // A stack, or a cluster small enough to list: every event there, in a pick list.
    std::size_t total = 0;
    if (const auto rows = events_.rowsAt(pos, &total);
        total > 1 && total <= std::size_t(EventPickList::kMaxItems)) {
        emit pickRequested(rows, mapToGlobal(pos.toPoint()));
        return;
    }
    if (hit && hit->event < 0) {
        // A cluster: zoom until its events separate.
        const QGeoCoordinate nw = WebMercator::unproject(hit->worldBounds.topLeft());
        const QGeoCoordinate se = WebMercator::unproject(hit->worldBounds.bottomRight());
        GeoBox box{nw.longitude(), se.latitude(), se.longitude(), nw.latitude()};
        const auto fitted = MapViewport::fitting(box, QSizeF(size()), 48);
        autoFit_.reset();
        view_.setCentre(fitted.centre());
        view_.setZoom(std::max(fitted.zoom(), view_.zoom() + 1));
        update();
        emit viewChanged();
        return;
    }
    std::vector<int> rows;
    if (hit) rows.push_back(hit->event);
    events_.setSelection(rows);
    update();
    emit selectionChanged(rows);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* e)
{
    if (sketching_) {
        finishSketch();
        return;
    }
    if (const auto a = annotationLayer_.hitTest(e->position(), view_)) {
        emit annotationActivated(a->id);
        return;
    }
    const auto hit = events_.hitTest(e->position());
    if (hit && hit->event >= 0) {
        emit activated(hit->event);
        return;
    }
    autoFit_.reset();
    view_.zoomAbout(e->position(), 1);
    update();
    emit viewChanged();
}

void MapWidget::keyPressEvent(QKeyEvent* e)
{
    const double pan = 80;
    if (sketching_ && (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)) {
        finishSketch();
        return;
    }
    if (sketching_ && e->key() == Qt::Key_Escape) {
        sketching_.reset();
        unsetCursor();
        update();
        return;
    }
    autoFit_.reset();
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        return;
    case Qt::Key_Minus:
        zoomBy(-0.5);
        return;
    case Qt::Key_Left:
        view_.panByPixels(QPointF(pan, 0));
        break;
    case Qt::Key_Right:
        view_.panByPixels(QPointF(-pan, 0));
        break;
    case Qt::Key_Up:
        view_.panByPixels(QPointF(0, pan));
        break;
    case Qt::Key_Down:
        view_.panByPixels(QPointF(0, -pan));
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    update();
    emit viewChanged();
}
