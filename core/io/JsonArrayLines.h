#pragma once

#include <QByteArray>
#include <vector>

// The line on which each element of the root object's array `key` begins ("features" of a
// FeatureCollection, "events" of a TimelineJS file): QJsonDocument keeps no positions, and
// rejections must name a line as they do for CSV. One pass that tracks strings and nesting;
// other arrays of the root are skipped; escaped keys are not decoded.
std::vector<qint64> jsonArrayElementLines(const QByteArray& bytes, const QByteArray& key);
