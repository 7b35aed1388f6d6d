#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

// The one place where the fields of a GIS feature that have no role (`consumed` false) are
// kept on its event, as name → value in the layer's order, empty values left out; the
// geometry's position columns are not fields. A name GeoPackageExport prefixed with
// "attribute:" (it would have clashed with one of its own columns) is given back without it.
void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed);
