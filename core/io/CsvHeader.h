#pragma once

#include "model/Event.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

// Finds columns in a CSV header by name, case-insensitively, trying aliases in order.
class CsvHeader {
  public:
    explicit CsvHeader(const std::vector<QByteArray>& fields);
    int find(std::initializer_list<const char*> aliases) const; // -1 when absent
    int size() const { return int(names_.size()); }
    const QStringList& names() const { return names_; }
    const QStringList& originalNames() const { return originals_; } // trimmed, as written

  private:
    QStringList names_; // lower-case, trimmed
    QStringList originals_;
};

// The columns no role took, kept as event attributes under their header names (a name
// written "attr:NAME" by EventExport to keep it apart from a role's column reads as NAME).
// Empty values are not kept.
class CsvAttributeColumns {
  public:
    CsvAttributeColumns() = default;
    // `names`: every column's name as written; `used`: the columns read into event fields.
    CsvAttributeColumns(const QStringList& names, const QList<int>& used);
    void fill(const std::vector<QByteArray>& fields, EventAttributes& out) const;
    // The attribute name of a header or property name ("attr:" removed).
    static QString attributeName(const QString& sourceName);
    static constexpr const char* kPrefix = "attr:";

  private:
    QList<QPair<int, QString>> columns_;
};

// Field i of a record as text, or empty when the record is short.
QString csvField(const std::vector<QByteArray>& fields, int i);
