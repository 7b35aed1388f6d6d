#include "compose/MapExport.h"

#include "base/Error.h"
#include "compose/SnapshotRenderer.h"
#include "render/PngEncoder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QThread>
#include <stdexcept>

namespace {

bool knownSuffix(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("svg"),
                                      QStringLiteral("pdf")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// Text for the SVG's <title> and <desc>. Qt 6.4's QSvgGenerator writes them as given (a title
// "</title><script>…" became a live script); later Qt versions escape them. Escaped once,
// whichever Qt this is, and without the control characters XML 1.0 forbids.
QString svgMetadata(const QString& text)
{
    static const bool qtEscapes = [] {
        QBuffer probe;
        QSvgGenerator svg;
        svg.setOutputDevice(&probe);
        svg.setTitle(QStringLiteral("&"));
        QPainter painter(&svg);
        painter.end();
        return probe.data().contains("&amp;");
    }();
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')) clean += c;
    return qtEscapes ? clean : clean.toHtmlEscaped();
}

ExportError unknownFormat(const QString& path)
{
    return ExportError(QStringLiteral("choose .png, .jpg, .svg or .pdf"), {path});
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
    SnapshotRenderer(store).paint(painter, size, o);
}

QImage render(const EventStore& store, const MapExportOptions& options)
{
    return SnapshotRenderer(store).render(options);
}

void save(const EventStore& store, const MapExportOptions& options, const QString& path)
{
    if (!knownSuffix(path)) throw unknownFormat(path); // before reading the project
    SnapshotRenderer renderer(store);
    save(renderer, options, path);
}

void writeImage(const QImage& image, const QString& path, bool fast)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (image.isNull()) throw ExportError(path + QStringLiteral(": empty image"));
        // Written whole or not at all: a failed export never leaves half a file. Frames are
        // already encoded side by side on a pool, so only a single image uses the threads.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(fast ? PngEncoder::encode(image, 1)
                            : PngEncoder::encode(image, 3, QThread::idealThreadCount())) < 0 ||
            !file.commit())
            throw ExportError(file.errorString(), {path});
        return;
    }
    if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg"))
        throw unknownFormat(path);
    QImageWriter writer(path, "jpeg");
    writer.setQuality(92);
    if (!writer.write(image.format() == QImage::Format_RGB32
                          ? image
                          : image.convertToFormat(QImage::Format_RGB32)))
        throw ExportError(writer.errorString(), {path});
}

void save(SnapshotRenderer& renderer, const MapExportOptions& options, const QString& path)
{
    if (!knownSuffix(path)) throw unknownFormat(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Vectors are laid out at 96 dpi, the page's size in inches kept: the same layout as a
    // raster at any DPI, and fonts in points are not scaled twice by a high-DPI device.
    MapExportOptions vector = options;
    vector.dpi = 96;
    const QSizeF logical = QSizeF(options.size) * (96.0 / options.dpi);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setResolution(96);
        svg.setTitle(
            svgMetadata(options.title.isEmpty() ? QStringLiteral("Tigris map") : options.title));
        svg.setDescription(svgMetadata(
            QStringLiteral("A map exported by Tigris %1").arg(QStringLiteral(TIGRIS_VERSION))));
        QPainter painter;
        if (!painter.begin(&svg)) throw ExportError(path + QStringLiteral(": cannot be written"));
        renderer.paint(painter, logical, vector);
        painter.end();
        return;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setResolution(96);
        pdf.setPageSize(
            QPageSize(QSizeF(options.size) / options.dpi * 25.4, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("Tigris"));
        QPainter painter;
        if (!painter.begin(&pdf)) throw ExportError(path + QStringLiteral(": cannot be written"));
        const QRect page = painter.viewport();
        renderer.paint(painter, QSizeF(page.size()), vector);
        painter.end();
        return;
    }
    writeImage(renderer.render(options), path);
}

} // namespace MapExport
