#include "basemap/BasemapLayer.h"

#include "geo/WebMercator.h"
#include "render/LabelPlacer.h"
#include "render/MapViewport.h"

#include <QDataStream>
#include <QFile>
#include <QPainter>
#include <mutex>

namespace {

std::shared_ptr<const std::vector<BasemapLayer::Band>> loadBands()
{
    auto bands = std::make_shared<std::vector<BasemapLayer::Band>>();
    QFile file(QStringLiteral(":/tigris/basemap/countries.bin"));
    if (!file.open(QIODevice::ReadOnly)) return bands;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    char magic[4];
    if (in.readRawData(magic, 4) != 4 || QByteArray(magic, 4) != "TGBM") return bands;
    quint32 version = 0, bandCount = 0;
    in >> version >> bandCount;
    for (quint32 b = 0; b < bandCount && in.status() == QDataStream::Ok; ++b) {
        BasemapLayer::Band band;
        float minZoom = 0;
        quint32 count = 0;
        in >> minZoom >> count;
        band.minZoom = minZoom;
        for (quint32 c = 0; c < count && in.status() == QDataStream::Ok; ++c) {
            quint16 nameLength = 0;
            in >> nameLength;
            QByteArray name(nameLength, Qt::Uninitialized);
            in.readRawData(name.data(), nameLength);
            float lx = 0, ly = 0, area = 0;
            quint32 rings = 0;
            in >> lx >> ly >> area >> rings;
            BasemapLayer::Country country;
            country.name = QString::fromUtf8(name);
            country.label = WebMercator::project(ly, lx);
            country.area = area;
            for (quint32 r = 0; r < rings && in.status() == QDataStream::Ok; ++r) {
                quint32 points = 0;
                in >> points;
                QPolygonF ring;
                ring.reserve(qsizetype(points));
                for (quint32 p = 0; p < points; ++p) {
                    float x = 0, y = 0;
                    in >> x >> y;
                    ring << WebMercator::project(y, x);
                }
                country.path.addPolygon(ring);
                country.path.closeSubpath();
            }
            country.path.setFillRule(Qt::OddEvenFill);
            country.bounds = country.path.boundingRect();
            band.countries.push_back(std::move(country));
        }
        bands->push_back(std::move(band));
    }
    return bands;
}

std::shared_ptr<const std::vector<BasemapLayer::Band>> sharedBands()
{
    static std::once_flag once;
    static std::shared_ptr<const std::vector<BasemapLayer::Band>> bands;
    std::call_once(once, [] { bands = loadBands(); });
    return bands;
}

QTransform worldToScreen(const MapViewport& view)
{
    const double s = view.worldSizePx();
    const QPointF origin = view.toScreen(QPointF(0, 0));
    return QTransform(s, 0, 0, s, origin.x(), origin.y());
}

} // namespace

BasemapLayer::BasemapLayer() : bands_(sharedBands()) {}

const BasemapLayer::Band& BasemapLayer::bandFor(double zoom) const
{
    static const Band empty;
    const Band* best = bands_->empty() ? &empty : &bands_->front();
    for (const Band& b : *bands_)
        if (zoom >= b.minZoom) best = &b;
    return *best;
}

void BasemapLayer::paint(QPainter& painter, const MapViewport& view)
{
    painter.fillRect(QRectF(QPointF(0, 0), view.size()), style.sea);
    const QRectF visible = view.visibleWorldRect();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(worldToScreen(view), true);
    QPen pen(style.border, 0.8 * view.pixelRatio());
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(style.land);
    for (const Country& c : bandFor(view.zoom()).countries)
        if (c.bounds.intersects(visible)) painter.drawPath(c.path);
    painter.restore();
}

void BasemapLayer::paintLabels(QPainter& painter, const MapViewport& view, LabelPlacer& placer)
{
    const Band& band = bandFor(view.zoom());
    std::vector<const Country*> order;
    const QRectF visible = view.visibleWorldRect();
    for (const Country& c : band.countries)
        if (visible.contains(c.label) && !c.name.isEmpty()) order.push_back(&c);
    std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->area > b->area; });

    QFont font = painter.font();
    font.setPointSizeF(8.5 * view.pixelRatio());
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    painter.save();
    painter.setFont(font);
    painter.setPen(style.label);
    const QFontMetricsF fm(font, painter.device());
    for (const Country* c : order) {
        const double widthPx = c->bounds.width() * view.worldSizePx();
        const QString text = c->name.toUpper();
        const double w = fm.horizontalAdvance(text);
        if (widthPx < w * 0.6) continue; // the country is too small on screen for its name
        const QPointF p = view.toScreen(c->label);
        const QRectF rect(p.x() - w / 2, p.y() - fm.height() / 2, w, fm.height());
        if (placer.tryReserve(rect.adjusted(-3, -2, 3, 2)))
            painter.drawText(rect, Qt::AlignCenter, text);
    }
    painter.restore();
}

QString BasemapLayer::attribution() const
{
    return QStringLiteral("Natural Earth");
}
