#pragma once

#include "model/Event.h"

#include <QByteArray>

// Event attributes as stored in events.attributes: a JSON array of [name, value] pairs, in
// order (readable by SQLite's json_each). Written by hand: a bulk import encodes a million of
// them, and QJsonDocument costs several times more.
namespace AttributeCodec {
QByteArray encode(const EventAttributes& attributes); // empty for none
EventAttributes decode(const QByteArray& json);       // what encode wrote; junk gives none
// The values joined by spaces, for the full-text index.
QByteArray searchText(const EventAttributes& attributes);
} // namespace AttributeCodec
