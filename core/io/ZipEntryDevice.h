#pragma once

#include "io/ZipArchive.h"

#include <QIODevice>
#include <zlib.h>

// One entry of a ZipArchive, unpacked as it is read (a sequential, read-only device), so a
// reader such as QXmlStreamReader never needs the whole entry in memory. The zip bomb limits
// are checked on every block that comes out and the CRC-32 at the end. A fault stops the
// stream (read() gives -1) and is kept in failure(): Qt code reading the device never sees
// an exception, and the caller throws once the reader has stopped.
class ZipEntryDevice : public QIODevice {
  public:
    ZipEntryDevice(QIODevice& archive, ZipArchive::Entry entry, qint64 dataOffset,
                   ZipArchive::Limits limits);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    // Why the stream stopped early, naming the entry; empty while all is well.
    QString failure() const { return failure_; }
    // Reads what is left, so that the size and CRC are checked. False (and failure()) on a fault.
    bool drain();

  protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

  private:
    qint64 fail(const QString& reason);
    qint64 inflateInto(char* data, qint64 room);
    bool finish();

    QIODevice& archive_;
    ZipArchive::Entry entry_;
    ZipArchive::Limits limits_;
    qint64 nextOffset_;   // where the next compressed bytes are in the archive
    qint64 consumed_ = 0; // compressed bytes read
    qint64 produced_ = 0; // bytes handed out
    quint32 crc_ = 0;
    z_stream z_{};
    bool zlibOpen_ = false, finished_ = false;
    QByteArray in_;
    QString failure_;
};
