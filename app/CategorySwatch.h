#pragma once

#include "model/Category.h"

#include <QIcon>

// A category's marker (shape and colour, as on the map) as an icon for lists and the legend.
QIcon categorySwatch(const QColor& colour, int size = 14);
