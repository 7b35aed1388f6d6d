#pragma once

#include "io/ImportError.h"

#include <QIODevice>
#include <optional>

// Passes a source taken to be UTF-8 through unchanged while checking that it is. The encoding
// is chosen on the first 64 KB, and a file can turn to Windows-1252 or -1256 after that: the
// parsers would then read U+FFFD where the letters were. At the first byte that is not UTF-8
// the stream ends early and failed() is set, so the import can be refused with error().
class Utf8Validator : public QIODevice {
  public:
    explicit Utf8Validator(QIODevice& source);
    bool isSequential() const override { return true; }
    bool failed() const { return badAt_ >= 0; }
    // Names the line of the first bad byte (read again from the start of the source, which
    // must be seekable) and the encoding those bytes look like.
    ImportError error();

  protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

  private:
    QIODevice& source_;
    qint64 offset_ = 0;           // source bytes checked so far
    qint64 badAt_ = -1;           // where the sequence that is not UTF-8 starts
    qint64 leadAt_ = 0;           // where the sequence being completed started
    int need_ = 0;                // continuation bytes still expected
    uchar lo_ = 0x80, hi_ = 0xBF; // the range allowed for the next continuation byte
    uchar leadByte_ = 0;
    std::optional<ImportError> error_;
};
