#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

// The one place where the fields of a GIS feature that have no role (`consumed` false) are
// kept on its event, as name → value in the layer's order, empty values left out.
void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed);
