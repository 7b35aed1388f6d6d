#pragma once
// Finding stacked events on the GUI tests' map, for the pick list.
#include "EventPickList.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "model/TimeController.h"

#include <QDateTime>
#include <QPoint>
#include <QTest>
#include <QTimeZone>
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

// The pick-list tests' start: the sample at 1366x768 with every event of it (2003-2015) in the
// time window, and the map painted, so that the stacks are where firstSmallStack looks.
inline void showWholeSample(MainWindow& window, const QTemporaryDir& dir)
{
    showSample(window, dir, QSize(1366, 768));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto utc = [](int year) {
        return QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    };
    window.time()->setWindow({utc(2003), utc(2015)});
    QTest::qWait(100);
    window.map()->repaint();
}
