#pragma once

#include "model/Event.h"

#include <QJsonObject>
#include <QStringList>

// The flat, documented shape of an event for `tigris query` (JSON lines and CSV).
namespace EventJson {
QJsonObject toJson(const Event& e);
QStringList csvHeader();
QStringList csvRow(const Event& e);
QString csvLine(const QStringList& fields); // RFC 4180 quoting, no line terminator
} // namespace EventJson
