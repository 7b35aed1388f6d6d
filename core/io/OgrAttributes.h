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

// The attributes of `e` as name → value (empty without Event::attributes, see the .cpp).
QList<QPair<QString, QString>> eventAttributes(const Event& e);
// Whether this build's Event has attributes (engineer import's schema v5).
bool eventsHaveAttributes();
