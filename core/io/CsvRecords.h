#pragma once

#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <functional>
#include <vector>

// The record loop the CSV-based importers share: what is not data is skipped and reported
// once as a warning at the end (blank rows, including ",,,"; the header repeated, as
// concatenated exports have it; an HXL hashtag row such as "#date,#geo+lat" under the header,
// as HDX distributes files), progress is reported every 1024 records (false from it cancels:
// ImportError), and, when the header's column count is given, a record with another count is
// rejected with its line before the importer sees it.
class CsvRecords {
  public:
    CsvRecords(CsvReader& reader, const std::function<bool(qint64)>& progress, ImportReport& report,
               qsizetype columns = 0)
        : reader_(reader), progress_(progress), report_(report), columns_(columns)
    {
    }
    // The header just read: later copies of it are skipped, and so is an HXL row right under it.
    void setHeader(const std::vector<QByteArray>& header) { header_ = header; }
    bool next(std::vector<QByteArray>& fields);
    qint64 line() const { return line_; } // where the current record starts
    void reject(const QString& reason) { report_.rejected.append({line_, reason}); }
    // The current record gave 0,0 ("Null Island") and is kept without a position: one warning
    // at the end counts them.
    void nullIsland() { ++nullIsland_; }
    // The current record has neither a position nor a place: kept without a position.
    void withoutPosition() { ++withoutPosition_; }
    // What such a record lacks, as the warning says it ("a position or place").
    void describeMissingPosition(const QString& what) { missingPosition_ = what; }
    // After the last record: the warnings for what was skipped or flagged. Once.
    void finish();

  private:
    CsvReader& reader_;
    const std::function<bool(qint64)>& progress_;
    ImportReport& report_;
    qsizetype columns_;
    bool notData(const std::vector<QByteArray>& fields);
    std::vector<QByteArray> header_;
    QString missingPosition_ = QStringLiteral("a position or place");
    qint64 records_ = 0;
    qint64 line_ = 0;
    qint64 blank_ = 0, repeatedHeaders_ = 0, hxlLine_ = 0, nullIsland_ = 0, withoutPosition_ = 0;
    bool first_ = true, finished_ = false;
};
