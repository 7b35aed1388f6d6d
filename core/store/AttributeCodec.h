#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Event attributes as stored in events.attributes: a JSON array of [name, value] pairs, in
// order (readable by SQLite's json_each). Written by hand: a bulk import encodes a million of
// them, and QJsonDocument costs several times more.
namespace AttributeCodec {
QByteArray encode(const EventAttributes& attributes); // empty for none
EventAttributes decode(const QByteArray& json);       // what encode wrote; junk gives none
// The same pairs as UTF-8 strings, for writers that stream many events (`tigris query`):
// `out`'s strings are reused, so a record after the first allocates next to nothing. False,
// and `out` empty, when `json` is not such an array (a damaged row reads as no attributes).
bool decodeUtf8(std::string_view json, std::vector<std::pair<std::string, std::string>>& out);
// The values joined by spaces, for the full-text index.
QByteArray searchText(const EventAttributes& attributes);
} // namespace AttributeCodec
