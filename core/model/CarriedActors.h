#pragma once

#include "model/EventActors.h"

#include <vector>

// The actors of the rows that stay when the columns change under them (a live update of a
// server project, MainWindow::reloadData): each row of `now` whose id was row i of `oldIds`
// keeps row i's actors of `old`; rows new to `now` have none until the whole list has been read
// again. So a ticked actor keeps filtering while that happens.
EventActors carryActors(const EventActors& old, const std::vector<qint64>& oldIds,
                        const EventColumns& now);
