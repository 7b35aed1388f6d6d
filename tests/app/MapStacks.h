#pragma once
// Finding stacked events on the GUI tests' map, for the pick list.
#include "EventPickList.h"
#include "MainWindow.h"
#include "MapWidget.h"

#include <QPoint>
#include <cmath>
#include <cstddef>

// The row of the first event, in row order (the same every run), drawn on a stack of more
// than two events that a pick list can hold; -1 when there is none. `total`: its events.
inline int firstSmallStack(MainWindow& window, std::size_t* total)
{
    MapWidget* map = window.map();
    const EventColumns& c = window.columns();
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (std::isnan(c.x[i])) continue;
        const QPoint p = map->viewport().toScreen(QPointF(c.x[i], c.y[i])).toPoint();
        if (map->rect().contains(p) && map->rowsAt(p, total).size() > 2 &&
            *total <= std::size_t(EventPickList::kMaxItems))
            return int(i);
    }
    return -1;
}

// Where that row is drawn on the map.
inline QPoint screenPointOf(MainWindow& window, int row)
{
    const EventColumns& c = window.columns();
    return window.map()
        ->viewport()
        .toScreen(QPointF(c.x[std::size_t(row)], c.y[std::size_t(row)]))
        .toPoint();
}
