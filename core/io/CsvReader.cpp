#include "io/CsvReader.h"

#include "io/ImportError.h"

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice& in, char delimiter) : in_(in), delimiter_(delimiter) {}

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
    const qsizetype eol = head.indexOf('\n');
    return CsvReader(in, detectDelimiter(eol < 0 ? head : head.left(eol)));
}

bool CsvReader::fill()
{
    consumed_ += pos_;
    buffer_ = in_.read(kChunk);
    pos_ = 0;
    if (!started_) {
        started_ = true;
        if (buffer_.startsWith("\xEF\xBB\xBF")) pos_ = 3;
    }
    return !buffer_.isEmpty();
}

bool CsvReader::next(std::vector<QByteArray>& fields)
{
    fields.clear();
    if (pos_ >= buffer_.size() && !fill()) return false;

    recordLine_ = line_;
    QByteArray field;
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
            fields.push_back(field);
            return true;
        }
        const char* data = buffer_.constData();
        const qsizetype size = buffer_.size();
        if (quoted) {
            // Copy runs of ordinary bytes at once; stop at a quote.
            qsizetype i = pos_;
            while (i < size && data[i] != '"') {
                if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
                    ++line_;
                ++i;
            }
            field.append(data + pos_, i - pos_);
            recordBytes += i - pos_;
            pos_ = i;
            if (pos_ >= size) continue;
            ++pos_; // the quote
            if (pos_ >= size && !fill()) {
                quoted = false;
                continue;
            }
            if (buffer_.at(pos_) == '"') { // doubled quote
                field.append('"');
                ++pos_;
            } else {
                quoted = false;
            }
        } else {
            const char c = data[pos_];
            if (c == delimiter_) {
                fields.push_back(field);
                field.clear();
                fieldStart = true;
                ++pos_;
                continue;
            }
            if (c == '\n' || c == '\r') {
                ++pos_;
                ++line_;
                if (c == '\r') {
                    if (pos_ >= buffer_.size()) fill();
                    if (pos_ < buffer_.size() && buffer_.at(pos_) == '\n') ++pos_;
                }
                fields.push_back(field);
                return true;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = line_;
                fieldStart = false;
                ++pos_;
                continue;
            }
            qsizetype i = pos_;
            while (i < size && data[i] != delimiter_ && data[i] != '\n' && data[i] != '\r' &&
                   (data[i] != '"' || i != pos_ || !fieldStart))
                ++i;
            if (i == pos_) ++i; // a stray quote in the middle of a field is kept as text
            field.append(data + pos_, i - pos_);
            recordBytes += i - pos_;
            pos_ = i;
            fieldStart = false;
        }
        if (recordBytes > kMaxRecordBytes)
            throw ImportError(QStringLiteral("record starting on line %1 is larger than %2 MB")
                                  .arg(recordLine_)
                                  .arg(kMaxRecordBytes >> 20),
                              recordLine_);
    }
}
