#include "io/CsvReader.h"

#include "io/ImportError.h"

#include <algorithm>

namespace {
constexpr qint64 kChunk = 1 << 20;

// The next field of a record, reusing the buffer the vector already holds for that slot.
QByteArray& fieldAt(std::vector<QByteArray>& fields, std::size_t index)
{
    if (index == fields.size()) return fields.emplace_back();
    QByteArray& f = fields[index];
    f.resize(0); // keeps the capacity when not shared
    return f;
}
} // namespace

CsvReader::CsvReader(QIODevice& in, char delimiter, qint64 maxRecordBytes, Quoting quoting)
    : in_(in), delimiter_(delimiter), maxRecordBytes_(std::min(maxRecordBytes, kMaxRecordBytes)),
      quoting_(quoting == Quoting::Rfc4180)
{
}

char CsvReader::detectDelimiter(const QByteArray& headerLine)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (char c : headerLine) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == ',')
            ++counts[0];
        else if (c == ';')
            ++counts[1];
        else if (c == '\t')
            ++counts[2];
    }
    if (counts[2] > counts[0] && counts[2] >= counts[1]) return '\t';
    if (counts[1] > counts[0]) return ';';
    return ',';
}

CsvReader CsvReader::detecting(QIODevice& in)
{
    const QByteArray head = in.peek(64 * 1024);
    // The header ends at the first line break outside quotes.
    bool quoted = false;
    qsizetype end = 0;
    for (; end < head.size(); ++end) {
        const char c = head[end];
        if (c == '"') quoted = !quoted;
        if (!quoted && (c == '\n' || c == '\r')) break;
    }
    return CsvReader(in, detectDelimiter(head.left(end)));
}

bool CsvReader::fill()
{
    consumed_ += pos_;
    buffer_ = in_.read(kChunk);
    pos_ = 0;
    if (!started_) {
        static const QByteArray bom("\xEF\xBB\xBF");
        // A sequential source may hand over the byte order mark in pieces.
        while (!buffer_.isEmpty() && buffer_.size() < bom.size() && bom.startsWith(buffer_)) {
            const QByteArray more = in_.read(kChunk);
            if (more.isEmpty()) break;
            buffer_ += more;
        }
        started_ = true;
        if (buffer_.startsWith(bom)) {
            pos_ = bom.size();
            if (pos_ == buffer_.size()) return fill();
        }
    }
    return pos_ < buffer_.size();
}

void CsvReader::checkSize(qint64 recordBytes, bool quoted, qint64 quoteLine) const
{
    if (recordBytes <= maxRecordBytes_) return;
    const QString limit = maxRecordBytes_ >= (1 << 20)
                              ? QStringLiteral("%1 MB").arg(maxRecordBytes_ >> 20)
                              : QStringLiteral("%1 bytes").arg(maxRecordBytes_);
    if (quoted)
        throw ImportError(QStringLiteral("the quoted field opened on line %1 runs past %2: "
                                         "is its closing quote missing?")
                              .arg(quoteLine)
                              .arg(limit),
                          quoteLine);
    if (!quoting_) // a record is a line
        throw ImportError(QStringLiteral("a line over %1").arg(limit), recordLine_);
    throw ImportError(QStringLiteral("the record starting on line %1 is larger than %2")
                          .arg(recordLine_)
                          .arg(limit),
                      recordLine_);
}

bool CsvReader::next(std::vector<QByteArray>& fields)
{
    if (pos_ >= buffer_.size() && !fill()) {
        fields.clear();
        return false;
    }
    recordLine_ = line_;
    std::size_t count = 0;
    QByteArray* field = &fieldAt(fields, count);
    qint64 recordBytes = 0;
    bool quoted = false;    // inside a quoted section
    bool fieldStart = true; // nothing read for this field yet
    qint64 quoteLine = 0;

    for (;;) {
        if (pos_ >= buffer_.size() && !fill()) {
            if (quoted)
                throw ImportError(
                    QStringLiteral("unterminated quoted field starting on line %1").arg(quoteLine),
                    quoteLine);
            break;
        }
        const char* data = buffer_.constData();
        const qsizetype size = buffer_.size();
        if (quoted) {
            // Copy the run up to the next quote at once, counting the lines it spans.
            qsizetype i = pos_;
            for (; i < size; ++i) {
                const char c = data[i];
                if (c == '"') break;
                if (c == '\r' || (c == '\n' && !afterCr_)) ++line_;
                afterCr_ = c == '\r';
            }
            field->append(data + pos_, i - pos_);
            recordBytes += i - pos_;
            pos_ = i;
            checkSize(recordBytes, quoted, quoteLine);
            if (pos_ >= size) continue;
            ++pos_; // the quote
            ++recordBytes;
            afterCr_ = false;
            if (pos_ >= buffer_.size() && !fill()) {
                quoted = false;
                continue;
            }
            if (buffer_.at(pos_) == '"') { // a doubled quote stands for one
                field->append('"');
                ++recordBytes;
                ++pos_;
                checkSize(recordBytes, quoted, quoteLine);
            } else {
                quoted = false;
            }
            continue;
        }
        const char c = data[pos_];
        if (c == delimiter_) {
            ++recordBytes;
            checkSize(recordBytes, quoted, quoteLine);
            if (count + 1 >= kMaxFields)
                throw ImportError(QStringLiteral("the record starting on line %1 has more than "
                                                 "%2 fields")
                                      .arg(recordLine_)
                                      .arg(kMaxFields),
                                  recordLine_);
            field = &fieldAt(fields, ++count);
            fieldStart = true;
            ++pos_;
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++pos_;
            ++line_;
            if (c == '\r' && (pos_ < buffer_.size() || fill()) && buffer_.at(pos_) == '\n') ++pos_;
            break;
        }
        if (c == '"' && fieldStart && quoting_) {
            ++recordBytes;
            quoted = true;
            quoteLine = line_;
            fieldStart = false;
            ++pos_;
            continue;
        }
        // Unquoted text up to the next delimiter or line break (a stray quote is text).
        qsizetype i = pos_ + 1;
        while (i < size && data[i] != delimiter_ && data[i] != '\n' && data[i] != '\r')
            ++i;
        field->append(data + pos_, i - pos_);
        recordBytes += i - pos_;
        pos_ = i;
        fieldStart = false;
        checkSize(recordBytes, quoted, quoteLine);
    }
    fields.resize(count + 1);
    return true;
}
