#include "tiles/TileSnapshot.h"

#include "render/MapViewport.h"
#include "tiles/TileLayer.h"

#include <algorithm>

std::unique_ptr<TileSnapshot> TileSnapshot::capture(TileSource& source, const MapViewport& view,
                                                    int timeoutMs)
{
    std::unique_ptr<TileSnapshot> s(new TileSnapshot);
    s->id_ = source.id() + QStringLiteral("-snapshot");
    s->attribution_ = source.attribution();
    s->minZoom_ = source.minZoom();
    s->maxZoom_ = source.maxZoom();
    TileLayer layer(&source);
    s->missing_ = layer.loadTiles(view, timeoutMs);
    // What arrived is in the source's memory now; fetch == false only looks there.
    auto keep = [&](const TileKey& key) {
        if (s->tiles_.contains(key)) return true;
        const QImage image = source.tile(key, false);
        if (image.isNull()) return false;
        s->tiles_.insert(key, image); // implicitly shared: no pixels copied
        return true;
    };
    const int z = std::clamp(TileLayer::tileZoom(view), source.minZoom(), source.maxZoom());
    for (const TileKey& key : TileLayer::visibleTiles(view, z)) {
        if (keep(key)) continue;
        // The fallbacks TileLayer::paintFallback looks for, in its order.
        bool found = false;
        for (int levels = 1; levels <= std::min(TileLayer::kAncestorLevels, key.z) && !found;
             ++levels)
            found = keep(key.ancestor(levels));
        for (int i = 0; i < 4 && !found; ++i)
            keep({key.z + 1, 2 * key.x + (i & 1), 2 * key.y + (i >> 1)});
    }
    // What the wait left running is not cancelled: the source may be a window's, whose map
    // still wants it.
    return s;
}

QImage TileSnapshot::tile(const TileKey& key, bool fetch)
{
    Q_UNUSED(fetch); // never fetches: fixed at capture
    return tiles_.value(key);
}
