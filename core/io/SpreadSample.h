#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Records from all over a file, beyond the first ones a sample holds (FeatureSample): a few
// windows of bytes spread evenly over the file, the first at its start and the last at its
// end, read by seeking, and the records found whole inside them. The importers' own buffers
// have read past the sample by then, so the windows cover the whole file, not what is left.
// Only for learning how values are written (PropertyDates): a record cut by a window's edge,
// or text that merely looks like one, is left out or at worst adds a value to learn from;
// every record is still read and checked in order by the importer.
namespace SpreadSample {
using Record = QList<QPair<QString, QString>>; // property names (lower case) and values

constexpr int kWindows = 16;
constexpr qint64 kWindowBytes = 64 * 1024;

// Windows over `file`, whose position is restored; none when `file` is null, sequential or
// empty. The whole file when it is smaller than the windows.
QList<QByteArray> windows(QIODevice* file, int count = kWindows, qint64 bytes = kWindowBytes);
// The "properties" objects of GeoJSON features whole inside `window`.
QList<QJsonObject> geoJsonProperties(const QByteArray& window);
// The ExtendedData (Data/value, SimpleData) of KML placemarks whole inside `window`.
QList<Record> kmlExtendedData(const QByteArray& window);
} // namespace SpreadSample
