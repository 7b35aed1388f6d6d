#pragma once

#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <functional>
#include <vector>

// The record loop the CSV-based importers share: blank lines are skipped, progress is
// reported every 1024 records (false from it cancels: ImportError), and, when the header's
// column count is given, a record with another count is rejected with its line before the
// importer sees it.
class CsvRecords {
  public:
    CsvRecords(CsvReader& reader, const std::function<bool(qint64)>& progress, ImportReport& report,
               qsizetype columns = 0)
        : reader_(reader), progress_(progress), report_(report), columns_(columns)
    {
    }
    bool next(std::vector<QByteArray>& fields);
    qint64 line() const { return line_; } // where the current record starts
    void reject(const QString& reason) { report_.rejected.append({line_, reason}); }

  private:
    CsvReader& reader_;
    const std::function<bool(qint64)>& progress_;
    ImportReport& report_;
    qsizetype columns_;
    qint64 records_ = 0;
    qint64 line_ = 0;
};
