#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

// Presents a text source in another encoding (UTF-16, Windows-1252, Windows-1256, … any that
// Qt's ICU knows) as a stream of UTF-8, chunk by chunk, so that the byte-level parsers see
// UTF-8 and memory stays independent of the file's size.
class Utf8Transcoder : public QIODevice {
  public:
    Utf8Transcoder(QIODevice& source, const QString& encoding);
    bool isValid() const { return decoder_.isValid(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // "utf-8", "utf-16le" or "utf-16be" from a byte order mark or valid UTF-8; empty when
    // the bytes are not UTF-8 and carry no mark (the user must name the encoding).
    static QString detect(const QByteArray& head);

  protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

  private:
    QIODevice& source_;
    QStringDecoder decoder_;
    QByteArray buffer_;
    bool ended_ = false;
};
