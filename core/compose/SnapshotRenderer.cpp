#include "compose/SnapshotRenderer.h"

#include "annotations/AnnotationLayer.h"
#include "annotations/AnnotationStore.h"
#include "base/ScopeGuard.h"
#include "model/HugePages.h"
#include "render/DataExtent.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"
#include "render/PaintedLayer.h"
#include "render/TimelinePainter.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace {

QString caption(const MapExportOptions& o)
{
    if (!o.window) return QCoreApplication::translate("SnapshotRenderer", "All dates");
    const QString range = TimelinePainter::windowLabel(*o.window);
    return o.cumulative ? QCoreApplication::translate("SnapshotRenderer", "Up to %1 (cumulative)")
                              .arg(range.section(QStringLiteral(" – "), -1))
                        : range;
}

} // namespace

namespace {
// The project's columns, read while another thread loads the basemap's data (a twentieth of a
// second, once a process), which the first picture needs next.
EventColumns columnsWithBasemap(const EventStore& store)
{
    std::thread basemap([] { BasemapLayer(); });
    const ScopeGuard join([&] { basemap.join(); });
    return store.loadColumns();
}
} // namespace

// The time range from the columns (a millisecond at 1M), not EventStore::info(), whose counts
// walk whole indexes. The events' index (at 10M, 2 s of CPU: the most of an export after the
// columns) is built on a second core while this one reads the categories, annotations and
// places (at 10M, half a second: "Uncategorised" is an EXISTS over every event).
SnapshotRenderer::SnapshotRenderer(const EventStore& store)
    : SnapshotRenderer(columnsWithBasemap(store), {}, {})
{
    if (columns_.size() >= kThreadedSize)
        indexBuilder_ = std::thread([this] { events_.setColumns(&columns_); });
    setCategories(store.categories());
    annotations_ = AnnotationStore(store).all();
    events_.sites().build(store.locations(), columns_);
}

SnapshotRenderer::~SnapshotRenderer()
{
    if (indexBuilder_.joinable()) indexBuilder_.join();         // a constructor that threw
    if (histogramBuilder_.joinable()) histogramBuilder_.join(); // a picture that threw
}

SnapshotRenderer::SnapshotRenderer(EventColumns columns, std::vector<Category> categories,
                                   std::vector<Annotation> annotations)
    : columns_(std::move(columns)), annotations_(std::move(annotations))
{
    if (columns_.size() > 0) {
        timeFrom_ = *std::min_element(columns_.lo.begin(), columns_.lo.end());
        timeTo_ = *std::max_element(columns_.hi.begin(), columns_.hi.end());
    }
    setCategories(std::move(categories));
}

void SnapshotRenderer::setCategories(std::vector<Category> categories)
{
    categories_ = std::move(categories);
    colours_.resize(categories_.size());
    std::transform(categories_.begin(), categories_.end(), colours_.begin(),
                   [](const Category& c) { return c.colour; });
    events_.setColours(colours_);
}

void SnapshotRenderer::buildIndex()
{
    if (indexBuilder_.joinable())
        indexBuilder_.join();
    else
        events_.setColumns(&columns_);
}

void SnapshotRenderer::findExtent()
{
    extent_ = dataExtent(columns_).value_or(GeoBox{-180, -80, 180, 80});
}

void SnapshotRenderer::prepare()
{
    if (prepared_) return;
    // The extent (a selection over every position) on a second core while the map index is
    // built: both only read the columns. Small projects are not worth a thread.
    if (columns_.size() >= kThreadedSize) {
        std::thread second([this] { findExtent(); });
        buildIndex();
        second.join();
    } else {
        buildIndex();
        findExtent();
    }
    prepared_ = true;
}

SnapshotRenderer::Layout SnapshotRenderer::layout(QSizeF size, const MapExportOptions& o) const
{
    return layout(size, o, extent_);
}

SnapshotRenderer::Layout SnapshotRenderer::layout(QSizeF size, const MapExportOptions& o,
                                                  const GeoBox& extent)
{
    Layout l;
    // Everything is sized for 96 dpi and scaled: a 300 dpi page reads like the screen, sharper.
    l.ratio = std::max(o.dpi / 96.0, std::min(size.width() / 1600.0, size.height() / 900.0));
    l.titleHeight = o.title.isEmpty() ? 0 : 34 * l.ratio;
    l.captionHeight = 22 * l.ratio;
    l.timelineHeight = o.timeline ? std::min(size.height() * 0.3, 170 * l.ratio) : 0;
    l.mapRect = QRectF(0, l.titleHeight, size.width(),
                       size.height() - l.titleHeight - l.captionHeight - l.timelineHeight);
    l.view = MapViewport::fitting(o.bbox.value_or(extent), l.mapRect.size(), 24, l.ratio);
    return l;
}

MapViewport SnapshotRenderer::mapView(const MapExportOptions& options)
{
    if (!options.bbox) prepare(); // the extent
    return layout(QSizeF(options.size), options).view;
}

MapViewport SnapshotRenderer::mapView(const MapExportOptions& options, const GeoBox& extent)
{
    return layout(QSizeF(options.size), options, extent).view;
}

void SnapshotRenderer::paintBackground(QPainter& painter, QSizeF size, const Layout& l)
{
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.save();
    painter.translate(l.mapRect.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), l.view.size())); // as MapPainter clips layers
    basemap_.paint(painter, l.view);
    painter.restore();
}

std::vector<Category> SnapshotRenderer::shownCategories(const std::vector<std::uint8_t>* visible,
                                                        bool withTimeline) const
{
    // The legend names what the picture shows, not every category the project ever had:
    // events without a position count only when the timeline strip shows them.
    std::vector<std::uint8_t> used(categories_.size(), 0);
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if ((!visible || (*visible)[i]) && columns_.category[i] < used.size() &&
            (withTimeline || !std::isnan(columns_.x[i])))
            used[columns_.category[i]] = 1;
    std::vector<Category> shown;
    for (std::size_t c = 0; c < categories_.size(); ++c)
        if (used[c]) shown.push_back(categories_[c]);
    return shown;
}

void SnapshotRenderer::paint(QPainter& painter, QSizeF size, const MapExportOptions& o)
{
    prepare();
    const Layout l = layout(size, o);
    paintBackground(painter, size, l);
    paintOver(painter, size, l, o);
}

void SnapshotRenderer::paintOver(QPainter& painter, QSizeF size, const Layout& l,
                                 const MapExportOptions& o)
{
    const double ratio = l.ratio;
    startHistogram(o);

    const std::vector<std::uint8_t>* visible = nullptr;
    if (o.window) {
        EventFilter::Settings s;
        s.window = *o.window;
        s.mode = o.cumulative ? EventFilter::Mode::Cumulative : EventFilter::Mode::Window;
        visible = &filter_.update(columns_, s);
    }

    painter.save();
    QFont font = painter.font();

    // The map over the basemap already painted: the basemap still places its labels.
    events_.setVisibility(visible);
    AnnotationLayer notes;
    notes.setAnnotations(&annotations_);
    if (o.window) notes.setWindow(*o.window);
    MapDecorations decorations;
    if (o.legend)
        decorations.legend = shownCategories(o.wholeLegend ? nullptr : visible, o.timeline);
    PaintedLayer basemap(basemap_);
    std::vector<MapLayer*> layers{&basemap, &events_, &notes};
    missingTiles_ = 0;
    if (o.tiles) {
        // Between the basemap and the events, as in the window.
        tiles_.setSource(o.tiles);
        missingTiles_ = tiles_.loadTiles(l.view, o.tileWaitMs);
        layers.insert(layers.begin() + 1, &tiles_);
    }
    painter.save();
    painter.translate(l.mapRect.topLeft());
    MapPainter::paint(painter, l.view, layers, decorations);
    painter.restore();
    events_.setVisibility(nullptr); // the mask is the filter's, valid until its next update

    // Title and caption.
    const double titleHeight = l.titleHeight, captionHeight = l.captionHeight;
    painter.setPen(QColor(30, 30, 30));
    if (!o.title.isEmpty()) {
        font.setPointSizeF(15 * ratio);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(12 * ratio, 0, size.width() - 24 * ratio, titleHeight),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, o.title);
    }
    font.setBold(false);
    font.setPointSizeF(9.5 * ratio);
    painter.setFont(font);
    const QRectF captionRect(12 * ratio, size.height() - captionHeight, size.width() - 24 * ratio,
                             captionHeight);
    painter.drawText(captionRect, Qt::AlignVCenter | Qt::AlignLeft, caption(o));
    painter.drawText(captionRect, Qt::AlignVCenter | Qt::AlignRight,
                     QCoreApplication::translate("SnapshotRenderer",
                                                 "Made with Tigris · basemap: Natural Earth"));

    if (histogramBuilder_.joinable()) histogramBuilder_.join();
    if (o.timeline)
        paintTimeline(painter, QRectF(0, l.mapRect.bottom(), size.width(), l.timelineHeight), ratio,
                      o, visible);
    painter.restore();
}

void SnapshotRenderer::paintTimeline(QPainter& painter, const QRectF& strip, double ratio,
                                     const MapExportOptions& o,
                                     const std::vector<std::uint8_t>* visible)
{
    qint64 from = timeFrom_, to = timeTo_;
    if (o.window) {
        const qint64 span = std::max<qint64>(o.window->to - o.window->from, 86400);
        from = o.window->from - 2 * span;
        to = o.window->to + 2 * span;
    }
    if (!histogram_) buildHistogram();
    // The strip is laid out in screen units and scaled by `ratio`, so its axis is that narrow.
    TimelineScene scene;
    scene.axis = TimeAxis(from, to, strip.width() / ratio);
    scene.columns = &columns_;
    scene.inWindow = visible;
    TimeHistogram::Bins bins;
    std::vector<qint64> edges;
    TimeHistogram::calendarEdges(scene.axis, 4, edges);
    histogram_->compute(edges, {}, bins);
    scene.histogram = &bins;
    scene.colours = colours_;
    if (o.window) scene.window = *o.window;
    scene.cumulative = o.cumulative;
    scene.sprites = &timelineSprites_;
    painter.save();
    painter.translate(strip.topLeft());
    painter.scale(ratio, ratio); // the timeline is laid out in screen units
    TimelinePainter::paint(painter, scene, strip.size() / ratio);
    painter.restore();
}

void SnapshotRenderer::startHistogram(const MapExportOptions& o)
{
    // The strip's histogram (two sorts of every span edge) on another core while the map is
    // drawn: both only read the columns. Small projects are not worth a thread.
    if (o.timeline && !histogramBuilder_.joinable() && !histogram_ &&
        columns_.size() >= kThreadedSize)
        histogramBuilder_ = std::thread([this] { buildHistogram(); });
}

void SnapshotRenderer::buildHistogram()
{
    auto histogram = std::make_unique<TimeHistogram>();
    histogram->build(columns_, int(categories_.size()));
    histogram_ = std::move(histogram);
}

QImage SnapshotRenderer::render(const MapExportOptions& options)
{
    // Opaque: PNGs are written as RGB (a quarter less to compress) and JPEG needs no conversion.
    QImage image(options.size, QImage::Format_RGB32);
    HugePages::advise(image.constBits(), std::size_t(image.sizeInBytes())); // 33 MB at 4K
    const QSizeF size(options.size);
    // Painted at the image's default 96 dpi: fonts in points would otherwise grow with the
    // device's DPI on top of the scaling by `dpi` (text 3× too large at 300 dpi).
    auto begin = [](QPainter& painter) { painter.setRenderHint(QPainter::Antialiasing); };
    std::optional<Layout> l;
    startHistogram(options); // from the start: it takes as long as the index
    if (!prepared_ && columns_.size() >= kThreadedSize) {
        // The first picture: the extent, the view and the basemap (which do not need the events'
        // index) on a second core while the index is built, a tenth of a second each at 1M.
        std::thread second([&] {
            findExtent();
            l = layout(size, options);
            QPainter painter(&image);
            begin(painter);
            paintBackground(painter, size, *l);
        });
        buildIndex();
        second.join();
        prepared_ = true;
    } else {
        prepare();
        l = layout(size, options);
        QPainter painter(&image);
        begin(painter);
        paintBackground(painter, size, *l);
    }
    {
        QPainter painter(&image);
        begin(painter);
        paintOver(painter, size, *l, options);
    }
    image.setDotsPerMeterX(int(options.dpi / 0.0254 + 0.5)); // recorded in the file
    image.setDotsPerMeterY(int(options.dpi / 0.0254 + 0.5));
    return image;
}
