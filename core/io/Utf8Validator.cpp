#include "io/Utf8Validator.h"

#include "io/EncodingGuess.h"

#include <cstring>

Utf8Validator::Utf8Validator(QIODevice& source) : source_(source)
{
    open(QIODevice::ReadOnly);
}

qint64 Utf8Validator::readData(char* data, qint64 maxSize)
{
    if (failed()) return -1;
    const qint64 n = source_.read(data, maxSize);
    if (n <= 0) {
        if (need_ > 0) { // the file ends inside a character
            badAt_ = leadAt_;
            return -1;
        }
        return n;
    }
    const auto* p = reinterpret_cast<const uchar*>(data);
    qint64 i = 0;
    while (i < n) {
        if (need_ == 0) {
            // Most text is ASCII: eight bytes at a time.
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL) break;
                i += 8;
            }
            if (i >= n) break;
            const uchar c = p[i];
            leadAt_ = offset_ + i;
            leadByte_ = c;
            lo_ = 0x80;
            hi_ = 0xBF;
            if (c < 0x80) {
            } else if (c >= 0xC2 && c <= 0xDF) {
                need_ = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need_ = 2;
                if (c == 0xE0) lo_ = 0xA0; // overlong
                if (c == 0xED) hi_ = 0x9F; // surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                need_ = 3;
                if (c == 0xF0) lo_ = 0x90; // overlong
                if (c == 0xF4) hi_ = 0x8F; // past U+10FFFF
            } else {
                badAt_ = leadAt_;
                break;
            }
        } else {
            const uchar c = p[i];
            if (c < lo_ || c > hi_) {
                badAt_ = leadAt_;
                break;
            }
            lo_ = 0x80;
            hi_ = 0xBF;
            --need_;
        }
        ++i;
    }
    if (failed()) {
        // Hand over what came before the bad character; the next read ends the stream.
        const qint64 good = badAt_ - offset_;
        offset_ += n;
        return good > 0 ? good : -1;
    }
    offset_ += n;
    return n;
}

ImportError Utf8Validator::error()
{
    if (error_) return *error_;
    qint64 line = 1;
    QByteArray sample;
    if (source_.seek(0)) {
        qint64 at = 0;
        while (at < badAt_) {
            const QByteArray chunk = source_.read(std::min<qint64>(1 << 20, badAt_ - at));
            if (chunk.isEmpty()) break;
            line += chunk.count('\n');
            at += chunk.size();
        }
        sample = source_.read(64 * 1024);
    }
    const QString guess =
        sample.isEmpty() ? QStringLiteral("windows-1252") : guessSingleByteEncoding(sample);
    const QString byte = QString::number(leadByte_, 16).toUpper();
    error_.emplace(QStringLiteral("byte 0x%1 is not UTF-8, though the file was read as "
                                  "UTF-8 (its first megabyte is); nothing was imported. Name "
                                  "its encoding, e.g. --encoding %2")
                       .arg(byte, guess),
                   line);
    return *error_;
}
