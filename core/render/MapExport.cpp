#include "render/MapExport.h"

#include "basemap/BasemapLayer.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"
#include "store/EventStore.h"

#include <QPainter>
#include <algorithm>

namespace MapExport {

QImage render(const EventStore& store, const MapExportOptions& options)
{
    const ProjectInfo info = store.info();
    GeoBox box{-180, -80, 180, 80};
    if (options.bbox)
        box = *options.bbox;
    else if (info.west) {
        box = GeoBox{*info.west, *info.south, *info.east, *info.north};
        // A little context around the events, and never closer than a city's extent.
        const double padX = std::max(0.2, (box.east - box.west) * 0.08);
        const double padY = std::max(0.2, (box.north - box.south) * 0.08);
        box = GeoBox{std::max(-180.0, box.west - padX), std::max(-85.0, box.south - padY),
                     std::min(180.0, box.east + padX), std::min(85.0, box.north + padY)};
    }
    // Symbols and text scale with the image so a 4K export reads like a 1080p screen.
    const double ratio =
        std::max(1.0, std::min(options.size.width() / 1600.0, options.size.height() / 900.0));
    const MapViewport view = MapViewport::fitting(box, QSizeF(options.size), 24, ratio);

    const EventColumns columns = store.loadColumns();
    std::vector<std::uint8_t> visible;
    if (options.window) {
        visible.resize(columns.size());
        for (std::size_t i = 0; i < columns.size(); ++i)
            visible[i] = options.window->overlaps(columns.lo[i], columns.hi[i]) ? 255 : 0;
    }
    const std::vector<Category> categories = store.categories();
    std::vector<QColor> colours(categories.size());
    std::transform(categories.begin(), categories.end(), colours.begin(),
                   [](const Category& c) { return c.colour; });

    BasemapLayer basemap;
    EventLayer events;
    events.setColumns(&columns);
    events.setColours(colours);
    events.setVisibility(options.window ? &visible : nullptr);

    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapDecorations decorations;
    if (options.legend) decorations.legend = categories;
    MapPainter::paint(painter, view, {&basemap, &events}, decorations);
    return image;
}

} // namespace MapExport
