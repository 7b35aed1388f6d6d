#include "io/JsonArrayStream.h"

#include "io/ImportError.h"

#include <QJsonArray>

JsonArrayStream::JsonArrayStream(QIODevice& source, QByteArray key)
    : source_(source), key_(std::move(key))
{
}

void JsonArrayStream::invalid(const QString& reason) const
{
    throw ImportError(QStringLiteral("not valid JSON: %1 on line %2").arg(reason).arg(line_),
                      line_);
}

bool JsonArrayStream::fill()
{
    if (end_) return false;
    // Keep the element being cut out; drop everything before it.
    const qsizetype keepFrom = inElement_ ? elementStart_ : at_;
    buffer_.remove(0, keepFrom);
    at_ -= keepFrom;
    elementStart_ -= inElement_ ? keepFrom : 0;
    if (inElement_) checkElementSize(buffer_.size());
    // Read into the buffer itself: a block allocated per read cost more than the parsing of
    // a small file.
    const qsizetype before = buffer_.size();
    buffer_.resize(before + kBlock);
    const qint64 n = source_.read(buffer_.data() + before, kBlock);
    buffer_.resize(before + std::max<qint64>(n, 0));
    if (bom_ && buffer_.startsWith("\xEF\xBB\xBF")) buffer_.remove(0, 3); // tolerated, as ever
    bom_ = false;
    if (n <= 0) {
        end_ = true;
        return false;
    }
    return at_ < buffer_.size() || fill();
}

void JsonArrayStream::checkElementSize(qint64 bytes) const
{
    if (bytes > kMaxElementBytes)
        throw ImportError(QStringLiteral("an element of \"%1\" over 16 MB starting on line %2")
                              .arg(QString::fromUtf8(key_))
                              .arg(elementLine_),
                          elementLine_);
}

void JsonArrayStream::keep(char c)
{
    rest_.append(c);
    if (rest_.size() > kMaxRestBytes)
        throw ImportError(QStringLiteral("the document beside its \"%1\" array is over 16 MB; "
                                         "not supported")
                              .arg(QString::fromUtf8(key_)),
                          line_);
}

bool JsonArrayStream::next(QByteArray& element, qint64& line)
{
    for (;;) {
        if (at_ >= buffer_.size() && !fill()) {
            if (state_ == State::Inside)
                invalid(QStringLiteral("the file ends inside the \"%1\" array")
                            .arg(QString::fromUtf8(key_)));
            return false;
        }
        const char c = buffer_[at_];
        const bool inside = state_ == State::Inside;
        if (c == '\n') {
            ++line_;
            linesCut_ += inside ? 1 : 0;
        }
        const bool root = stack_.size() == 1 && stack_[0] == '{';
        if (inString_) {
            if (escaped_)
                escaped_ = false;
            else if (c == '\\')
                escaped_ = true;
            else if (c == '"')
                inString_ = false;
            else if (root && rootString_.size() <= key_.size())
                rootString_.append(c);
            if (!inside) keep(c);
            ++at_;
            continue;
        }
        if (inside && stack_.size() == 2) { // the array's own level: elements and commas
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++at_;
                continue;
            }
            if (c == ',' || c == ']') {
                const bool cut = inElement_;
                if (cut) {
                    checkElementSize(at_ - elementStart_);
                    element = buffer_.mid(elementStart_, at_ - elementStart_).trimmed();
                    line = elementLine_;
                    inElement_ = false;
                } else if (c == ',' || afterComma_) {
                    invalid(QStringLiteral("a value is missing in the \"%1\" array")
                                .arg(QString::fromUtf8(key_)));
                }
                afterComma_ = c == ',';
                if (c == ']') {
                    stack_.pop_back();
                    state_ = State::After;
                    keep(c);
                }
                ++at_;
                if (cut) return true;
                continue;
            }
            if (!inElement_) {
                inElement_ = true;
                elementStart_ = at_;
                elementLine_ = line_;
            }
        }
        if (c == '"') {
            inString_ = true;
            if (root) rootString_.clear();
        } else if (c == '{' || c == '[') {
            if (c == '[' && root && rootString_ == key_) {
                if (state_ != State::Before)
                    invalid(QStringLiteral("the root object has two \"%1\" arrays")
                                .arg(QString::fromUtf8(key_)));
                stack_.push_back(c);
                keep(c);
                restCut_ = rest_.size();
                state_ = State::Inside;
                afterComma_ = false;
                ++at_;
                continue;
            }
            stack_.push_back(c);
        } else if (c == '}' || c == ']') {
            if (stack_.empty() || stack_.back() != (c == '}' ? '{' : '['))
                invalid(QStringLiteral("unexpected '%1'").arg(QLatin1Char(c)));
            stack_.pop_back();
        }
        if (!inside) keep(c);
        ++at_;
    }
}

QJsonDocument JsonArrayStream::rest()
{
    QByteArray skipped;
    qint64 skippedLine = 0;
    while (next(skipped, skippedLine)) {
    }
    if (rest_.trimmed().isEmpty()) throw ImportError(QStringLiteral("the file is empty"));
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(rest_, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::min<qsizetype>(error.offset, rest_.size());
        const qint64 line = 1 + rest_.left(offset).count('\n') +
                            (restCut_ >= 0 && offset >= restCut_ ? linesCut_ : 0);
        throw ImportError(
            QStringLiteral("not valid JSON: %1 on line %2").arg(error.errorString()).arg(line),
            line);
    }
    return doc;
}

QJsonValue JsonArrayStream::parse(const QByteArray& element, qint64 line)
{
    // Wrapped in an array: QJsonDocument reads objects and arrays only, and an element may be
    // any value (a feature that is a number is rejected, not a syntax error).
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + element + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, element.size());
        const qint64 at = line + element.left(offset).count('\n');
        throw ImportError(
            QStringLiteral("not valid JSON: %1 on line %2").arg(error.errorString()).arg(at), at);
    }
    return doc.array().at(0);
}
