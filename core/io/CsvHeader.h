#pragma once

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

  private:
    QStringList names_; // lower-case, trimmed
};

// Field i of a record as text, or empty when the record is short.
QString csvField(const std::vector<QByteArray>& fields, int i);
