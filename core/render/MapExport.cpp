#include "render/MapExport.h"

#include "annotations/AnnotationLayer.h"
#include "annotations/AnnotationStore.h"
#include "basemap/BasemapLayer.h"
#include "model/EventFilter.h"
#include "render/DataExtent.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"
#include "render/TimeHistogram.h"
#include "render/TimelinePainter.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <stdexcept>

namespace {

QString caption(const MapExportOptions& o)
{
    if (!o.window) return QStringLiteral("All dates");
    const QString range = TimelinePainter::windowLabel(*o.window);
    return o.cumulative ? QStringLiteral("Up to %1 (cumulative)")
                              .arg(range.section(QStringLiteral(" – "), -1))
                        : range;
}

} // namespace

namespace MapExport {

QSize pageSize(const QString& page, double dpi)
{
    const QPageSize size(page.toLower() == QLatin1String("letter") ? QPageSize::Letter
                                                                   : QPageSize::A4);
    const QSizeF mm = size.size(QPageSize::Millimeter);
    return QSize(int(mm.width() / 25.4 * dpi + 0.5), int(mm.height() / 25.4 * dpi + 0.5));
}

void paint(QPainter& painter, QSizeF size, const EventStore& store, const MapExportOptions& o)
{
    // Everything is sized for 96 dpi and scaled: a 300 dpi page reads like the screen, sharper.
    const double ratio =
        std::max(o.dpi / 96.0, std::min(size.width() / 1600.0, size.height() / 900.0));
    const double titleHeight = o.title.isEmpty() ? 0 : 34 * ratio;
    const double captionHeight = 22 * ratio;
    const double timelineHeight = o.timeline ? std::min(size.height() * 0.3, 170 * ratio) : 0;
    const QRectF mapRect(0, titleHeight, size.width(),
                         size.height() - titleHeight - captionHeight - timelineHeight);

    const EventColumns columns = store.loadColumns();
    const std::vector<Category> categories = store.categories();
    std::vector<QColor> colours(categories.size());
    std::transform(categories.begin(), categories.end(), colours.begin(),
                   [](const Category& c) { return c.colour; });
    EventFilter filter;
    const std::vector<std::uint8_t>* visible = nullptr;
    if (o.window) {
        EventFilter::Settings s;
        s.window = *o.window;
        s.mode = o.cumulative ? EventFilter::Mode::Cumulative : EventFilter::Mode::Window;
        visible = &filter.update(columns, s);
    }
    std::vector<Annotation> annotations = AnnotationStore(store).all();

    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont font = painter.font();

    // The map.
    const MapViewport view = MapViewport::fitting(
        o.bbox.value_or(dataExtent(columns).value_or(GeoBox{-180, -80, 180, 80})), mapRect.size(),
        24, ratio);
    BasemapLayer basemap;
    EventLayer events;
    events.setColumns(&columns);
    events.setColours(colours);
    events.setVisibility(visible);
    AnnotationLayer notes;
    notes.setAnnotations(&annotations);
    if (o.window) notes.setWindow(*o.window);
    MapDecorations decorations;
    if (o.legend) decorations.legend = categories;
    painter.save();
    painter.translate(mapRect.topLeft());
    MapPainter::paint(painter, view, {&basemap, &events, &notes}, decorations);
    painter.restore();

    // Title and caption.
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
                     QStringLiteral("Made with Tigris · basemap: Natural Earth"));

    // The timeline strip.
    if (o.timeline) {
        const QRectF strip(0, mapRect.bottom(), size.width(), timelineHeight);
        const ProjectInfo info = store.info();
        qint64 from = info.timeFrom.value_or(0), to = info.timeTo.value_or(86400);
        if (o.window) {
            const qint64 span = std::max<qint64>(o.window->to - o.window->from, 86400);
            from = o.window->from - 2 * span;
            to = o.window->to + 2 * span;
        }
        TimelineScene scene;
        scene.axis = TimeAxis(from, to, strip.width());
        scene.columns = &columns;
        scene.inWindow = visible;
        TimeHistogram histogram;
        histogram.build(columns, int(categories.size()));
        TimeHistogram::Bins bins;
        std::vector<qint64> edges;
        TimeHistogram::calendarEdges(scene.axis, 4 * ratio, edges);
        histogram.compute(edges, {}, bins);
        scene.histogram = &bins;
        scene.colours = colours;
        if (o.window) scene.window = *o.window;
        scene.cumulative = o.cumulative;
        painter.save();
        painter.translate(strip.topLeft());
        painter.scale(ratio, ratio); // the timeline is laid out in screen units
        TimelinePainter::paint(painter, scene, strip.size() / ratio);
        painter.restore();
    }
    painter.restore();
}

QImage render(const EventStore& store, const MapExportOptions& options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(options.dpi / 0.0254));
    image.setDotsPerMeterY(int(options.dpi / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QSizeF(options.size), store, options);
    return image;
}

void save(const EventStore& store, const MapExportOptions& options, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(int(options.dpi));
        svg.setTitle(options.title.isEmpty() ? QStringLiteral("Tigris map") : options.title);
        QPainter painter;
        if (!painter.begin(&svg))
            throw std::runtime_error((path + QStringLiteral(": cannot be written")).toStdString());
        paint(painter, QSizeF(options.size), store, options);
        painter.end();
        return;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setResolution(int(options.dpi));
        pdf.setPageSize(
            QPageSize(QSizeF(options.size) / options.dpi * 25.4, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("Tigris"));
        QPainter painter;
        if (!painter.begin(&pdf))
            throw std::runtime_error((path + QStringLiteral(": cannot be written")).toStdString());
        const QRect page = painter.viewport();
        paint(painter, QSizeF(page.size()), store, options);
        painter.end();
        return;
    }
    const char* format = suffix == QLatin1String("png") ? "png"
                         : (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
                             ? "jpeg"
                             : nullptr;
    if (!format)
        throw std::runtime_error(
            QStringLiteral("%1: choose .png, .jpg, .svg or .pdf").arg(path).toStdString());
    QImage image = render(store, options);
    if (qstrcmp(format, "jpeg") == 0) image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(path, format);
    if (qstrcmp(format, "jpeg") == 0) writer.setQuality(92);
    if (!writer.write(image))
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(path, writer.errorString()).toStdString());
}

} // namespace MapExport
