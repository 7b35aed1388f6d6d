#pragma once

#include "model/Source.h"
#include "store/EventRecord.h"

#include <QByteArray>
#include <QList>
#include <array>
#include <string_view>
#include <vector>

// An event's sources as stored in events.sources (schema 9): a JSON array with one array per
// source, [name, url, quote] in order, trailing empty fields left out (`[["Xinhua"]]`), `[]`
// for none; readable by SQLite's json_each. In the row, so a query reads one page an event
// instead of one more for the sources table, whose pages a long answer read several times
// over (issue 19: 5,168 page reads of it for 5,503 events). NULL in a row written before
// schema 9: its sources are in the sources table.
namespace SourceListCodec {
// name, url, quote as UTF-8
QByteArray encode(const std::vector<std::array<QByteArray, 3>>& sources);
QByteArray encode(const QList<Source>& sources);
// `out`'s strings are reused from call to call. False, and `out` empty, when `json` is not
// what encode writes (the caller says the row is damaged).
bool decodeUtf8(std::string_view json, std::vector<EventRecord::Source>& out);
bool decode(std::string_view json, QList<Source>& out);
// The reason a reader gives, with the project's path, for a row decode refused.
QString damagedReason(qint64 eventId);
} // namespace SourceListCodec
