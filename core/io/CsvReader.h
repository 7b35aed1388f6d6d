#pragma once

#include <QByteArray>
#include <QIODevice>
#include <vector>

// A streaming RFC 4180 reader: quoted fields with embedded delimiters, quotes and newlines;
// CRLF, LF or CR line endings; a UTF-8 byte order mark is skipped. Works on raw bytes so that
// a million rows parse in seconds. Memory is bounded by the largest record: every byte of it
// counts towards kMaxRecordBytes (delimiters, quotes and line breaks too), and a record has
// at most kMaxFields fields, so a file of nothing but commas cannot exhaust memory.
// Leniency: a quote inside an unquoted field, or text after a closing quote, is kept as text.
// Quoting::None reads formats that have no quoting (GDELT's tab-separated lines): every quote
// is text and a record is one line.
class CsvReader {
  public:
    enum class Quoting { Rfc4180, None };
#ifdef TIGRIS_CSV_MAX_RECORD_BYTES // the fuzz build lowers it so that fuzzing reaches the cap
    static constexpr qint64 kMaxRecordBytes = TIGRIS_CSV_MAX_RECORD_BYTES;
#else
    static constexpr qint64 kMaxRecordBytes = 16 * 1024 * 1024;
#endif
    static constexpr std::size_t kMaxFields = 65536;

    explicit CsvReader(QIODevice& in, char delimiter = ',', qint64 maxRecordBytes = kMaxRecordBytes,
                       Quoting quoting = Quoting::Rfc4180);

    // The delimiter among `,` `;` and tab that occurs most in `headerLine` outside quotes.
    static char detectDelimiter(const QByteArray& headerLine);
    // A reader whose delimiter is detected from the source's first line (peeked, not read).
    static CsvReader detecting(QIODevice& in);

    // Reads the next record into `fields` (reused: their buffers are kept between records).
    // False at the end of input. Throws ImportError (with the line) on an unterminated quote
    // or a record over the byte cap or kMaxFields.
    bool next(std::vector<QByteArray>& fields);

    char delimiter() const
    {
        return delimiter_;
    }
    qint64 recordLine() const
    {
        return recordLine_;
    } // 1-based line where the record began
    qint64 bytesRead() const
    {
        return consumed_ + pos_;
    }

  private:
    bool fill(); // refills the buffer; false at end of input
    void checkSize(qint64 recordBytes, bool quoted, qint64 quoteLine) const;
    QIODevice& in_;
    char delimiter_;
    qint64 maxRecordBytes_;
    bool quoting_;
    QByteArray buffer_;
    qsizetype pos_ = 0;
    qint64 consumed_ = 0;
    qint64 line_ = 1;
    qint64 recordLine_ = 0;
    bool started_ = false;
    bool afterCr_ = false; // inside quotes, the last byte was CR (a CRLF split across reads)
};
