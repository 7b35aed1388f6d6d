#pragma once

#include "model/ImportRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

// One row of the imports table, in both stores' column order: id, path, file_name, format,
// size, sha256, imported_at, options, events, annotations, rejected, warnings, then the
// current counts of events and annotations. `text(i)` and `number(i)` read column i.
template <typename Text, typename Number>
ImportRecord importRecordFromRow(const Text& text, const Number& number)
{
    ImportRecord r;
    r.id = number(0);
    r.path = text(1);
    r.fileName = text(2);
    r.format = text(3);
    r.size = number(4);
    r.sha256 = text(5);
    r.importedAt = number(6);
    r.options = QJsonDocument::fromJson(text(7).toUtf8()).object();
    r.events = number(8);
    r.annotations = number(9);
    r.rejected = number(10);
    for (const auto& w : QJsonDocument::fromJson(text(11).toUtf8()).array())
        r.warnings << w.toString();
    r.currentEvents = number(12);
    r.currentAnnotations = number(13);
    return r;
}

// The JSON texts the imports table keeps.
inline QString importWarningsText(const QStringList& warnings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(warnings)).toJson(QJsonDocument::Compact));
}
inline QString importOptionsText(const QJsonObject& options)
{
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}
