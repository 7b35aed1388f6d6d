#pragma once

#include "io/CsvHeader.h"
#include "io/CsvInference.h"
#include "io/CsvReader.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "model/Event.h"

#include <QList>
#include <vector>

// One skeleton for the CSV-family importers (plain CSV, ACLED, UCDP GED, GTD, GDELT; issue 15
// point 6): the reader (delimiter detected or given, quoted or not), the header, a sample of the
// first records read before anything is written (CsvInference::kSampleRecords) so that a format can
// learn from the whole of it, the record loop (CsvRecords: progress, rows that are not data,
// column counts), the columns without a role kept as attributes, place resolution (a Location
// for a row's place and coordinates, the project and the gazetteer for a place without them,
// the sample's places telling the file's dominant country), the warnings and the report.
// A format is a header check and a row mapper: one record to one CsvFamilyRow.

// What a row mapper gives: the event, and where it is when the skeleton must place it.
struct CsvFamilyRow {
    Event event;
    QString place, admin1, country; // the row's place name and where that place is
    QString lookup;                 // the gazetteer's name when it differs ("Mosul town")
    FieldParsers::RowPosition position = FieldParsers::RowPosition::Given;
    bool keepUnplaced = false;     // Tigris's export marked it "no position": not looked up
    bool locationFromPlace = true; // a row with coordinates and a place makes a Location
};

class CsvFamilyFormat {
  public:
    virtual ~CsvFamilyFormat() = default;
    virtual char delimiter() const { return 0; } // 0: detected from the header
    virtual bool quoted() const { return true; } // false: a quote is text (GDELT)
    virtual qint64 maxRecordBytes() const { return CsvReader::kMaxRecordBytes; }
    virtual bool firstRecordIsHeader() const { return true; } // false: it is data
    virtual bool fixedColumns() const { return false; }       // other column counts rejected
    // What a row kept without a position lacks, for the warning that counts them.
    virtual QString missingPosition() const { return QStringLiteral("a position or place"); }
    // The header and the sample: finds the columns and learns what it needs. Throws
    // ImportError (line 1) when the file is not of this format or needs the user's choice.
    virtual void begin(const CsvHeader& header, const CsvInference::Sample& sample, char delimiter,
                       ImportReport& report) = 0;
    virtual QList<int> roleColumns() const = 0; // read into fields; the others: attributes
    // One record; false with `reason` to reject it.
    virtual bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row,
                     QString* reason) const = 0;
};

// A record's fields as text by column (csvField: trimmed, a formula guard undone; empty when
// absent), for row mappers and the helpers they share it with.
class CsvRecordFields {
  public:
    explicit CsvRecordFields(const std::vector<QByteArray>& fields) : fields_(fields) {}
    QString operator()(int column) const { return csvField(fields_, column); }

  private:
    const std::vector<QByteArray>& fields_;
};

// A declarative column table: each entry names a column of a format (and an alias), the member
// of the format's Columns struct that holds its index (-1 when absent), and whether the format
// needs it. findColumns() fills the struct and its `used` list (the columns with a role; the
// others become attributes); missingColumns() is the header's refusal, or empty.
template <typename Columns> struct CsvColumn {
    int Columns::*index;
    const char* name;
    const char* alias = nullptr;
    bool required = false;
};

template <typename Columns, std::size_t N>
void findColumns(Columns& columns, const CsvHeader& header, const CsvColumn<Columns> (&table)[N])
{
    for (const auto& c : table) {
        const int i = c.alias ? header.find({c.name, c.alias}) : header.find({c.name});
        columns.*c.index = i;
        if (i >= 0) columns.used << i;
    }
}

// "not KIND: the header lacks a, b or c" (every required column named) when one is absent.
template <typename Columns, std::size_t N>
QString missingColumns(const Columns& columns, const CsvColumn<Columns> (&table)[N],
                       const char* kind)
{
    QStringList required;
    bool absent = false;
    for (const auto& c : table)
        if (c.required) {
            required << QLatin1String(c.name);
            absent |= columns.*c.index < 0;
        }
    if (!absent) return {};
    const QString last = required.takeLast();
    return QStringLiteral("not %1: the header lacks %2")
        .arg(QLatin1String(kind), required.isEmpty() ? last
                                                     : required.join(QStringLiteral(", ")) +
                                                           QStringLiteral(" or ") + last);
}

// A format whose columns are a struct found by name in the header: `Columns(const CsvHeader&)`
// with `used` (the columns it reads) and `missing()` (why the header is not this format, or
// empty). Subclasses write map() only; `fail` sets the reason and returns false.
template <typename Columns> class CsvColumnsFormat : public CsvFamilyFormat {
  public:
    explicit CsvColumnsFormat(bool fixedColumns) : fixed_(fixedColumns) {}
    bool fixedColumns() const override { return fixed_; }
    void begin(const CsvHeader& header, const CsvInference::Sample&, char delimiter,
               ImportReport&) override
    {
        col_.emplace(header);
        decimalComma_ = delimiter == ';';
        if (const QString why = col_->missing(); !why.isEmpty()) throw ImportError(why, 1);
    }
    QList<int> roleColumns() const override { return col_->used; }

  protected:
    static bool fail(QString* why, const QString& reason)
    {
        *why = reason;
        return false;
    }
    std::optional<Columns> col_;
    bool decimalComma_ = false; // ';'-separated: "36,34" is a number

  private:
    bool fixed_;
};

// Runs `format` over `source` for `importer` (its progress and format name).
ImportReport runCsvFamily(const Importer& importer, CsvFamilyFormat& format, QIODevice& source,
                          EventStore::Writer& writer);
