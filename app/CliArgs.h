#pragma once

#include "store/EventQuery.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

// Parsing helpers shared by the commands. Each returns nullopt and fills `error` on bad input.
namespace CliArgs {
std::optional<TimeWindow> window(const QString& from, const QString& to, QString* error);
std::optional<GeoBox> bbox(const QString& text, QString* error);
std::optional<QSize> size(const QString& text, QString* error); // "1920x1080"
EventQuery query(const QString& from, const QString& to, const QString& bbox, const QString& text,
                 const QStringList& categories, QString* error);
} // namespace CliArgs
